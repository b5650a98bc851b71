//! Float formatting with a precision (`'f'`, `'e'`, `'g'`, repr) and `round`, as CPython.
//!
//! [`FloatFormat`] is CPython's `PyOS_double_to_string`: a style, a precision and a few
//! flags turn a float into text such as `3.142`, `1.23e+08`, `1e-05`, `1.` or `inf`.
//! Every other float writer in [`crate::text`] (`repr`, `format()`, `%`) is built on it.
//!
//! The layout follows CPython's `format_float_short`: take the rounded digits and the
//! decimal point position, decide whether to use an exponent, then show a window of the
//! infinite string `...000<digits>000...` around the decimal point:
//!
//! ```text
//!   digits "1234", decpt 2 (value 12.34), style 'f', precision 4
//!
//!   virtual digits: ... 0 0 [1 2 . 3 4 0 0] 0 0 ...
//!                            ^start   ^end       start = 0, end = decpt + precision
//!   output: "12.3400"
//! ```
//!
//! `round(x, n)` rounds through decimal digits exactly as CPython's `double_round` does
//! (`round(2.675, 2) == 2.67`, since 2.675 is really 2.67499999...).

use core::fmt::{self, Write};

use super::digits::{self, Digits, Rounding};
use super::{
    ExceptionKind, INT_OVERFLOW_MESSAGE, StackBuf, clamp_usize, write_ascii_upper, write_repeat,
};

/// The presentation styles of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `'f'`: `precision` digits after the decimal point.
    Fixed,
    /// `'e'`: one digit, the point, `precision` digits, and an exponent of at least two digits.
    Exponent,
    /// `'g'`: `precision` significant digits (0 means 1), fixed for decimal exponents from
    /// -4 up to the precision, exponent form otherwise; trailing zeros removed unless
    /// `alternate`.
    General,
    /// `'r'`: the shortest round-trip digits (`repr`), exponent form below `1e-4` and from
    /// `1e16`; `precision` is ignored.
    Repr,
}

/// A complete float presentation: CPython's format code, precision and `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatFormat {
    /// The presentation style.
    pub style: FloatStyle,
    /// Digits after the point (`Fixed`, `Exponent`) or significant digits (`General`).
    pub precision: usize,
    /// Upper-case `E`, `INF`, `NAN` (the `'E'`, `'F'`, `'G'` codes).
    pub upper: bool,
    /// The `#` alternate form: keep the decimal point always, and keep trailing zeros in
    /// `General` style (`Py_DTSF_ALT`).
    pub alternate: bool,
    /// Add `.0` to a result that would otherwise look like an integer, and switch `General`
    /// to exponent form one digit earlier (`Py_DTSF_ADD_DOT_0`, used by `repr` and by a
    /// format spec without a type).
    pub add_dot_0: bool,
    /// Drop the minus sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`, the `z`
    /// option of format specs).
    pub no_neg_zero: bool,
}

impl FloatFormat {
    /// `style` with `precision` and no flags.
    pub const fn new(style: FloatStyle, precision: usize) -> FloatFormat {
        FloatFormat {
            style,
            precision,
            upper: false,
            alternate: false,
            add_dot_0: false,
            no_neg_zero: false,
        }
    }

    /// The presentation of `repr(float)` and `str(float)`.
    pub const fn repr() -> FloatFormat {
        FloatFormat {
            add_dot_0: true,
            ..FloatFormat::new(FloatStyle::Repr, 0)
        }
    }

    /// Writes `x` in this presentation, with a leading `-` when negative.
    ///
    /// # Errors
    /// Only when `out` fails.
    pub fn write(&self, out: &mut impl fmt::Write, x: f64) -> fmt::Result {
        FloatText::new(x, self)?.write(out)
    }
}

/// `format(x, '.{precision}f')`.
///
/// # Errors
/// Only when `out` fails.
pub fn write_fixed(out: &mut impl fmt::Write, x: f64, precision: usize) -> fmt::Result {
    FloatFormat::new(FloatStyle::Fixed, precision).write(out, x)
}

/// `format(x, '.{precision}e')`, or `'E'` when `upper`.
///
/// # Errors
/// Only when `out` fails.
pub fn write_exponent(
    out: &mut impl fmt::Write,
    x: f64,
    precision: usize,
    upper: bool,
) -> fmt::Result {
    FloatFormat {
        upper,
        ..FloatFormat::new(FloatStyle::Exponent, precision)
    }
    .write(out, x)
}

/// `format(x, 'g')` with an optional precision (default 6), `#` when `alternate`, `'G'`
/// when `upper`.
///
/// # Errors
/// Only when `out` fails.
pub fn write_general(
    out: &mut impl fmt::Write,
    x: f64,
    precision: Option<usize>,
    alternate: bool,
    upper: bool,
) -> fmt::Result {
    FloatFormat {
        upper,
        alternate,
        ..FloatFormat::new(FloatStyle::General, precision.unwrap_or(6))
    }
    .write(out, x)
}

/// A float laid out by CPython's rules, ready to be measured and written in pieces.
///
/// Format specs need the length before writing (for padding) and the integer digits apart
/// from the rest (for `,` grouping), so the text is kept as a description, not as bytes:
/// a sign, integer digits, then a "remainder" (point, fraction, exponent, or `inf`/`nan`).
pub(crate) struct FloatText {
    negative: bool,
    upper: bool,
    /// The rounded digits (just `0` for `inf` and `nan`).
    digits: Digits,
    shape: Shape,
}

/// The three kinds of float text.
enum Shape {
    Infinity,
    Nan,
    Finite(Window),
}

/// Which virtual digits a finite float shows (see the module docs).
struct Window {
    /// Position of the decimal point in the virtual digit string (after exponent shift).
    decpt: i64,
    /// First virtual digit shown (`<= 0`).
    start: i64,
    /// One past the last virtual digit shown (`>= decpt`).
    end: i64,
    /// Whether the decimal point is written.
    point: bool,
    /// The exponent, when in exponent form.
    exponent: Option<i64>,
}

impl FloatText {
    /// Lays out `x` as `format` says (CPython's `format_float_short`).
    pub(crate) fn new(x: f64, format: &FloatFormat) -> Result<FloatText, fmt::Error> {
        let upper = format.upper;
        if x.is_nan() {
            // CPython ignores the sign of a NaN.
            return Ok(FloatText {
                negative: false,
                upper,
                digits: Digits::zero(),
                shape: Shape::Nan,
            });
        }
        if x.is_infinite() {
            return Ok(FloatText {
                negative: x < 0.0,
                upper,
                digits: Digits::zero(),
                shape: Shape::Infinity,
            });
        }
        let precision = i64::try_from(format.precision).unwrap_or(i64::MAX / 4);
        let precision = precision.min(i64::MAX / 4);
        let significant = precision.max(1);
        let rounding = match format.style {
            FloatStyle::Fixed => Rounding::Fraction(clamp_usize(precision)),
            FloatStyle::Exponent => Rounding::Significant(clamp_usize(precision + 1)),
            FloatStyle::General => Rounding::Significant(clamp_usize(significant)),
            FloatStyle::Repr => Rounding::Shortest,
        };
        let digits = Digits::new(x, rounding)?;
        let negative = x.is_sign_negative() && !(format.no_neg_zero && digits.is_zero());

        let len = i64::try_from(digits.len()).map_err(|_| fmt::Error)?;
        let mut decpt = digits.decpt();
        let (use_exponent, mut end) = match format.style {
            FloatStyle::Exponent => (true, precision + 1),
            FloatStyle::Fixed => (false, decpt + precision),
            FloatStyle::General => {
                let limit = if format.add_dot_0 {
                    significant - 1
                } else {
                    significant
                };
                let end = if format.alternate { significant } else { len };
                (decpt <= -4 || decpt > limit, end)
            }
            FloatStyle::Repr => (decpt <= -4 || decpt > 16, len),
        };
        let exponent = use_exponent.then(|| {
            let exponent = decpt - 1;
            decpt = 1;
            exponent
        });
        let start = if decpt <= 0 { decpt - 1 } else { 0 };
        // Show at least one digit after the point when adding ".0", else at least up to it.
        let least = if exponent.is_none() && format.add_dot_0 {
            decpt + 1
        } else {
            decpt
        };
        end = end.max(least).max(len);
        let point = end > decpt || format.alternate;
        Ok(FloatText {
            negative,
            upper,
            digits,
            shape: Shape::Finite(Window {
                decpt,
                start,
                end,
                point,
                exponent,
            }),
        })
    }

    /// Whether a minus sign goes in front.
    pub(crate) fn negative(&self) -> bool {
        self.negative
    }

    /// The number of digits before the decimal point (0 for `inf` and `nan`).
    pub(crate) fn int_len(&self) -> usize {
        match &self.shape {
            Shape::Finite(window) => clamp_usize(window.decpt - window.start),
            Shape::Infinity | Shape::Nan => 0,
        }
    }

    /// Writes the integer digits `from..to` (indices into the `int_len` digits).
    pub(crate) fn write_int_digits(
        &self,
        out: &mut impl fmt::Write,
        from: usize,
        to: usize,
    ) -> fmt::Result {
        let Shape::Finite(window) = &self.shape else {
            return Ok(());
        };
        let from = i64::try_from(from).map_err(|_| fmt::Error)?;
        let to = i64::try_from(to).map_err(|_| fmt::Error)?;
        let end = (window.start + to).min(window.decpt);
        self.write_virtual(out, window.start + from, end)
    }

    /// The number of characters after the integer digits.
    pub(crate) fn remainder_len(&self) -> usize {
        match &self.shape {
            Shape::Infinity | Shape::Nan => 3,
            Shape::Finite(window) => {
                // "e", the sign, and at least two digits.
                let exponent_len = window
                    .exponent
                    .map_or(0, |e| 2 + decimal_len(e.unsigned_abs()).max(2));
                usize::from(window.point)
                    .saturating_add(clamp_usize(window.end - window.decpt))
                    .saturating_add(exponent_len)
            }
        }
    }

    /// Writes everything after the integer digits: point, fraction, exponent; or `inf`/`nan`.
    pub(crate) fn write_remainder(&self, out: &mut impl fmt::Write) -> fmt::Result {
        let word = match &self.shape {
            Shape::Infinity => "inf",
            Shape::Nan => "nan",
            Shape::Finite(window) => {
                if window.point {
                    out.write_char('.')?;
                }
                self.write_virtual(out, window.decpt, window.end)?;
                if let Some(exponent) = window.exponent {
                    let letter = if self.upper { 'E' } else { 'e' };
                    let sign = if exponent < 0 { '-' } else { '+' };
                    write!(out, "{letter}{sign}{:02}", exponent.unsigned_abs())?;
                }
                return Ok(());
            }
        };
        if self.upper {
            write_ascii_upper(out, word)
        } else {
            out.write_str(word)
        }
    }

    /// The length of the text without its sign.
    pub(crate) fn body_len(&self) -> usize {
        self.int_len().saturating_add(self.remainder_len())
    }

    /// Writes the text without its sign.
    pub(crate) fn write_body(&self, out: &mut impl fmt::Write) -> fmt::Result {
        self.write_int_digits(out, 0, self.int_len())?;
        self.write_remainder(out)
    }

    /// Writes the whole text, with a leading `-` when negative.
    pub(crate) fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        if self.negative {
            out.write_char('-')?;
        }
        self.write_body(out)
    }
}

/// The number of decimal digits of `n`.
fn decimal_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |log| log as usize + 1)
}

impl FloatText {
    /// Writes virtual digits `lo..hi`: zeros left of the digit string, the digits, zeros
    /// right of it.
    fn write_virtual(&self, out: &mut impl fmt::Write, lo: i64, hi: i64) -> fmt::Result {
        if lo >= hi {
            return Ok(());
        }
        let text = self.digits.as_str();
        let len = i64::try_from(text.len()).map_err(|_| fmt::Error)?;
        let leading_end = hi.min(0);
        if lo < leading_end {
            write_repeat(out, '0', clamp_usize(leading_end - lo))?;
        }
        let (from, to) = (lo.max(0), hi.min(len));
        if from < to {
            let slice = text
                .get(clamp_usize(from)..clamp_usize(to))
                .ok_or(fmt::Error)?;
            out.write_str(slice)?;
        }
        let trailing_start = lo.max(len);
        if trailing_start < hi {
            write_repeat(out, '0', clamp_usize(hi - trailing_start))?;
        }
        Ok(())
    }
}

/// Why `round` could not produce a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundError {
    /// `round(nan)`: `ValueError: cannot convert float NaN to integer`.
    NotANumber,
    /// `round(inf)`: `OverflowError: cannot convert float infinity to integer`.
    Infinite,
    /// `round(1.7976931348623157e308, -308)`: the rounded decimal overflows a float,
    /// `OverflowError: rounded value too large to represent`.
    TooLarge,
    /// The integer result lies outside `i64`. CPython would return a big int; Tracery
    /// raises `OverflowError` for ints beyond 64 bits.
    OutOfRange,
}

impl RoundError {
    /// The exception class CPython (or Tracery, for `OutOfRange`) raises.
    pub fn exception(self) -> ExceptionKind {
        match self {
            RoundError::NotANumber => ExceptionKind::ValueError,
            RoundError::Infinite | RoundError::TooLarge | RoundError::OutOfRange => {
                ExceptionKind::OverflowError
            }
        }
    }
}

impl fmt::Display for RoundError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RoundError::NotANumber => "cannot convert float NaN to integer",
            RoundError::Infinite => "cannot convert float infinity to integer",
            RoundError::TooLarge => "rounded value too large to represent",
            RoundError::OutOfRange => INT_OVERFLOW_MESSAGE,
        })
    }
}

impl core::error::Error for RoundError {}

/// `round(x, ndigits)` for a float `x`: the float nearest to `x` rounded to `ndigits` decimal
/// places (negative `ndigits` rounds to tens, hundreds, ...), ties to even, computed through
/// the exact decimal value as CPython's `double_round` does.
///
/// `round(2.675, 2) == 2.67`, `round(0.5, 0) == 0.0`, `round(-0.5, 0) == -0.0`,
/// `round(25.0, -1) == 20.0`. NaN and infinities round to themselves. `ndigits` beyond what
/// can matter behaves as CPython's clamping: above 323 returns `x`, below -308 returns a zero
/// with the sign of `x`.
///
/// # Errors
/// [`RoundError::TooLarge`] when the rounded value overflows a float.
pub fn round_half_even(x: f64, ndigits: i64) -> Result<f64, RoundError> {
    /// Past this many places every float is already exact (CPython's `NDIGITS_MAX`).
    const NDIGITS_MAX: i64 = 323;
    /// Before this many places every float rounds to zero (CPython's `NDIGITS_MIN`).
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if let Ok(places) = usize::try_from(ndigits) {
        Digits::new(x, Rounding::Fraction(places))
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs())
    }
    .map_err(|_| RoundError::TooLarge)?;

    // Read "-<digits>e<exp>" back as the nearest float, as CPython does with _Py_dg_strtod.
    let mut text = StackBuf::<{ digits::CAPACITY + 32 }>::new();
    let len = i64::try_from(rounded.len()).map_err(|_| RoundError::TooLarge)?;
    let sign = if x.is_sign_negative() { "-" } else { "" };
    write!(
        text,
        "{sign}{}e{}",
        rounded.as_str(),
        rounded.decpt().saturating_sub(len)
    )
    .map_err(|_| RoundError::TooLarge)?;
    let value: f64 = text.as_str().parse().map_err(|_| RoundError::TooLarge)?;
    if value.is_infinite() {
        return Err(RoundError::TooLarge);
    }
    Ok(value)
}

/// Rounds `|x|` to a multiple of `10^places` (`places >= 1`), ties to even.
fn round_to_power_of_ten(x: f64, places: u64) -> Result<Digits, fmt::Error> {
    let places = i64::try_from(places).map_err(|_| fmt::Error)?;
    // The exact expansion tells where the value's leading digit is, with no rounding.
    let exact = Digits::new(x, Rounding::Significant(digits::CAPACITY))?;
    let keep = exact.decpt() - places;
    if keep >= 1 {
        return Digits::new(x, Rounding::Significant(clamp_usize(keep)));
    }
    // |x| < 10^places: the result is 0 or 10^places. Above half way rounds up; exactly half
    // way ("5" alone, as trailing zeros are never kept) rounds to the even neighbour, 0.
    let rounds_up = keep == 0 && exact.as_str() > "5";
    Ok(if rounds_up {
        Digits::power_of_ten(places)
    } else {
        Digits::zero()
    })
}

/// `round(x)` as a float: the nearest integer, ties to even, keeping the sign of `x`
/// (`-0.4` gives `-0.0`). NaN and infinities are returned unchanged.
pub fn round_to_integral(x: f64) -> f64 {
    /// 2^52: from here on every float is an integer, and below it adding then subtracting
    /// it rounds the fraction away in the current (nearest, ties-to-even) mode.
    const TWO_POW_52: f64 = 4_503_599_627_370_496.0;
    let magnitude = x.abs();
    if magnitude.is_nan() || magnitude >= TWO_POW_52 {
        return x;
    }
    let rounded = (magnitude + TWO_POW_52) - TWO_POW_52;
    f64::from_bits(rounded.to_bits() | (x.to_bits() & (1 << 63)))
}

/// `round(x)` with no `ndigits`: the nearest integer, ties to even (`round(0.5) == 0`,
/// `round(1.5) == 2`, `round(-2.5) == -2`).
///
/// # Errors
/// [`RoundError::NotANumber`], [`RoundError::Infinite`], or [`RoundError::OutOfRange`] when
/// the result does not fit in an `i64`.
pub fn round_to_int(x: f64) -> Result<i64, RoundError> {
    /// 2^63, the first float beyond `i64::MAX`.
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    if x.is_nan() {
        return Err(RoundError::NotANumber);
    }
    if x.is_infinite() {
        return Err(RoundError::Infinite);
    }
    let rounded = round_to_integral(x);
    if (-TWO_POW_63..TWO_POW_63).contains(&rounded) {
        // In range and integral, so the conversion is exact.
        Ok(rounded as i64)
    } else {
        Err(RoundError::OutOfRange)
    }
}

#[cfg(test)]
mod tests;
