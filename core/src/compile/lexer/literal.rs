//! Values of literal tokens: string bodies, integers and floats, decoded without allocating.

use core::fmt;

/// The prefix letters of a string literal (case and order do not matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StrPrefix {
    /// `r`: backslashes are kept as written.
    pub raw: bool,
    /// `b`: a bytes literal; its characters are 0..=255.
    pub bytes: bool,
    /// `f`: a formatted string literal.
    pub format: bool,
}

/// Splits a String token's text into its prefix and the body between the quotes
/// (single or triple).
///
/// Text that is not a well-formed string token gives an empty body rather than a panic.
pub fn split_string(text: &str) -> (StrPrefix, &str) {
    let prefix_len = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (letters, quoted) = text.split_at(prefix_len);
    let mut prefix = StrPrefix::default();
    for letter in letters.bytes() {
        match letter.to_ascii_lowercase() {
            b'r' => prefix.raw = true,
            b'b' => prefix.bytes = true,
            b'f' => prefix.format = true,
            _ => {}
        }
    }
    let quotes = quoted.as_bytes();
    let Some(&quote) = quotes.first() else {
        return (prefix, "");
    };
    let triple = [quote; 3];
    let quote_len = if quotes.len() >= 6 && quotes.starts_with(&triple) && quotes.ends_with(&triple)
    {
        3
    } else {
        1
    };
    let body = quoted
        .get(quote_len..quoted.len().saturating_sub(quote_len))
        .unwrap_or("");
    (prefix, body)
}

/// What went wrong in a `\x`, `\u`, `\U` or `\N` escape of a str literal (the reason
/// part of CPython's `unicodeescape` message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscapeProblem {
    /// `\x` not followed by two hex digits.
    TruncatedX,
    /// `\u` not followed by four hex digits.
    TruncatedU,
    /// `\U` not followed by eight hex digits.
    TruncatedBigU,
    /// `\U` naming a code point above U+10FFFF.
    IllegalCharacter,
    /// `\N` not followed by `{name}`.
    MalformedN,
}

impl EscapeProblem {
    /// CPython's wording.
    fn text(self) -> &'static str {
        match self {
            EscapeProblem::TruncatedX => "truncated \\xXX escape",
            EscapeProblem::TruncatedU => "truncated \\uXXXX escape",
            EscapeProblem::TruncatedBigU => "truncated \\UXXXXXXXX escape",
            EscapeProblem::IllegalCharacter => "illegal Unicode character",
            EscapeProblem::MalformedN => "malformed \\N character escape",
        }
    }
}

/// Why a string literal's body could not be decoded.
///
/// Positions are those CPython reports: offsets into the body after CPython has
/// rewritten each non-ASCII character as a 10-byte `\UXXXXXXXX` escape (and a backslash
/// before one as the 6-byte `\u005c`), so they match CPython's messages exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringError {
    /// A bad escape in a str literal, over positions `start..end` (end exclusive).
    BadEscape {
        /// Position of the backslash.
        start: u32,
        /// Position one past the last byte CPython examined.
        end: u32,
        /// What is wrong with it.
        problem: EscapeProblem,
    },
    /// A well-formed `\N{name}` escape: Tracery has no Unicode name database.
    NamedEscape {
        /// Position of the backslash.
        start: u32,
        /// Position one past the closing brace.
        end: u32,
    },
    /// A `\ud800`-style escape naming a surrogate, which a Tracery str cannot hold.
    Surrogate(u32),
    /// A `\x` escape in a bytes literal without two hex digits after it.
    BadBytesHexEscape {
        /// Byte offset of the backslash in the body.
        position: u32,
    },
    /// A non-ASCII character in a bytes literal.
    NonAsciiBytes,
}

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            StringError::BadEscape {
                start,
                end,
                problem,
            } => write!(
                f,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {}",
                end.saturating_sub(1),
                problem.text()
            ),
            StringError::NamedEscape { start, end } => write!(
                f,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: \
                 \\N{{...}} escapes are not supported by Tracery",
                end.saturating_sub(1)
            ),
            StringError::Surrogate(code) => write!(
                f,
                "(unicode error) surrogate escape \\u{code:04x} is not supported by Tracery"
            ),
            StringError::BadBytesHexEscape { position } => {
                write!(f, "(value error) invalid \\x escape at position {position}")
            }
            StringError::NonAsciiBytes => {
                f.write_str("bytes can only contain ASCII literal characters")
            }
        }
    }
}

impl core::error::Error for StringError {}

/// Converts a position to the `u32` the errors carry (bodies longer than 4 GiB saturate).
fn position(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// Decodes the body of a string literal, calling `out` once per character.
///
/// Handles the escapes `\\ \' \" \a \b \f \n \r \t \v \ooo \xhh \uXXXX \UXXXXXXXX` and
/// backslash-newline; an unknown escape such as `\d` keeps its backslash, as in CPython.
/// Raw literals keep every backslash. Newlines written as `\r\n` or `\r` become `\n`,
/// since CPython translates them before tokenizing. For bytes literals every character
/// is in 0..=255. The `format` flag is ignored: the compiler splits an f-string into
/// literal pieces and replacement fields itself and decodes each piece with this.
///
/// # Errors
///
/// [`StringError`] for a malformed escape, for `\N{...}` (not supported), for an
/// escaped surrogate, and for a non-ASCII character in a bytes literal; the message is
/// CPython's where CPython rejects the literal too.
pub fn decode_string(
    prefix: StrPrefix,
    body: &str,
    out: &mut impl FnMut(char),
) -> Result<(), StringError> {
    if prefix.bytes && !body.is_ascii() {
        return Err(StringError::NonAsciiBytes);
    }
    if prefix.raw {
        copy_raw(body, out);
        Ok(())
    } else if prefix.bytes {
        decode_bytes(body.as_bytes(), out)
    } else {
        decode_str(body, out)
    }
}

/// Emits `body` with `\r\n` and `\r` turned into `\n`.
fn copy_raw(body: &str, out: &mut impl FnMut(char)) {
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            chars.next_if_eq(&'\n');
            out('\n');
        } else {
            out(c);
        }
    }
}

/// Length of the newline starting at `bytes[at]` (`\n`, `\r\n` or `\r`), if any.
fn newline_at(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at) {
        Some(b'\n') => Some(1),
        Some(b'\r') => Some(if bytes.get(at + 1) == Some(&b'\n') {
            2
        } else {
            1
        }),
        _ => None,
    }
}

/// The value of a simple one-letter escape (`\n`, `\t`, ...), shared by str and bytes.
fn simple_escape(letter: u8) -> Option<char> {
    Some(match letter {
        b'\\' => '\\',
        b'\'' => '\'',
        b'"' => '"',
        b'a' => '\x07',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\x0b',
        _ => return None,
    })
}

/// Reads the one to three octal digits of an octal escape whose first digit is `first`;
/// `at` indexes the byte after it and is advanced past the digits read.
fn octal_escape(bytes: &[u8], first: u8, at: &mut usize) -> u32 {
    let mut value = u32::from(first - b'0');
    for _ in 0..2 {
        match bytes.get(*at) {
            Some(&digit @ b'0'..=b'7') => {
                value = value * 8 + u32::from(digit - b'0');
                *at += 1;
            }
            _ => break,
        }
    }
    value
}

/// Width of `text` in CPython's rewritten escape buffer (see [`StringError`]).
fn escaped_width(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut width = 0;
    let mut at = 0;
    for (offset, c) in text.char_indices() {
        if offset < at {
            continue;
        }
        at = offset + c.len_utf8();
        width += if c == '\r' {
            at += usize::from(bytes.get(at) == Some(&b'\n'));
            1
        } else if !c.is_ascii() {
            10
        } else if c == '\\' && bytes.get(at).is_some_and(|b| !b.is_ascii()) {
            6
        } else {
            1
        };
    }
    width
}

/// Decodes a non-raw str body; `mapped` tracks the position in CPython's rewritten buffer.
fn decode_str(body: &str, out: &mut impl FnMut(char)) -> Result<(), StringError> {
    let bytes = body.as_bytes();
    let mut at = 0;
    let mut mapped = 0usize;
    while let Some(c) = body.get(at..).and_then(|rest| rest.chars().next()) {
        if c != '\\' {
            if let Some(len) = newline_at(bytes, at) {
                out('\n');
                at += len;
                mapped += 1;
            } else {
                out(c);
                at += c.len_utf8();
                mapped += if c.is_ascii() { 1 } else { 10 };
            }
            continue;
        }
        let start = mapped;
        at += 1;
        let Some(&letter) = bytes.get(at) else {
            // A lone trailing backslash: CPython rewrites it as `\u005c`, a backslash.
            out('\\');
            break;
        };
        if !letter.is_ascii() {
            // `\é`: not an escape, the backslash stays (rewritten as `\u005c`).
            out('\\');
            mapped += 6;
            continue;
        }
        at += 1;
        mapped += 2;
        if let Some(value) = simple_escape(letter) {
            out(value);
            continue;
        }
        match letter {
            b'\n' => {}
            b'\r' => at += usize::from(bytes.get(at) == Some(&b'\n')),
            b'0'..=b'7' => {
                let before = at;
                let value = octal_escape(bytes, letter, &mut at);
                mapped += at - before;
                // At most 0o777, always a valid char.
                out(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            b'x' | b'u' | b'U' => {
                let (count, problem) = match letter {
                    b'x' => (2, EscapeProblem::TruncatedX),
                    b'u' => (4, EscapeProblem::TruncatedU),
                    _ => (8, EscapeProblem::TruncatedBigU),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    let digit = bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
                    let Some(digit) = digit else {
                        // CPython stops at the offending character (or the end).
                        return Err(bad_escape(start, mapped, problem));
                    };
                    value = value * 16 + digit;
                    at += 1;
                    mapped += 1;
                }
                if value > 0x10FFFF {
                    return Err(bad_escape(start, mapped, EscapeProblem::IllegalCharacter));
                }
                let Some(decoded) = char::from_u32(value) else {
                    return Err(StringError::Surrogate(value));
                };
                out(decoded);
            }
            b'N' => return Err(named_escape(body, at, start, mapped)),
            _ => {
                out('\\');
                out(char::from(letter));
            }
        }
    }
    Ok(())
}

/// The position just past the end of `body` in the rewritten buffer, given that byte
/// `at` of the body maps to `mapped` (all bytes from `at` on are counted).
fn escaped_width_from(body: &str, at: usize, mapped: usize) -> usize {
    mapped + body.get(at..).map_or(0, escaped_width)
}

/// The error for `\N` at rewritten position `start`; `at`/`mapped` point after the `N`.
fn named_escape(body: &str, at: usize, start: usize, mapped: usize) -> StringError {
    let bytes = body.as_bytes();
    let malformed = |end| bad_escape(start, end, EscapeProblem::MalformedN);
    if bytes.get(at) != Some(&b'{') {
        // Nothing or something else after `\N`: CPython stops at that point.
        return malformed(mapped);
    }
    let name_start = at + 1;
    let Some(close) = bytes
        .get(name_start..)
        .and_then(|rest| rest.iter().position(|&b| b == b'}'))
    else {
        return malformed(escaped_width_from(body, at, mapped));
    };
    let name_end = name_start + close;
    let brace_mapped = mapped + 1 + body.get(name_start..name_end).map_or(0, escaped_width);
    if close == 0 {
        return malformed(brace_mapped);
    }
    StringError::NamedEscape {
        start: position(start),
        end: position(brace_mapped + 1),
    }
}

/// Builds a [`StringError::BadEscape`].
fn bad_escape(start: usize, end: usize, problem: EscapeProblem) -> StringError {
    StringError::BadEscape {
        start: position(start),
        end: position(end),
        problem,
    }
}

/// Decodes a non-raw bytes body (already known to be ASCII).
fn decode_bytes(bytes: &[u8], out: &mut impl FnMut(char)) -> Result<(), StringError> {
    let mut at = 0;
    // Offset after CPython's newline translation, which the `\x` message reports.
    let mut translated = 0usize;
    while let Some(&byte) = bytes.get(at) {
        if byte != b'\\' {
            if let Some(len) = newline_at(bytes, at) {
                out('\n');
                at += len;
            } else {
                out(char::from(byte));
                at += 1;
            }
            translated += 1;
            continue;
        }
        let backslash = translated;
        let Some(&letter) = bytes.get(at + 1) else {
            out('\\');
            break;
        };
        at += 2;
        translated += 2;
        if let Some(value) = simple_escape(letter) {
            out(value);
            continue;
        }
        match letter {
            b'\n' => {}
            b'\r' => at += usize::from(bytes.get(at) == Some(&b'\n')),
            b'0'..=b'7' => {
                let before = at;
                // CPython keeps the low 8 bits of `\400`..`\777`.
                let value = octal_escape(bytes, letter, &mut at) & 0xFF;
                translated += at - before;
                out(char::from_u32(value).unwrap_or('\0'));
            }
            b'x' => {
                let high = bytes.get(at).and_then(|&b| char::from(b).to_digit(16));
                let low = bytes.get(at + 1).and_then(|&b| char::from(b).to_digit(16));
                let (Some(high), Some(low)) = (high, low) else {
                    return Err(StringError::BadBytesHexEscape {
                        position: position(backslash),
                    });
                };
                out(char::from_u32(high * 16 + low).unwrap_or('\0'));
                at += 2;
                translated += 2;
            }
            _ => {
                out('\\');
                // Reprocess the letter as an ordinary character (it may be a newline).
                at -= 1;
                translated -= 1;
            }
        }
    }
    Ok(())
}

/// Why an Int token's text has no `i64` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumError {
    /// The value does not fit in an `i64`.
    Overflow,
    /// The text is not an integer literal.
    Invalid,
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumError::Overflow => "integer literal does not fit in 64 bits",
            NumError::Invalid => "invalid integer literal",
        })
    }
}

impl core::error::Error for NumError {}

/// Value of an Int token: decimal, or `0x`/`0o`/`0b` prefixed, with `_` separators.
///
/// # Errors
///
/// [`NumError::Overflow`] when the value does not fit in an `i64`, [`NumError::Invalid`]
/// when the text is not an integer literal.
pub fn parse_int(text: &str) -> Result<i64, NumError> {
    let bytes = text.as_bytes();
    let (radix, digits) = match bytes {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        _ => (10, bytes),
    };
    let mut value: u64 = 0;
    let mut any_digit = false;
    for &byte in digits {
        if byte == b'_' {
            continue;
        }
        let digit = char::from(byte).to_digit(radix).ok_or(NumError::Invalid)?;
        value = value
            .checked_mul(u64::from(radix))
            .and_then(|scaled| scaled.checked_add(u64::from(digit)))
            .ok_or(NumError::Overflow)?;
        any_digit = true;
    }
    if !any_digit {
        return Err(NumError::Invalid);
    }
    i64::try_from(value).map_err(|_| NumError::Overflow)
}

/// Significant digits kept when a float literal is rewritten without underscores.
///
/// The exact decimal value of a halfway point between two adjacent `f64`s has at most
/// 767 significant digits, so digits past the 768th only matter through whether any of
/// them is non-zero; one extra `1` digit stands in for them (a "sticky" digit).
const FLOAT_DIGITS: usize = 768;

/// Room for `0.`, the digits, the sticky digit, `e-` and an exponent of up to 7 digits.
const FLOAT_BUFFER: usize = 2 + FLOAT_DIGITS + 1 + 2 + 7;

/// Decimal exponents are clamped to this magnitude: anything beyond already gives
/// infinity or zero for a mantissa in `[0.1, 1)`, and the clamp keeps the text short.
const FLOAT_EXPONENT_LIMIT: i64 = 999_999;

/// Value of a Float token (underscores allowed); a trailing `j`/`J` (an Imaginary
/// token) is ignored, so this also gives the imaginary part's magnitude.
///
/// Text that is not a float literal gives NaN.
pub fn parse_float(text: &str) -> f64 {
    let text = text.strip_suffix(['j', 'J']).unwrap_or(text);
    if !text.contains('_') {
        return text.parse().unwrap_or(f64::NAN);
    }
    let mut buffer = [0u8; FLOAT_BUFFER];
    canonical_float(text, &mut buffer)
        .and_then(|len| buffer.get(..len))
        .and_then(|canonical| core::str::from_utf8(canonical).ok())
        .and_then(|canonical| canonical.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Rewrites a float literal as `0.DIGITSe±EXP` in `buffer`, returning the length, or
/// `None` when `text` is not a float literal.
fn canonical_float(text: &str, buffer: &mut [u8; FLOAT_BUFFER]) -> Option<usize> {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(split) => (text.get(..split)?, Some(text.get(split + 1..)?)),
        None => (text, None),
    };
    let power = match exponent {
        Some(exponent) => parse_exponent(exponent)?,
        None => 0,
    };
    buffer[..2].copy_from_slice(b"0.");
    let mut len = 2;
    // Decimal exponent of the value `0.DIGITS` stands for, before the literal's own.
    let mut scale: i64 = 0;
    let mut seen_point = false;
    let mut seen_digit = false;
    let mut seen_nonzero = false;
    let mut sticky = false;
    for byte in mantissa.bytes() {
        match byte {
            b'_' => {}
            b'.' if !seen_point => seen_point = true,
            b'0'..=b'9' => {
                seen_digit = true;
                if !seen_nonzero && byte == b'0' {
                    scale -= i64::from(seen_point);
                    continue;
                }
                seen_nonzero = true;
                if len < 2 + FLOAT_DIGITS {
                    buffer[len] = byte;
                    len += 1;
                } else if byte != b'0' {
                    sticky = true;
                }
                scale += i64::from(!seen_point);
            }
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    if !seen_nonzero {
        buffer[len] = b'0';
        return Some(len + 1);
    }
    if sticky {
        buffer[len] = b'1';
        len += 1;
    }
    let power = (power + scale).clamp(-FLOAT_EXPONENT_LIMIT, FLOAT_EXPONENT_LIMIT);
    buffer[len] = b'e';
    len += 1;
    if power < 0 {
        buffer[len] = b'-';
        len += 1;
    }
    let magnitude = power.unsigned_abs();
    let mut divisor = 1_000_000;
    let mut started = false;
    while divisor > 0 {
        let digit = (magnitude / divisor) % 10;
        if digit != 0 || started || divisor == 1 {
            started = true;
            // `digit` is below 10, so the cast is exact.
            buffer[len] = b'0' + digit as u8;
            len += 1;
        }
        divisor /= 10;
    }
    Some(len)
}

/// The value of a float literal's exponent (the text after the `e`), saturating at
/// [`FLOAT_EXPONENT_LIMIT`], or `None` when it has no digits.
fn parse_exponent(exponent: &str) -> Option<i64> {
    let (negative, digits) = match exponent.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    let mut power: i64 = 0;
    let mut seen_digit = false;
    for &byte in digits {
        match byte {
            b'_' => {}
            b'0'..=b'9' => {
                seen_digit = true;
                power = (power * 10 + i64::from(byte - b'0')).min(FLOAT_EXPONENT_LIMIT);
            }
            _ => return None,
        }
    }
    seen_digit.then_some(if negative { -power } else { power })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::{String, ToString};
    use std::vec::Vec;

    /// Decodes a whole literal token's text, as the compiler will.
    fn decode(literal: &str) -> Result<String, StringError> {
        let (prefix, body) = split_string(literal);
        let mut out = String::new();
        decode_string(prefix, body, &mut |c| out.push(c))?;
        Ok(out)
    }

    #[test]
    fn split_string_finds_prefix_and_body() {
        let plain = StrPrefix::default();
        let cases = [
            ("'abc'", plain, "abc"),
            ("\"a'b\"", plain, "a'b"),
            ("'''a'b'''", plain, "a'b"),
            ("\"\"\"\n\"\"\"", plain, "\n"),
            ("''", plain, ""),
            ("''''''", plain, ""),
            ("u'x'", plain, "x"),
            (
                "rb'x'",
                StrPrefix {
                    raw: true,
                    bytes: true,
                    format: false,
                },
                "x",
            ),
            (
                "BR\"x\"",
                StrPrefix {
                    raw: true,
                    bytes: true,
                    format: false,
                },
                "x",
            ),
            (
                "F'{x}'",
                StrPrefix {
                    raw: false,
                    bytes: false,
                    format: true,
                },
                "{x}",
            ),
            (
                "Rf'''y'''",
                StrPrefix {
                    raw: true,
                    bytes: false,
                    format: true,
                },
                "y",
            ),
        ];
        for (text, prefix, body) in cases {
            assert_eq!(split_string(text), (prefix, body), "{text}");
        }
        // Not string tokens: no panic.
        for text in ["", "'", "rb", "r'", "é"] {
            assert_eq!(split_string(text).1, "", "{text:?}");
        }
        assert_eq!(split_string("'''").1, "'");
    }

    #[test]
    fn decoding_matches_cpython() {
        // Each literal with the value CPython 3.11 gives it (bytes as Latin-1 chars).
        let cases: &[(&str, &str)] = &[
            ("'abc'", "abc"),
            ("\"a\\\"b\"", "a\"b"),
            ("'a\\'b'", "a'b"),
            ("'\\\\'", "\\"),
            ("'\\a\\b\\f\\n\\r\\t\\v'", "\u{7}\u{8}\u{c}\n\r\t\u{b}"),
            ("'\\0\\7\\77\\101\\777\\1234'", "\u{0}\u{7}?AǿS4"),
            ("'\\x41\\x7e\\xff'", "A~ÿ"),
            ("'\\u00e9\\u20ac'", "é€"),
            ("'\\U0001F600\\U00000041'", "😀A"),
            ("'\\d\\q\\ \\é'", "\\d\\q\\ \\é"),
            ("'a\\\nb'", "ab"),
            ("'a\\\r\nb'", "ab"),
            ("'''a\r\nb\rc'''", "a\nb\nc"),
            ("r'''a\r\nb\\\r\nc'''", "a\nb\\\nc"),
            ("r'\\n\\x\\d\\''", "\\n\\x\\d\\'"),
            ("'é€😀'", "é€😀"),
            ("'\\\\é'", "\\é"),
            ("''", ""),
            ("''''''", ""),
            ("\"\"\"x\"y\"\"\"", "x\"y"),
            ("b'abc'", "abc"),
            ("b'\\x00\\xff\\x7f'", "\u{0}ÿ\u{7f}"),
            ("b'\\0\\7\\101\\377\\400\\777'", "\u{0}\u{7}Aÿ\u{0}ÿ"),
            ("b'\\d\\u1234\\N{x}'", "\\d\\u1234\\N{x}"),
            (
                "b'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'",
                "\u{7}\u{8}\u{c}\n\r\t\u{b}\\'\"",
            ),
            ("rb'\\x\\n'", "\\x\\n"),
            ("BR'a\\\\b'", "a\\\\b"),
            ("b'a\\\nb'", "ab"),
            ("u'\\x41'", "A"),
            ("R'\\N{x}'", "\\N{x}"),
        ];
        for &(literal, value) in cases {
            assert_eq!(decode(literal).as_deref(), Ok(value), "{literal}");
        }
    }

    #[test]
    fn decoding_errors_match_cpython() {
        let cases: &[(&str, &str)] = &[
            (
                "'\\x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape",
            ),
            (
                "'\\x1g'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
            ),
            (
                "'\\u12'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
            ),
            (
                "'\\U0011ffff'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
            ),
            (
                "'\\U00110000'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
            ),
            (
                "'\\N'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
            ),
            (
                "'\\N{'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
            ),
            (
                "'\\N{}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
            ),
            (
                "'é\\x1'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape",
            ),
            (
                "'\\\\é\\x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-13: truncated \\xXX escape",
            ),
            (
                "'\\é\\x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape",
            ),
            (
                "'a\\\r\nb\\x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 4-5: truncated \\xXX escape",
            ),
            (
                "'ab\\q\\N{x'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 4-7: malformed \\N character escape",
            ),
            (
                "'\\N{é'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: malformed \\N character escape",
            ),
            (
                "'\\x4'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
            ),
            (
                "'\\u123'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape",
            ),
            (
                "'\\U1234567'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape",
            ),
            (
                "'\\xé'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape",
            ),
            ("b'é'", "bytes can only contain ASCII literal characters"),
            ("rb'é'", "bytes can only contain ASCII literal characters"),
            ("b'\\x1'", "(value error) invalid \\x escape at position 0"),
            ("b'\\xg'", "(value error) invalid \\x escape at position 0"),
            ("b'\\x'", "(value error) invalid \\x escape at position 0"),
            ("b'a\\x4'", "(value error) invalid \\x escape at position 1"),
            (
                "b'\\q\\x4'",
                "(value error) invalid \\x escape at position 2",
            ),
            (
                "b'\\\r\n\\x4'",
                "(value error) invalid \\x escape at position 2",
            ),
        ];
        for &(literal, message) in cases {
            let error = decode(literal).expect_err(literal);
            assert_eq!(error.to_string(), message, "{literal}");
        }
    }

    #[test]
    fn tracery_limits_are_clear_errors() {
        let error = decode(r"'\N{LATIN SMALL LETTER A}'").unwrap_err();
        assert_eq!(error, StringError::NamedEscape { start: 0, end: 24 });
        assert_eq!(
            error.to_string(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: \
             \\N{...} escapes are not supported by Tracery"
        );
        let error = decode(r"'\ud800'").unwrap_err();
        assert_eq!(error, StringError::Surrogate(0xD800));
        assert_eq!(
            error.to_string(),
            "(unicode error) surrogate escape \\ud800 is not supported by Tracery"
        );
        assert_eq!(decode(r"'\U0000DFFF'"), Err(StringError::Surrogate(0xDFFF)));
    }

    #[test]
    fn f_string_pieces_decode_like_plain_strings() {
        let mut out = String::new();
        let prefix = StrPrefix {
            raw: false,
            bytes: false,
            format: true,
        };
        decode_string(prefix, r"a\tb{{", &mut |c| out.push(c)).unwrap();
        assert_eq!(out, "a\tb{{");
    }

    #[test]
    fn bytes_decode_to_latin_1_chars() {
        let mut out = Vec::new();
        let prefix = StrPrefix {
            raw: false,
            bytes: true,
            format: false,
        };
        decode_string(prefix, r"\xff\x00\200A", &mut |c| out.push(u32::from(c))).unwrap();
        assert_eq!(out, [0xFF, 0, 0x80, 0x41]);
    }

    #[test]
    fn decoding_never_panics() {
        let pieces = [
            "\\", "x", "u", "U", "N", "{", "}", "0", "7", "8", "f", "é", "\r", "\n", "\r\n", "'",
            "a",
        ];
        let mut state = 0x1234_5678_9ABC_DEF0_u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut body = String::new();
            let mut bits = state;
            for _ in 0..(state % 9) {
                body.push_str(pieces[usize::try_from(bits % 17).unwrap()]);
                bits /= 17;
            }
            for raw in [false, true] {
                for bytes in [false, true] {
                    let prefix = StrPrefix {
                        raw,
                        bytes,
                        format: false,
                    };
                    let _ = decode_string(prefix, &body, &mut |_| {});
                }
            }
        }
    }

    #[test]
    fn integers() {
        let cases = [
            ("0", 0),
            ("00", 0),
            ("0_0", 0),
            ("7", 7),
            ("1_000_000", 1_000_000),
            ("0x_1f", 31),
            ("0XdeadBEEF", 0xDEAD_BEEF),
            ("0o17", 15),
            ("0O_7_7", 63),
            ("0b1010", 10),
            ("0B_1", 1),
            ("9223372036854775807", i64::MAX),
            ("0x7fff_ffff_ffff_ffff", i64::MAX),
        ];
        for (text, value) in cases {
            assert_eq!(parse_int(text), Ok(value), "{text}");
        }
        for text in [
            "9223372036854775808",
            "0x8000000000000000",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_int(text), Err(NumError::Overflow), "{text}");
        }
        for text in ["", "0x", "_", "1.5", "0o8", "abc", "0b2"] {
            assert_eq!(parse_int(text), Err(NumError::Invalid), "{text}");
        }
        assert_eq!(
            NumError::Overflow.to_string(),
            "integer literal does not fit in 64 bits"
        );
    }

    #[test]
    fn floats_match_cpython_bit_for_bit() {
        let cases: &[(&str, u64)] = &[
            ("1.5", 0x3ff8000000000000),
            ("1_000.5e-3", 0x3ff0020c49ba5e35),
            ("1e1_0", 0x4202a05f20000000),
            ("0.000_001", 0x3eb0c6f7a0b5ed8d),
            ("1_2.3_4e+1_0", 0x423cbb3692000000),
            ("1e-400", 0x0000000000000000),
            ("1e400", 0x7ff0000000000000),
            ("00.5", 0x3fe0000000000000),
            ("1.", 0x3ff0000000000000),
            (".5", 0x3fe0000000000000),
            ("0e0", 0x0000000000000000),
            ("1_0.0_0e-0_1", 0x3ff0000000000000),
            ("2.5j", 0x4004000000000000),
            ("1_0j", 0x4024000000000000),
            (
                "1_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0_0.5",
                0x7ff0000000000000,
            ),
            (
                "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001_5e300",
                0x3fc3333333333333,
            ),
            (
                "1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1.5",
                0x7ff0000000000000,
            ),
            ("9007199254740993_0e-1", 0x4340000000000000),
            (
                "2.470_3282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
                0x0000000000000000,
            ),
            (
                "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125_1e-324",
                0x0000000000000001,
            ),
        ];
        for &(text, bits) in cases {
            assert_eq!(parse_float(text).to_bits(), bits, "{text}");
        }
    }

    #[test]
    fn long_float_literals_round_correctly() {
        // Exactly half the smallest subnormal rounds to even (0); anything above it,
        // however far past the 768th digit, rounds up. These need the sticky digit.
        let half = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125";
        let zeros = "0".repeat(100);
        let exactly_half = std::format!("{half}_{zeros}e-324");
        let above_half = std::format!("{half}_{zeros}1e-324");
        assert_eq!(parse_float(&exactly_half).to_bits(), 0);
        assert_eq!(parse_float(&above_half).to_bits(), 1);
    }

    #[test]
    fn floats_that_are_not_literals() {
        assert!(parse_float("").is_nan());
        assert!(parse_float("1_x").is_nan());
        assert!(parse_float("1_e").is_nan());
        assert!(parse_float("_.e1").is_nan());
        assert!(parse_float("1_.5.5").is_nan());
        assert_eq!(parse_float("1_0e99999999999999999999"), f64::INFINITY);
        assert_eq!(parse_float("1_0e-99999999999999999999"), 0.0);
    }
}
