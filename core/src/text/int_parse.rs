//! `int(str, base)` and `float(str)`: what CPython 3.11 accepts, rejects, and says.
//!
//! Both first read the text the way CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! does: ASCII stays as it is, any Unicode decimal digit counts as its ASCII digit
//! (`int('١٢')` is 12), Unicode whitespace counts as a space, and any other non-ASCII
//! character makes the text invalid. Then:
//!
//! - `int`: surrounding whitespace, a sign, then digits of `base` (2 to 36, letters either
//!   case). Base 0 reads a `0x`/`0o`/`0b` prefix (decimal otherwise) and rejects leading
//!   zeros such as `010` (but not `0` or `00`). A prefix matching the base is allowed
//!   (`int('0x1f', 16)`), and may be followed by one underscore. Single underscores may
//!   separate digits.
//! - `float`: single underscores between digits, surrounding whitespace, a sign, then a
//!   decimal with optional fraction and exponent, or `inf`, `infinity`, `nan` in any case.
//!   Out-of-range values become `inf` or `0.0`, as in CPython.
//!
//! The result is correctly rounded: the significant digits (at most 800 kept, plus a sticky
//! digit standing for any non-zero digits dropped, which cannot change the rounding of an
//! `f64`) go through Rust's correctly rounded `f64` parser, with no allocation.

use core::fmt::{self, Write};

use super::str_repr::write_str_repr;
use super::{ExceptionKind, INT_OVERFLOW_MESSAGE, StackBuf, Truncated, unicode};

/// Why `int(text, base)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not an integer literal in this base: `ValueError`, see [`IntParseError::message`].
    Invalid,
    /// A valid literal whose value does not fit in an `i64` (CPython would return a big int;
    /// Tracery raises `OverflowError`).
    Overflow,
    /// `base` is neither 0 nor in 2..=36: `ValueError: int() base must be >= 2 and <= 36, or 0`.
    BadBase,
}

impl IntParseError {
    /// The exception class to raise.
    pub fn exception(self) -> ExceptionKind {
        match self {
            IntParseError::Invalid | IntParseError::BadBase => ExceptionKind::ValueError,
            IntParseError::Overflow => ExceptionKind::OverflowError,
        }
    }

    /// CPython's full message for this error on `int(text, base)`, e.g.
    /// `invalid literal for int() with base 10: 'abc'` (the quoted part is `repr(text)`
    /// cut to 200 characters, as CPython's `%.200R` does).
    pub fn message<'a>(self, text: &'a str, base: u32) -> IntParseMessage<'a> {
        IntParseMessage {
            error: self,
            text,
            base,
        }
    }
}

impl fmt::Display for IntParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntParseError::Invalid => f.write_str("invalid literal for int()"),
            IntParseError::Overflow => f.write_str(INT_OVERFLOW_MESSAGE),
            IntParseError::BadBase => f.write_str("int() base must be >= 2 and <= 36, or 0"),
        }
    }
}

impl core::error::Error for IntParseError {}

/// The full message of an [`IntParseError`] for a given text and base.
#[derive(Clone, Copy, Debug)]
pub struct IntParseMessage<'a> {
    /// The error.
    pub error: IntParseError,
    /// The text given to `int()`.
    pub text: &'a str,
    /// The base given to `int()` (0 when auto-detecting).
    pub base: u32,
}

impl fmt::Display for IntParseMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error {
            IntParseError::Invalid => {
                write!(f, "invalid literal for int() with base {}: ", self.base)?;
                let mut short = Truncated { out: f, left: 200 };
                write_str_repr(&mut short, self.text)
            }
            other => fmt::Display::fmt(&other, f),
        }
    }
}

/// The message of `float(text)` failing: `could not convert string to float: 'abc'`.
#[derive(Clone, Copy, Debug)]
pub struct InvalidFloatLiteral<'a>(pub &'a str);

impl InvalidFloatLiteral<'_> {
    /// The exception class to raise: `ValueError`.
    pub fn exception(self) -> ExceptionKind {
        ExceptionKind::ValueError
    }
}

impl fmt::Display for InvalidFloatLiteral<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("could not convert string to float: ")?;
        write_str_repr(f, self.0)
    }
}

/// A byte that stands for no valid character anywhere (CPython writes `?` there too).
const INVALID: u8 = b'?';

/// One character as CPython's number parsers see it (see the module docs).
fn normalize(c: char) -> u8 {
    if c == '\0' {
        // CPython's C-string parsers stop at a NUL and then find text left over.
        return INVALID;
    }
    if u32::from(c) < 0x7f {
        return c as u8;
    }
    if unicode::is_space(c) {
        return b' ';
    }
    match unicode::decimal_value(c) {
        Some(digit) => b'0' + digit as u8,
        None => INVALID,
    }
}

/// Whitespace after normalizing: C's `isspace` in the "C" locale.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The value of an ASCII digit or letter as a digit, up to 35.
fn digit_value(byte: u8) -> Option<u32> {
    char::from(byte).to_digit(36)
}

/// A cursor over the normalized text.
struct Cursor<I: Iterator<Item = u8> + Clone> {
    rest: I,
}

impl<I: Iterator<Item = u8> + Clone> Cursor<I> {
    fn peek(&self) -> Option<u8> {
        self.rest.clone().next()
    }

    fn peek_second(&self) -> Option<u8> {
        self.rest.clone().nth(1)
    }

    fn bump(&mut self) -> Option<u8> {
        self.rest.next()
    }

    /// Consumes the next byte if `accept` likes it.
    fn eat(&mut self, accept: impl Fn(u8) -> bool) -> Option<u8> {
        let byte = self.peek().filter(|&byte| accept(byte))?;
        self.bump();
        Some(byte)
    }

    fn skip_spaces(&mut self) {
        while self.eat(is_space).is_some() {}
    }

    fn at_end(&self) -> bool {
        self.peek().is_none()
    }
}

/// `int(s, base)` for a `str` argument, within `i64`.
///
/// ```
/// use tracery_core::text::int_parse::{parse_int, IntParseError};
///
/// assert_eq!(parse_int(" -0x_1F ", 0), Ok(-31));
/// assert_eq!(parse_int("1_000", 10), Ok(1000));
/// assert_eq!(parse_int("010", 0), Err(IntParseError::Invalid));
/// ```
///
/// # Errors
/// [`IntParseError::BadBase`] for a base other than 0 and 2..=36, [`IntParseError::Invalid`]
/// for text that is no literal in the base, [`IntParseError::Overflow`] for a valid literal
/// outside `i64`.
pub fn parse_int(s: &str, base: u32) -> Result<i64, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(IntParseError::BadBase);
    }
    let mut text = Cursor {
        rest: s.chars().map(normalize),
    };
    text.skip_spaces();
    let negative = text.peek() == Some(b'-');
    if matches!(text.peek(), Some(b'+' | b'-')) {
        text.bump();
    }

    let first = text.peek();
    let marker = text.peek_second().map(|byte| byte.to_ascii_lowercase());
    // Base 0 without a prefix is decimal that must not start with a redundant zero.
    let mut must_be_zero = false;
    let base = match (base, first, marker) {
        (0, Some(b'0'), Some(b'x')) => 16,
        (0, Some(b'0'), Some(b'o')) => 8,
        (0, Some(b'0'), Some(b'b')) => 2,
        (0, Some(b'0'), _) => {
            must_be_zero = true;
            10
        }
        (0, _, _) => 10,
        (base, _, _) => base,
    };
    let prefix = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    if first == Some(b'0') && prefix.is_some() && marker == prefix {
        text.bump();
        text.bump();
        // One underscore may follow the prefix.
        text.eat(|byte| byte == b'_');
    }
    if text.peek() == Some(b'_') {
        return Err(Invalid);
    }

    let mut magnitude: u64 = 0;
    let mut overflow = false;
    let mut digit_count = 0usize;
    let mut previous = 0u8;
    while let Some(byte) = text.peek() {
        if byte == b'_' {
            if previous == b'_' {
                return Err(Invalid);
            }
        } else {
            match digit_value(byte).filter(|&digit| digit < base) {
                Some(digit) => {
                    digit_count += 1;
                    match magnitude
                        .checked_mul(u64::from(base))
                        .and_then(|value| value.checked_add(u64::from(digit)))
                    {
                        Some(value) => magnitude = value,
                        None => overflow = true,
                    }
                }
                None => break,
            }
        }
        previous = byte;
        text.bump();
    }
    if previous == b'_' || digit_count == 0 {
        return Err(Invalid);
    }
    text.skip_spaces();
    if !text.at_end() || (must_be_zero && (overflow || magnitude != 0)) {
        return Err(Invalid);
    }
    if overflow {
        return Err(IntParseError::Overflow);
    }
    let value = if negative {
        0i64.checked_sub_unsigned(magnitude)
    } else {
        i64::try_from(magnitude).ok()
    };
    value.ok_or(IntParseError::Overflow)
}

/// Significant digits kept when reading a float; see [`DecimalText`].
const FLOAT_DIGITS: usize = 800;

/// A decimal number being collected for Rust's parser: `[-]0.<digits>e<exponent>`.
///
/// Halfway points between adjacent `f64`s have at most 767 significant digits, so keeping
/// 800 and replacing everything dropped by one non-zero "sticky" digit rounds exactly as
/// the full text would.
struct DecimalText {
    digits: [u8; FLOAT_DIGITS + 1],
    len: usize,
    /// Whether a non-zero digit has been seen.
    started: bool,
    /// The value is `0.<digits> × 10^decpt` before the explicit exponent.
    decpt: i64,
}

impl DecimalText {
    fn digit(&mut self, digit: u8, in_fraction: bool) {
        if !self.started {
            if digit == b'0' {
                if in_fraction {
                    self.decpt = self.decpt.saturating_sub(1);
                }
                return;
            }
            self.started = true;
        }
        if !in_fraction {
            self.decpt = self.decpt.saturating_add(1);
        }
        if self.len < FLOAT_DIGITS {
            if let Some(slot) = self.digits.get_mut(self.len) {
                *slot = digit;
                self.len += 1;
            }
        } else if digit != b'0'
            && let Some(slot) = self.digits.get_mut(FLOAT_DIGITS)
        {
            // A sticky digit for everything dropped.
            *slot = b'1';
            self.len = FLOAT_DIGITS + 1;
        }
    }

    fn to_f64(&self, negative: bool, exponent: i64) -> Option<f64> {
        if !self.started {
            return Some(if negative { -0.0 } else { 0.0 });
        }
        // Exponents this large are far past overflow or underflow; clamp for the text.
        let exponent = self.decpt.saturating_add(exponent).clamp(-100_000, 100_000);
        let digits = core::str::from_utf8(self.digits.get(..self.len)?).ok()?;
        let mut text = StackBuf::<{ FLOAT_DIGITS + 24 }>::new();
        let sign = if negative { "-" } else { "" };
        write!(text, "{sign}0.{digits}e{exponent}").ok()?;
        text.as_str().parse().ok()
    }
}

/// `float(s)` for a `str` argument; `None` when CPython raises `ValueError`
/// (see [`InvalidFloatLiteral`] for the message).
///
/// ```
/// use tracery_core::text::int_parse::parse_float;
///
/// assert_eq!(parse_float(" 1_000.5e-1 "), Some(100.05));
/// assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
/// assert_eq!(parse_float("1e"), None);
/// ```
pub fn parse_float(s: &str) -> Option<f64> {
    if !underscores_are_between_digits(s) {
        return None;
    }
    let mut text = Cursor {
        rest: s.chars().map(normalize).filter(|&byte| byte != b'_'),
    };
    text.skip_spaces();
    let negative = text.peek() == Some(b'-');
    if matches!(text.peek(), Some(b'+' | b'-')) {
        text.bump();
    }
    let value = match text.peek() {
        Some(b'0'..=b'9' | b'.') => parse_decimal(&mut text, negative)?,
        _ => parse_special(&mut text, negative)?,
    };
    text.skip_spaces();
    text.at_end().then_some(value)
}

/// CPython's underscore rule for `float()`: every `_` sits between two ASCII digits (after
/// normalizing, so Unicode digits count).
fn underscores_are_between_digits(s: &str) -> bool {
    let mut previous = 0u8;
    for byte in s.chars().map(normalize) {
        let ok = if byte == b'_' {
            previous.is_ascii_digit()
        } else {
            previous != b'_' || byte.is_ascii_digit()
        };
        if !ok {
            return false;
        }
        previous = byte;
    }
    previous != b'_'
}

/// Digits, an optional point and fraction, an optional exponent; at least one digit.
fn parse_decimal<I>(text: &mut Cursor<I>, negative: bool) -> Option<f64>
where
    I: Iterator<Item = u8> + Clone,
{
    let mut decimal = DecimalText {
        digits: [b'0'; FLOAT_DIGITS + 1],
        len: 0,
        started: false,
        decpt: 0,
    };
    let mut any_digit = false;
    let mut in_fraction = false;
    loop {
        match text.peek() {
            Some(digit @ b'0'..=b'9') => {
                any_digit = true;
                decimal.digit(digit, in_fraction);
            }
            Some(b'.') if !in_fraction => in_fraction = true,
            _ => break,
        }
        text.bump();
    }
    if !any_digit {
        return None;
    }
    let mut exponent: i64 = 0;
    if text.eat(|byte| byte == b'e' || byte == b'E').is_some() {
        let exponent_negative = text.peek() == Some(b'-');
        if matches!(text.peek(), Some(b'+' | b'-')) {
            text.bump();
        }
        let mut exponent_digits = 0usize;
        while let Some(digit) = text.eat(|byte| byte.is_ascii_digit()) {
            exponent_digits += 1;
            exponent = exponent
                .saturating_mul(10)
                .saturating_add(i64::from(digit - b'0'));
        }
        if exponent_digits == 0 {
            return None;
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    decimal.to_f64(negative, exponent)
}

/// `inf`, `infinity` or `nan`, in any case.
fn parse_special<I>(text: &mut Cursor<I>, negative: bool) -> Option<f64>
where
    I: Iterator<Item = u8> + Clone,
{
    let mut word = StackBuf::<8>::new();
    while let Some(byte) = text.eat(|byte| byte.is_ascii_alphabetic()) {
        word.write_char(char::from(byte.to_ascii_lowercase()))
            .ok()?;
    }
    let magnitude = match word.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests;
