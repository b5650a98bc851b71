//! The Python 3.11 lexer: source text to tokens, with no allocation.
//!
//! It follows CPython 3.11's tokenizer (`Parser/tokenizer.c`) step by step: the same
//! indentation algorithm (including the tab-size-1 width that detects inconsistent tabs),
//! the same number and string scanning, and the same error messages at the same
//! positions, so a program CPython rejects in its tokenizer is rejected here with the
//! same `SyntaxError`. The literal helpers ([`split_string`], [`decode_string`],
//! [`parse_int`], [`parse_float`]) turn token text into values for the compiler.
//!
//! Positions: [`Span`] offsets are bytes into [`Lexer::source`]; lines are 1-based and
//! columns 0-based, counted in chars. An error's column is CPython's `offset - 1`.

mod chars;
mod error;
mod literal;
mod scan;
#[cfg(test)]
mod tests;

pub use error::{LexError, LexErrorKind};
pub use literal::{
    EscapeProblem, NumError, StrPrefix, StringError, decode_string, parse_float, parse_int,
    split_string,
};

/// Defines [`Tok`] and everything derived from its table: the enum with its docs, the
/// message text of each kind, the keyword lookup and the operator table.
macro_rules! token_table {
    (
        classes { $( $(#[doc = $class_doc:literal])+ $class:ident => $class_text:literal, )* }
        keywords { $( $keyword:ident => $keyword_text:literal, )* }
        operators { $( $operator:ident => $operator_text:literal, )* }
    ) => {
        /// The kind of a token.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Tok {
            $( $(#[doc = $class_doc])+ $class, )*
            $( #[doc = concat!("The keyword `", $keyword_text, "`.")] $keyword, )*
            $( #[doc = concat!("The delimiter or operator `", $operator_text, "`.")] $operator, )*
        }

        impl Tok {
            /// Every delimiter and operator with its spelling.
            const OPERATORS: &'static [(Tok, &'static [u8])] =
                &[$( (Tok::$operator, $operator_text.as_bytes()), )*];

            /// Whether this is one of the 35 hard keywords (`match`, `case`, `_` and
            /// `type` are soft keywords and lex as [`Tok::Name`]).
            pub fn is_keyword(self) -> bool {
                matches!(self, $( Tok::$keyword )|*)
            }

            /// Text for messages: the spelling of a keyword or operator (`"if"`, `"+="`),
            /// or CPython's token name for the other kinds (`"NAME"`, `"NEWLINE"`).
            pub fn text(self) -> &'static str {
                match self {
                    $( Tok::$class => $class_text, )*
                    $( Tok::$keyword => $keyword_text, )*
                    $( Tok::$operator => $operator_text, )*
                }
            }

            /// The keyword spelled `name`, if it is one.
            pub fn keyword(name: &str) -> Option<Tok> {
                match name {
                    $( $keyword_text => Some(Tok::$keyword), )*
                    _ => None,
                }
            }
        }
    };
}

token_table! {
    classes {
        /// An identifier, including the soft keywords `match`, `case`, `_` and `type`.
        Name => "NAME",
        /// An integer literal (decimal, `0x`, `0o` or `0b`).
        Int => "NUMBER",
        /// A float literal (`1.`, `.5`, `1e10`).
        Float => "NUMBER",
        /// An imaginary literal (`1j`, `1.5J`).
        Imaginary => "NUMBER",
        /// A string, bytes or f-string literal, prefix and quotes included in the span.
        String => "STRING",
        /// The end of a logical line.
        Newline => "NEWLINE",
        /// The start of a more indented block.
        Indent => "INDENT",
        /// The end of an indented block.
        Dedent => "DEDENT",
        /// The end of the input; repeated on every later call.
        Eof => "ENDMARKER",
    }
    keywords {
        False => "False",
        None => "None",
        True => "True",
        And => "and",
        As => "as",
        Assert => "assert",
        Async => "async",
        Await => "await",
        Break => "break",
        Class => "class",
        Continue => "continue",
        Def => "def",
        Del => "del",
        Elif => "elif",
        Else => "else",
        Except => "except",
        Finally => "finally",
        For => "for",
        From => "from",
        Global => "global",
        If => "if",
        Import => "import",
        In => "in",
        Is => "is",
        Lambda => "lambda",
        Nonlocal => "nonlocal",
        Not => "not",
        Or => "or",
        Pass => "pass",
        Raise => "raise",
        Return => "return",
        Try => "try",
        While => "while",
        With => "with",
        Yield => "yield",
    }
    operators {
        LParen => "(",
        RParen => ")",
        LBracket => "[",
        RBracket => "]",
        LBrace => "{",
        RBrace => "}",
        Colon => ":",
        Comma => ",",
        Semi => ";",
        Dot => ".",
        Ellipsis => "...",
        Arrow => "->",
        At => "@",
        Eq => "=",
        ColonEq => ":=",
        Plus => "+",
        Minus => "-",
        Star => "*",
        DoubleStar => "**",
        Slash => "/",
        DoubleSlash => "//",
        Percent => "%",
        Amper => "&",
        VBar => "|",
        Caret => "^",
        Tilde => "~",
        LShift => "<<",
        RShift => ">>",
        EqEq => "==",
        NotEq => "!=",
        Less => "<",
        Greater => ">",
        LessEq => "<=",
        GreaterEq => ">=",
        PlusEq => "+=",
        MinusEq => "-=",
        StarEq => "*=",
        SlashEq => "/=",
        DoubleSlashEq => "//=",
        PercentEq => "%=",
        AmperEq => "&=",
        VBarEq => "|=",
        CaretEq => "^=",
        LShiftEq => "<<=",
        RShiftEq => ">>=",
        DoubleStarEq => "**=",
        AtEq => "@=",
    }
}

impl Tok {
    /// The longest delimiter or operator that `rest` starts with, and its length.
    fn operator_at(rest: &[u8]) -> Option<(Tok, usize)> {
        Tok::OPERATORS
            .iter()
            .filter(|(_, text)| rest.starts_with(text))
            .max_by_key(|(_, text)| text.len())
            .map(|&(tok, text)| (tok, text.len()))
    }
}

/// Where a token sits in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// Byte offset of the token's first byte.
    pub start: u32,
    /// Byte offset just past the token's last byte.
    pub end: u32,
    /// Line of the first byte, 1-based.
    pub line: u32,
    /// Column of the first byte, 0-based, counted in chars.
    pub col: u32,
}

/// One token: its kind and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: Tok,
    /// Where it is; [`Lexer::text`] gives its text.
    pub span: Span,
}

/// CPython's `MAXINDENT`: the indentation stack holds this many widths, the base width
/// 0 included, so at most 99 blocks nest.
const MAX_INDENT: usize = 100;

/// CPython's `MAXLEVEL`: at most this many brackets are open at once.
const MAX_DEPTH: usize = 200;

/// Columns a tab advances to the next multiple of, when measuring indentation.
const TAB_SIZE: u32 = 8;

/// Form feed: resets the indentation width (for Emacs users, says CPython).
const FORM_FEED: u8 = 0x0C;

/// One entry of the indentation stack.
#[derive(Debug, Clone, Copy, Default)]
struct Indentation {
    /// Width with tabs to multiples of [`TAB_SIZE`].
    width: u32,
    /// Width with every tab counted as 1 column (CPython's `altcol`).
    alt_width: u32,
}

/// An open bracket, for matching and for the "never closed" message.
#[derive(Debug, Clone, Copy, Default)]
struct OpenBracket {
    /// `(`, `[` or `{`.
    byte: u8,
    /// Its line.
    line: u32,
    /// Its column.
    col: u32,
}

/// The tokenizer. Pull tokens with [`Lexer::next_token`].
///
/// All state lives inline (about 3 KiB: the indentation and bracket stacks), so `clone`
/// is a plain copy and a clone can scan ahead without disturbing the original.
///
/// After an error every later call returns the same error, except for
/// [`LexErrorKind::InvalidSyntax`] (see [`Lexer::next_token`]).
#[derive(Clone)]
pub struct Lexer<'src> {
    /// The source, without a leading byte-order mark.
    src: &'src str,
    /// Byte offset of the next unread byte.
    pos: usize,
    /// Current line, 1-based.
    line: u32,
    /// Byte offset where the current line starts.
    line_start: usize,
    /// Byte offset where CPython's line buffer (`tok->buf`) starts: the start of the
    /// current line, or of the first line of a token or backslash-joined chain that
    /// runs over several lines. Only one error column depends on it.
    buffer_start: usize,
    /// A byte offset on the current line and its column, to count columns incrementally.
    col_mark: (usize, u32),
    /// Whether the next read begins a line (indentation must be measured).
    at_line_start: bool,
    /// Whether a newline must still be supplied after the last byte: like CPython, a
    /// source that does not end with a newline is read as if it did.
    virtual_newline: bool,
    /// INDENTs (positive) or DEDENTs (negative) still to return.
    pending: i32,
    /// The indentation stack; `indents[..=indent_top]` is live.
    indents: [Indentation; MAX_INDENT],
    /// Index of the innermost indentation (0 is the base level, width 0).
    indent_top: usize,
    /// The open brackets; `brackets[..depth]` is live.
    brackets: [OpenBracket; MAX_DEPTH],
    /// How many brackets are open.
    depth: usize,
    /// The error returned, once there is one.
    error: Option<LexError>,
    /// Whether [`Tok::Eof`] has been returned.
    finished: bool,
}

/// Converts a byte offset to the `u32` of a [`Span`] (sources are below 4 GiB).
fn offset_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Whether `byte` can continue a name as far as CPython's scanner is concerned: ASCII
/// letters, digits, `_`, and every byte of a non-ASCII character.
fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || !byte.is_ascii()
}

/// Whether `rest` starts with `word` not followed by another name character.
fn word_follows(rest: &[u8], word: &[u8]) -> bool {
    rest.starts_with(word) && !rest.get(word.len()).is_some_and(|&b| is_name_byte(b))
}

/// Counts the chars in a run of UTF-8 bytes (the bytes that do not continue a char).
fn count_chars(bytes: &[u8]) -> u32 {
    offset_u32(bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count())
}

/// Line and column of byte `offset` of `src`, by counting from the start.
fn locate(src: &str, offset: usize) -> (u32, u32) {
    let before = src.as_bytes().get(..offset).unwrap_or_default();
    let mut line = 1u32;
    let mut line_start = 0;
    let mut at = 0;
    while at < before.len() {
        let len = match before.get(at..) {
            Some([b'\r', b'\n', ..]) => 2,
            Some([b'\n' | b'\r', ..]) => 1,
            _ => 0,
        };
        if len > 0 {
            line = line.saturating_add(1);
            line_start = at + len;
            at += len;
        } else {
            at += 1;
        }
    }
    (
        line,
        count_chars(before.get(line_start..).unwrap_or_default()),
    )
}

impl<'src> Lexer<'src> {
    /// A lexer over `src`, skipping a leading UTF-8 byte-order mark.
    pub fn new(src: &'src str) -> Self {
        let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
        let error = if u32::try_from(src.len()).is_err() {
            Some(LexError {
                kind: LexErrorKind::SourceTooLarge,
                line: 1,
                col: 0,
            })
        } else {
            src.bytes().position(|b| b == 0).map(|nul| {
                let (line, col) = locate(src, nul);
                LexError {
                    kind: LexErrorKind::NullByte,
                    line,
                    col,
                }
            })
        };
        Lexer {
            src,
            pos: 0,
            line: 1,
            line_start: 0,
            buffer_start: 0,
            col_mark: (0, 0),
            at_line_start: true,
            virtual_newline: !src.is_empty() && !src.ends_with(['\n', '\r']),
            pending: 0,
            indents: [Indentation::default(); MAX_INDENT],
            indent_top: 0,
            brackets: [OpenBracket::default(); MAX_DEPTH],
            depth: 0,
            error,
            finished: false,
        }
    }

    /// The source being tokenized (without a byte-order mark); spans index into it.
    pub fn source(&self) -> &'src str {
        self.src
    }

    /// The text of `span` (empty if the span does not fit the source).
    pub fn text(&self, span: Span) -> &'src str {
        let (start, end) = (span.start as usize, span.end as usize);
        self.src.get(start..end).unwrap_or("")
    }

    /// The next token. After [`Tok::Eof`] it keeps returning `Eof`.
    ///
    /// # Errors
    ///
    /// A [`LexError`] where CPython's tokenizer reports one; every later call returns it
    /// again. The exception is [`LexErrorKind::InvalidSyntax`] (`$`, `?`, `` ` ``, `!`,
    /// `<>`), which CPython reports from its parser: the characters are skipped and the
    /// next call goes on after them. CPython goes on tokenizing after a generic syntax
    /// error and reports a later tokenizer error instead, which a caller can mimic.
    pub fn next_token(&mut self) -> Result<Token, LexError> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let result = self.scan();
        if let Err(error) = result {
            // `InvalidSyntax` skips its character, so a caller may keep scanning.
            if error.kind != LexErrorKind::InvalidSyntax {
                self.error = Some(error);
            }
        }
        result
    }

    /// Finishes tokenizing after the parser found a syntax error, the way CPython 3.11
    /// does, and returns the error that CPython would report instead, if any.
    ///
    /// After its parser raises a `SyntaxError` (a generic "invalid syntax" or a specific
    /// message, but not "unexpected indent"/"unexpected unindent"), CPython tokenizes
    /// the rest of the source: a tokenizer error such as an invalid character or an
    /// unterminated string replaces the parser's error; an indentation, continuation or
    /// end-of-input problem replaces it only by "'(' was never closed", and only when the
    /// innermost open bracket is on a line before `last_token_line`, the line of the
    /// last token the parser read. Call this on the lexer the parser read from.
    pub fn error_after_parse_error(&mut self, last_token_line: u32) -> Option<LexError> {
        loop {
            match self.next_token() {
                Ok(token) if token.kind == Tok::Eof => return None,
                Ok(_) => {}
                Err(error) if error.kind == LexErrorKind::InvalidSyntax => {}
                Err(error) if error.raised_by_tokenizer() => return Some(error),
                Err(_) => {
                    return self
                        .unclosed_bracket()
                        .filter(|open| open.line < last_token_line);
                }
            }
        }
    }

    // ---- Reading -----------------------------------------------------------------

    /// The source as bytes.
    fn bytes(&self) -> &'src [u8] {
        self.src.as_bytes()
    }

    /// The next byte, if any (the virtual final newline is not a byte).
    fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    /// Whether the next byte is an ASCII digit.
    fn peek_is_digit(&self) -> bool {
        self.peek().is_some_and(|b| b.is_ascii_digit())
    }

    /// The length of the newline at the read position (`\n`, `\r\n`, `\r`, or 0 for the
    /// virtual final newline), if there is one.
    fn newline_len(&self) -> Option<usize> {
        match self.bytes().get(self.pos..) {
            Some([b'\r', b'\n', ..]) => Some(2),
            Some([b'\n' | b'\r', ..]) => Some(1),
            Some([]) | None if self.virtual_newline => Some(0),
            _ => None,
        }
    }

    /// Whether everything, the virtual newline included, has been read.
    fn at_eof(&self) -> bool {
        self.pos >= self.src.len() && !self.virtual_newline
    }

    /// Consumes a newline of `len` bytes (from [`Lexer::newline_len`]).
    fn consume_newline(&mut self, len: usize) {
        if len == 0 {
            self.virtual_newline = false;
        }
        self.pos += len;
        self.line = self.line.saturating_add(1);
        self.line_start = self.pos;
        // After the virtual newline the old mark sits at the new line's start.
        self.col_mark = (self.pos, 0);
    }

    /// Column of byte `offset` on the current line (which must not be before the line).
    fn col_at(&mut self, offset: usize) -> u32 {
        let (mark, mark_col) = if self.col_mark.0 >= self.line_start && self.col_mark.0 <= offset {
            self.col_mark
        } else {
            (self.line_start, 0)
        };
        let between = self.bytes().get(mark..offset).unwrap_or_default();
        let col = mark_col.saturating_add(count_chars(between));
        self.col_mark = (offset, col);
        col
    }

    /// An error at byte `offset` of the current line.
    fn error_at(&mut self, offset: usize, kind: LexErrorKind) -> LexError {
        let col = self.col_at(offset);
        LexError {
            kind,
            line: self.line,
            col,
        }
    }

    /// An error at the last byte read, where CPython's cursor-based errors point.
    fn error_before(&mut self, kind: LexErrorKind) -> LexError {
        let col = self.col_at(self.pos).saturating_sub(1);
        LexError {
            kind,
            line: self.line,
            col,
        }
    }

    /// The error for an open bracket at the end of the input, if one is open.
    fn unclosed_bracket(&self) -> Option<LexError> {
        let open = self.brackets.get(self.depth.checked_sub(1)?)?;
        Some(LexError {
            kind: LexErrorKind::UnclosedBracket(char::from(open.byte)),
            line: open.line,
            col: open.col,
        })
    }

    /// A token of `kind` from byte `start` to the read position, starting on this line.
    fn token_from(&mut self, kind: Tok, start: usize) -> Token {
        let col = self.col_at(start);
        Token {
            kind,
            span: Span {
                start: offset_u32(start),
                end: offset_u32(self.pos),
                line: self.line,
                col,
            },
        }
    }

    // ---- Lines and indentation ---------------------------------------------------

    /// Produces the next token (CPython's `tok_get`).
    fn scan(&mut self) -> Result<Token, LexError> {
        if self.finished {
            return Ok(self.token_from(Tok::Eof, self.pos));
        }
        loop {
            let blank_line = if self.at_line_start {
                self.at_line_start = false;
                self.indentation()?
            } else {
                false
            };
            if let Some(token) = self.pending_indentation() {
                return Ok(token);
            }
            loop {
                while matches!(self.peek(), Some(b' ' | b'\t' | FORM_FEED)) {
                    self.pos += 1;
                }
                if self.peek() == Some(b'#') {
                    while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                        self.pos += 1;
                    }
                }
                let start = self.pos;
                if let Some(len) = self.newline_len() {
                    let col = self.col_at(start);
                    let span = Span {
                        start: offset_u32(start),
                        end: offset_u32(start + len),
                        line: self.line,
                        col,
                    };
                    self.consume_newline(len);
                    self.at_line_start = true;
                    if blank_line || self.depth > 0 {
                        break;
                    }
                    return Ok(Token {
                        kind: Tok::Newline,
                        span,
                    });
                }
                if self.at_eof() {
                    return self.end_of_input();
                }
                if self.peek() == Some(b'\\') {
                    self.continuation()?;
                    continue;
                }
                let (line, col) = (self.line, self.col_at(start));
                let kind = self.token_kind(start, col)?;
                let span = Span {
                    start: offset_u32(start),
                    end: offset_u32(self.pos),
                    line,
                    col,
                };
                return Ok(Token { kind, span });
            }
        }
    }

    /// Measures the indentation of a new line and updates the stack, queueing INDENT or
    /// DEDENT tokens. Returns whether the line is blank (only spaces and a comment).
    fn indentation(&mut self) -> Result<bool, LexError> {
        self.buffer_start = self.line_start;
        let mut width: u32 = 0;
        let mut alt_width: u32 = 0;
        // CPython: when a backslash joins indentation across lines, the width at the
        // first backslash is the line's indentation.
        let mut width_at_backslash: u32 = 0;
        loop {
            match self.peek() {
                Some(b' ') => {
                    width = width.saturating_add(1);
                    alt_width = alt_width.saturating_add(1);
                }
                Some(b'\t') => {
                    width = (width / TAB_SIZE)
                        .saturating_add(1)
                        .saturating_mul(TAB_SIZE);
                    alt_width = alt_width.saturating_add(1);
                }
                Some(FORM_FEED) => {
                    width = 0;
                    alt_width = 0;
                }
                Some(b'\\') => {
                    if width_at_backslash == 0 {
                        width_at_backslash = width;
                    }
                    self.continuation()?;
                    self.buffer_start = self.line_start;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let blank = self.peek() == Some(b'#') || self.newline_len().is_some();
        if blank || self.depth > 0 {
            return Ok(blank);
        }
        if width_at_backslash != 0 {
            width = width_at_backslash;
            alt_width = width_at_backslash;
        }
        let top = self
            .indents
            .get(self.indent_top)
            .copied()
            .unwrap_or_default();
        if width == top.width {
            if alt_width != top.alt_width {
                return Err(self.indentation_error(LexErrorKind::InconsistentTabs));
            }
        } else if width > top.width {
            if self.indent_top + 1 >= MAX_INDENT {
                return Err(self.indentation_error(LexErrorKind::TooDeep));
            }
            if alt_width <= top.alt_width {
                return Err(self.indentation_error(LexErrorKind::InconsistentTabs));
            }
            self.indent_top += 1;
            if let Some(slot) = self.indents.get_mut(self.indent_top) {
                *slot = Indentation { width, alt_width };
            }
            self.pending += 1;
        } else {
            while self.indent_top > 0
                && width
                    < self
                        .indents
                        .get(self.indent_top)
                        .map_or(0, |level| level.width)
            {
                self.indent_top -= 1;
                self.pending -= 1;
            }
            let outer = self
                .indents
                .get(self.indent_top)
                .copied()
                .unwrap_or_default();
            if width != outer.width {
                // CPython points just past the end of the offending line.
                let line_end = self.bytes().get(self.pos..).unwrap_or_default();
                let line_end = self.pos
                    + line_end
                        .iter()
                        .position(|&b| b == b'\n' || b == b'\r')
                        .unwrap_or(line_end.len());
                return Err(self.error_at(line_end, LexErrorKind::UnindentMismatch));
            }
            if alt_width != outer.alt_width {
                return Err(self.indentation_error(LexErrorKind::InconsistentTabs));
            }
        }
        Ok(false)
    }

    /// An indentation error at the start of the current line, where CPython puts them.
    fn indentation_error(&self, kind: LexErrorKind) -> LexError {
        LexError {
            kind,
            line: self.line,
            col: 0,
        }
    }

    /// Returns one queued INDENT or DEDENT, if any.
    fn pending_indentation(&mut self) -> Option<Token> {
        if self.pending > 0 {
            self.pending -= 1;
            // An INDENT covers the line's indentation, as in Python's `tokenize`.
            let start = self.line_start.min(self.pos);
            let mut token = self.token_from(Tok::Indent, start);
            token.span.col = 0;
            Some(token)
        } else if self.pending < 0 {
            self.pending += 1;
            Some(self.token_from(Tok::Dedent, self.pos))
        } else {
            None
        }
    }

    /// Handles the end of the input: an open bracket is an error, else DEDENTs for any
    /// open blocks and then [`Tok::Eof`].
    fn end_of_input(&mut self) -> Result<Token, LexError> {
        if let Some(error) = self.unclosed_bracket() {
            return Err(error);
        }
        if self.indent_top > 0 {
            // Normally the last line's indentation (width 0) already closed every
            // block; this keeps the stream balanced whatever happens.
            self.pending = -i32::try_from(self.indent_top).unwrap_or(0);
            self.indent_top = 0;
            if let Some(token) = self.pending_indentation() {
                return Ok(token);
            }
        }
        self.finished = true;
        Ok(self.token_from(Tok::Eof, self.pos))
    }

    /// Consumes a backslash and the newline that must follow it.
    fn continuation(&mut self) -> Result<(), LexError> {
        self.pos += 1;
        let Some(len) = self.newline_len() else {
            return Err(self.continuation_error());
        };
        let (line, col) = (self.line, self.col_at(self.pos));
        self.consume_newline(len);
        if self.at_eof() {
            return Err(self.unclosed_bracket().unwrap_or(LexError {
                kind: LexErrorKind::UnexpectedEof,
                line,
                col,
            }));
        }
        Ok(())
    }

    /// The error for a character after a continuation backslash, at the read position.
    ///
    /// CPython measures this column in bytes from its line buffer's start, which is
    /// the current line unless a backslash or a string joined it to earlier lines; it
    /// then converts the offset to chars on the current line, clamped to the line's
    /// length plus one. The result, mirrored here, is what `python3 FILE.py` shows.
    fn continuation_error(&mut self) -> LexError {
        let kind = LexErrorKind::UnexpectedCharacterAfterContinuation;
        if self.buffer_start >= self.line_start {
            return self.error_at(self.pos, kind);
        }
        let bytes = self.bytes();
        let joined = bytes.get(self.buffer_start..self.pos).unwrap_or_default();
        // CPython sees `\r\n` as one `\n`; its 1-based offset counts the bad byte.
        let crlf = joined.windows(2).filter(|pair| pair == b"\r\n").count();
        let offset = joined.len() - crlf + 1;
        let line = bytes.get(self.line_start..).unwrap_or_default();
        let content = line
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(line.len());
        let line_len = content + usize::from(content < line.len());
        // CPython decodes that many bytes of the line, its `\n` and its terminating NUL
        // included, clamped to the line's length plus one.
        let decoded = offset.min(line_len + 1);
        let within = decoded.min(content);
        let past_content = offset_u32(decoded - within);
        let col = count_chars(line.get(..within).unwrap_or_default()).saturating_add(past_content);
        LexError {
            kind,
            line: self.line,
            col: col.saturating_sub(1),
        }
    }
}
