//! Compile errors: the exception CPython would raise, its message and its position.
//!
//! Messages live in a fixed-capacity buffer ([`Message`]) so that building one never
//! allocates; a message longer than the buffer is cut at a character boundary.

use core::fmt;

/// Which exception a failed compile raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Invalid syntax, or a construct Tracery does not support, or a compiler limit.
    SyntaxError,
    /// Bad indentation (a subclass of `SyntaxError` in Python).
    IndentationError,
    /// Inconsistent tabs and spaces (a subclass of `IndentationError` in Python).
    TabError,
    /// The code sink ran out of memory while storing a code object.
    MemoryError,
}

impl ErrorKind {
    /// The Python exception's name.
    pub const fn exception_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// Bytes a [`Message`] holds; longer messages are cut (at a character boundary).
///
/// CPython's longest fixed messages are under 100 bytes; the rest is room for a quoted name.
pub const MESSAGE_CAPACITY: usize = 160;

/// A short text built without allocating (the text of a [`CompileError`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Message {
    len: u8,
    bytes: [u8; MESSAGE_CAPACITY],
}

impl Message {
    /// An empty message.
    pub const fn new() -> Message {
        Message {
            len: 0,
            bytes: [0; MESSAGE_CAPACITY],
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only whole characters are ever copied in, so this cannot fail; an empty string is a
        // harmless fallback that keeps the function panic-free.
        core::str::from_utf8(&self.bytes[..self.len as usize]).unwrap_or("")
    }

    /// Appends as much of `text` as fits, cutting at a character boundary.
    pub fn push_str(&mut self, text: &str) {
        for ch in text.chars() {
            let mut buf = [0u8; 4];
            let enc = ch.encode_utf8(&mut buf).as_bytes();
            let at = self.len as usize;
            if at + enc.len() > MESSAGE_CAPACITY {
                return;
            }
            self.bytes[at..at + enc.len()].copy_from_slice(enc);
            self.len = (at + enc.len()) as u8;
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::new()
    }
}

impl fmt::Write for Message {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why source did not compile, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompileError {
    /// The exception to raise.
    pub kind: ErrorKind,
    /// CPython's message (or Tracery's, for unsupported features and limits).
    pub message: Message,
    /// 1-based line of the offending token.
    pub line: u32,
    /// 0-based column (in characters) where the offending text starts.
    pub col: u32,
    /// 0-based column (in characters) just past the offending text on `line`.
    pub end_col: u32,
}

impl CompileError {
    /// The Python exception's name (`SyntaxError`, `IndentationError`, ...).
    pub const fn exception_name(&self) -> &'static str {
        self.kind.exception_name()
    }

    /// An error with an empty message, to be filled with `fmt::Write`.
    pub const fn new(kind: ErrorKind, line: u32, col: u32, end_col: u32) -> CompileError {
        CompileError {
            kind,
            message: Message::new(),
            line,
            col,
            end_col,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.as_str())
    }
}

impl core::error::Error for CompileError {}

#[cfg(test)]
mod tests {
    use super::*;
    use core::fmt::Write;

    #[test]
    fn messages_are_cut_at_character_boundaries() {
        let mut m = Message::new();
        for _ in 0..100 {
            m.push_str("é");
        }
        assert_eq!(m.as_str().len(), MESSAGE_CAPACITY);
        let mut m = Message::new();
        m.push_str("a");
        for _ in 0..100 {
            m.push_str("é");
        }
        assert_eq!(m.as_str().len(), MESSAGE_CAPACITY - 1);
        let mut m = Message::new();
        let name = "x";
        write!(m, "duplicate argument '{name}' in function definition").unwrap();
        assert_eq!(m.as_str(), "duplicate argument 'x' in function definition");
    }

    #[test]
    fn names() {
        assert_eq!(ErrorKind::TabError.exception_name(), "TabError");
        let mut e = CompileError::new(ErrorKind::SyntaxError, 1, 0, 1);
        e.message.push_str("invalid syntax");
        assert_eq!(e.exception_name(), "SyntaxError");
        assert_eq!(std::format!("{e}"), "invalid syntax");
    }
}
