//! Number and text formatting and parsing that prints and parses exactly like CPython 3.11.
//!
//! Everything here is pure and allocation-free: no VM types, only plain Rust values in and
//! characters out through [`core::fmt::Write`]. The VM wraps these routines into `repr`,
//! `str`, `format`, f-strings, `str.format`, `%`, `int(str)`, `float(str)` and `round`.
//!
//! | module          | CPython behaviour                                                  |
//! |-----------------|--------------------------------------------------------------------|
//! | [`float_repr`]  | `repr(float)` / `str(float)`                                       |
//! | [`float_format`]| `PyOS_double_to_string` (`'f'`, `'e'`, `'g'`, `'r'`) and `round`  |
//! | [`int_parse`]   | `int(str, base)` and `float(str)`, with their error messages       |
//! | [`str_repr`]    | `repr(str)`                                                        |
//! | [`format_spec`] | the format-spec mini-language of `format()`, f-strings, `.format`  |
//! | [`percent`]     | `'...' % args`                                                     |
//! | [`unicode`]     | `str.isprintable`, `str.isspace`, decimal digits (Unicode 14.0.0)  |
//!
//! Floats: Rust's `{:e}` gives the shortest digits that round-trip, and `{:.*e}` / `{:.*}`
//! give correctly rounded digits with ties to even; so does CPython's `dtoa.c`. The private
//! `digits` module captures those digits into a fixed buffer, and the layout rules
//! (where the decimal point goes, when to switch to an exponent, trailing zeros) are
//! CPython's, re-expressed in [`float_format`].
//!
//! Errors are small `Copy` values. Each says which built-in exception class the VM raises
//! ([`ExceptionKind`]) and has a `Display` with CPython's exact message; where CPython's
//! message names the input or a type, a `message(...)` method takes them and returns the
//! full text (`invalid literal for int() with base 10: 'abc'`).
//!
//! Nothing here allocates. Stack use peaks at about 3 KiB for a float conversion: the
//! digit buffer (800 bytes, see `digits`), a text buffer when parsing, and `core::fmt`'s
//! own buffer for exact float formatting. Very long outputs (a width of a billion) are
//! streamed to the sink, which is expected to fail when its memory runs out.

pub mod float_format;
pub mod float_repr;
pub mod format_spec;
pub mod int_parse;
pub mod percent;
pub mod str_repr;
pub mod unicode;

mod digits;

use core::fmt;

/// The built-in exception class CPython raises for an error reported by this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionKind {
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `OverflowError`.
    OverflowError,
}

/// The message of the `OverflowError` Tracery raises where CPython would produce an int
/// beyond 64 bits (see the design's language subset: such ints are not silently wrapped).
pub const INT_OVERFLOW_MESSAGE: &str = "int too large to fit in 64 bits";

/// A fixed-capacity UTF-8 text buffer on the stack, for formatting without allocation.
///
/// Writes are all-or-nothing: a `write_str` that does not fit leaves the buffer unchanged and
/// returns [`fmt::Error`], so the contents are always whole characters and never panic.
///
/// ```
/// use core::fmt::Write;
/// use tracery_core::text::StackBuf;
///
/// let mut buf = StackBuf::<8>::new();
/// write!(buf, "{}", 1234).unwrap();
/// assert_eq!(buf.as_str(), "1234");
/// assert!(write!(buf, "{}", 56789).is_err());
/// assert_eq!(buf.as_str(), "1234");
/// ```
#[derive(Clone)]
pub struct StackBuf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> StackBuf<N> {
    /// An empty buffer.
    pub const fn new() -> Self {
        StackBuf {
            bytes: [0; N],
            len: 0,
        }
    }

    /// The text written so far.
    pub fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so the prefix is always valid UTF-8.
        core::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The bytes written so far (valid UTF-8).
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// The number of bytes written so far.
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing has been written.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The capacity in bytes, `N`.
    pub const fn capacity(&self) -> usize {
        N
    }

    /// Forgets the contents.
    pub fn clear(&mut self) {
        self.len = 0;
    }
}

impl<const N: usize> Default for StackBuf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> fmt::Write for StackBuf<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        let dest = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        dest.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl<const N: usize> fmt::Debug for StackBuf<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Writes `count` copies of `ch`, in chunks so long runs cost few `write_str` calls.
///
/// A huge `count` (a width of a billion) is written in full unless the sink fails first; the
/// VM's sink fails with `MemoryError` when its arena is exhausted.
pub(crate) fn write_repeat(
    out: &mut (impl fmt::Write + ?Sized),
    ch: char,
    count: usize,
) -> fmt::Result {
    const CHUNK: usize = 64;
    let mut utf8 = [0u8; 4];
    let one = ch.encode_utf8(&mut utf8).as_bytes();
    let per_chunk = CHUNK / one.len();
    let mut chunk = [0u8; CHUNK];
    for piece in chunk.chunks_exact_mut(one.len()).take(per_chunk) {
        piece.copy_from_slice(one);
    }
    let chunk = chunk.get(..per_chunk * one.len()).ok_or(fmt::Error)?;
    let chunk = core::str::from_utf8(chunk).map_err(|_| fmt::Error)?;
    let mut left = count;
    while left > 0 {
        let now = left.min(per_chunk);
        out.write_str(chunk.get(..now * one.len()).ok_or(fmt::Error)?)?;
        left -= now;
    }
    Ok(())
}

/// Writes the ASCII `text` with every letter upper-cased (hex digits, `0x` prefixes, `inf`).
pub(crate) fn write_ascii_upper(out: &mut impl fmt::Write, text: &str) -> fmt::Result {
    let mut buf = [0u8; 64];
    for chunk in text.as_bytes().chunks(buf.len()) {
        let dest = buf.get_mut(..chunk.len()).ok_or(fmt::Error)?;
        dest.copy_from_slice(chunk);
        dest.make_ascii_uppercase();
        out.write_str(core::str::from_utf8(dest).map_err(|_| fmt::Error)?)?;
    }
    Ok(())
}

/// A sink that only counts the characters (not bytes) written through it.
#[derive(Default)]
pub(crate) struct CharCount(pub(crate) usize);

impl fmt::Write for CharCount {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 = self.0.saturating_add(s.chars().count());
        Ok(())
    }
}

/// A sink that passes on at most `left` characters and silently drops the rest, for
/// CPython's `%.200R`-style truncated messages.
pub(crate) struct Truncated<'a, W: fmt::Write> {
    /// Where the kept characters go.
    pub(crate) out: &'a mut W,
    /// How many more characters to keep.
    pub(crate) left: usize,
}

impl<W: fmt::Write> fmt::Write for Truncated<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.left == 0 {
            return Ok(());
        }
        let end = s
            .char_indices()
            .nth(self.left)
            .map_or(s.len(), |(index, _)| index);
        let kept = s.get(..end).ok_or(fmt::Error)?;
        self.left -= kept.chars().count();
        self.out.write_str(kept)
    }
}

/// Converts a non-negative `i64` layout quantity to `usize`, clamping negatives to zero.
pub(crate) fn clamp_usize(value: i64) -> usize {
    usize::try_from(value.max(0)).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::fmt::Write;

    #[test]
    fn stack_buf_is_all_or_nothing() {
        let mut buf = StackBuf::<5>::new();
        assert!(buf.is_empty());
        buf.write_str("ab").unwrap();
        assert!(buf.write_str("cdef").is_err());
        assert_eq!(buf.as_str(), "ab");
        buf.write_str("cde").unwrap();
        assert_eq!(buf.as_str(), "abcde");
        assert_eq!(buf.len(), 5);
        assert!(buf.write_char('x').is_err());
        buf.clear();
        // A multi-byte character that does not fit is not split.
        buf.write_str("abcd").unwrap();
        assert!(buf.write_char('é').is_err());
        assert_eq!(buf.as_str(), "abcd");
        assert_eq!(buf.capacity(), 5);
        assert_eq!(format!("{buf:?}"), "\"abcd\"");
    }

    #[test]
    fn zero_capacity_buffer_rejects_everything_but_nothing() {
        let mut buf = StackBuf::<0>::new();
        assert!(buf.write_str("").is_ok());
        assert!(buf.write_str("a").is_err());
        assert_eq!(buf.as_str(), "");
    }

    #[test]
    fn repeat_writes_exact_counts() {
        for ch in ['0', 'é', '日', '🦀'] {
            for count in [0, 1, 15, 16, 17, 64, 65, 200] {
                let mut out = String::new();
                write_repeat(&mut out, ch, count).unwrap();
                assert_eq!(out, ch.to_string().repeat(count));
            }
        }
    }

    #[test]
    fn repeat_stops_when_the_sink_fails() {
        let mut buf = StackBuf::<10>::new();
        assert!(write_repeat(&mut buf, 'x', usize::MAX).is_err());
    }

    #[test]
    fn upper_and_count_helpers() {
        let mut out = String::new();
        write_ascii_upper(&mut out, &"0xdeadbeef".repeat(10)).unwrap();
        assert_eq!(out, "0XDEADBEEF".repeat(10));
        let mut count = CharCount::default();
        count.write_str("日本x").unwrap();
        assert_eq!(count.0, 3);
        let mut out = String::new();
        let mut short = Truncated {
            out: &mut out,
            left: 4,
        };
        short.write_str("ab").unwrap();
        short.write_str("日本語").unwrap();
        short.write_str("cd").unwrap();
        assert_eq!(out, "ab日本");
        assert_eq!(clamp_usize(-3), 0);
        assert_eq!(clamp_usize(7), 7);
    }
}
