//! Decimal digits of a finite `f64` in the shape David Gay's `dtoa` hands them to CPython.
//!
//! CPython formats every float from a digit string `d1 d2 ... dn` (no leading or trailing
//! zeros) and a decimal-point position `decpt`, meaning `0.d1d2...dn × 10^decpt`. Rust's
//! formatter computes the same digits (shortest round-trip for `{:e}`, correctly rounded with
//! ties to even for `{:.*e}` and `{:.*}`), so [`Digits::new`] lets `core::fmt` write into a
//! sink that keeps only the significant digits and works out `decpt` as they stream past.
//! Nothing is allocated and no intermediate text buffer is needed.

use core::fmt::{self, Write};

use super::StackBuf;

/// Room for every significant digit we can be asked to keep.
///
/// The exact decimal expansion of a finite `f64` has at most 767 significant digits
/// (`(2^53 - 1) × 2^-1074`, the largest float of the smallest normal binade, is the worst). Rounding only ever
/// shortens that, and zeros after the last non-zero digit are never stored, so 800 bytes
/// always suffice; the sink reports an error rather than overflow if that reasoning failed.
pub(crate) const CAPACITY: usize = 800;

/// The largest `{:.*e}` precision we ask Rust for. Beyond 767 significant digits every digit
/// of the exact expansion is already present, so a larger request only adds zeros, which
/// the digit string drops anyway.
const MAX_EXP_PRECISION: usize = 780;

/// The largest `{:.*}` precision we ask Rust for. An `f64` has at most 1074 binary fraction
/// digits, hence at most 1074 decimal fraction digits; anything beyond is zeros.
const MAX_FIXED_PRECISION: usize = 1080;

/// How to round, as `dtoa`'s modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rounding {
    /// The shortest digits that read back as the same `f64` (`dtoa` mode 0, `repr`).
    Shortest,
    /// Round to this many significant digits, at least one (`dtoa` mode 2: `'e'`, `'g'`).
    Significant(usize),
    /// Round to this many digits after the decimal point (`dtoa` mode 3: `'f'`, `round`).
    Fraction(usize),
}

/// The significant decimal digits of a finite, non-negative `f64` and where the point goes.
pub(crate) struct Digits {
    /// ASCII digits; the first `len` are meaningful. No leading or trailing zeros, except
    /// that zero (or a value that rounds to zero) is the single digit `0`.
    buf: [u8; CAPACITY],
    /// Number of meaningful digits, `1..=CAPACITY`.
    len: usize,
    /// The value is `0.<digits> × 10^decpt`.
    decpt: i64,
}

impl Digits {
    /// The digits of `|x|` rounded as `rounding` says.
    ///
    /// # Errors
    /// Only if `x` is not finite or the digit capacity proof above were wrong.
    pub(crate) fn new(x: f64, rounding: Rounding) -> Result<Digits, fmt::Error> {
        if !x.is_finite() {
            return Err(fmt::Error);
        }
        let x = x.abs();
        let mut sink = DigitSink {
            digits: Digits {
                buf: [b'0'; CAPACITY],
                len: 0,
                decpt: 0,
            },
            part: Part::Integer,
            started: false,
            pending_zeros: 0,
            exponent: 0,
            exponent_negative: false,
        };
        match rounding {
            Rounding::Shortest => {
                write!(sink, "{x:e}")?;
                return sink.finish().break_tie_to_even(x);
            }
            Rounding::Significant(n) => {
                let precision = n.saturating_sub(1).min(MAX_EXP_PRECISION);
                write!(sink, "{x:.precision$e}")?;
            }
            Rounding::Fraction(n) => {
                let precision = n.min(MAX_FIXED_PRECISION);
                write!(sink, "{x:.precision$}")?;
            }
        }
        Ok(sink.finish())
    }

    /// The digits of zero: `0`, point after it.
    pub(crate) fn zero() -> Digits {
        Digits {
            buf: [b'0'; CAPACITY],
            len: 1,
            decpt: 1,
        }
    }

    /// The digits of `10^exponent`: `1`, point `exponent + 1` places right of its left.
    pub(crate) fn power_of_ten(exponent: i64) -> Digits {
        let mut digits = Digits::zero();
        digits.buf[0] = b'1';
        digits.decpt = exponent.saturating_add(1);
        digits
    }

    /// Makes shortest digits agree with `dtoa` when two shortest candidates are equally near.
    ///
    /// Sometimes `x` lies exactly half way between two `n`-digit decimals that both read back
    /// as `x` (`919504979228332.25` sits between `...332.2` and `...332.3`). `dtoa` then
    /// picks the one with the even last digit; Rust's shortest algorithm rounds up. An exact
    /// tie needs the exact decimal value of `x` to end, with a 5, one place after the last
    /// shortest digit. Writing `x = m × 2^k` with `m` odd, the exact value has its last digit
    /// (always a 5) at `10^k` when `k < 0`, and for `k >= 0` no tie can round-trip (the gap
    /// `10^k / 2` is at least half an ulp). So the test is one comparison; only in the rare
    /// tie do we recompute, with one more digit, to find both neighbours.
    fn break_tie_to_even(self, x: f64) -> Result<Digits, fmt::Error> {
        let (_, k) = odd_mantissa_and_exponent(x);
        let len = i64::try_from(self.len).map_err(|_| fmt::Error)?;
        // The place value of the digit after the last shortest digit is 10^(decpt - len - 1).
        if x == 0.0 || k >= 0 || self.decpt - len - 1 != k {
            return Ok(self);
        }
        // The exact value: the shortest digits' neighbourhood with the final 5.
        let mut exact = Digits::new(x, Rounding::Significant(self.len + 1))?;
        if exact.len != self.len + 1 || exact.buf.get(self.len) != Some(&b'5') {
            // Not the expected shape (cannot happen for a tie); keep Rust's digits.
            return Ok(self);
        }
        exact.len = self.len;
        let last = exact.buf.get(self.len - 1).copied().ok_or(fmt::Error)?;
        if (last - b'0') % 2 == 1 {
            exact.increment_last()?;
        }
        exact.trim_trailing_zeros();
        // Just above a power of two the gap below is half the gap above, so the lower
        // neighbour may not read back as `x` (2^-24 = 5.9604644775390625e-08 must print as
        // ...063, not ...062): then it was no tie and Rust's choice stands.
        if exact.reads_back_as(x.abs()) {
            Ok(exact)
        } else {
            Ok(self)
        }
    }

    /// Whether these digits, read as a decimal, give back exactly `x`.
    fn reads_back_as(&self, x: f64) -> bool {
        let mut text = StackBuf::<{ CAPACITY + 24 }>::new();
        let exponent = i64::try_from(self.len).map_or(i64::MIN, |len| self.decpt - len);
        if write!(text, "{}e{exponent}", self.as_str()).is_err() {
            return false;
        }
        text.as_str()
            .parse::<f64>()
            .is_ok_and(|y| y.to_bits() == x.to_bits())
    }

    /// Adds one unit in the last place, carrying (`199` becomes `2` with the point kept).
    fn increment_last(&mut self) -> fmt::Result {
        let digits = self.buf.get_mut(..self.len).ok_or(fmt::Error)?;
        for digit in digits.iter_mut().rev() {
            if *digit == b'9' {
                *digit = b'0';
            } else {
                *digit += 1;
                return Ok(());
            }
        }
        // All nines: the value became a power of ten.
        *self = Digits::power_of_ten(self.decpt);
        Ok(())
    }

    /// Drops zeros after the last non-zero digit (keeping at least one digit).
    fn trim_trailing_zeros(&mut self) {
        while self.len > 1 && self.buf.get(self.len - 1) == Some(&b'0') {
            self.len -= 1;
        }
    }

    /// The digits as ASCII text.
    pub(crate) fn as_str(&self) -> &str {
        let bytes = self.buf.get(..self.len).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }

    /// The number of digits.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The decimal point position: the value is `0.<digits> × 10^decpt`.
    pub(crate) fn decpt(&self) -> i64 {
        self.decpt
    }

    /// Whether the digits are the single `0` of a zero (or rounded-to-zero) value.
    pub(crate) fn is_zero(&self) -> bool {
        self.as_str() == "0"
    }
}

/// `(m, k)` with `|x| = m × 2^k` and `m` odd, for finite non-zero `x` (`(0, 0)` for zero).
fn odd_mantissa_and_exponent(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    if mantissa == 0 {
        return (0, 0);
    }
    let shift = mantissa.trailing_zeros();
    (mantissa >> shift, exponent + i64::from(shift))
}

/// Where in Rust's output the sink currently is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Integer,
    Fraction,
    Exponent,
}

/// Receives Rust's `{:e}`, `{:.*e}` or `{:.*}` text for a non-negative float.
struct DigitSink {
    digits: Digits,
    part: Part,
    /// Whether a non-zero digit has been seen.
    started: bool,
    /// Zeros seen since the last stored digit; stored only if a non-zero digit follows.
    pending_zeros: usize,
    exponent: i64,
    exponent_negative: bool,
}

impl DigitSink {
    fn push(&mut self, digit: u8) -> fmt::Result {
        let slot = self.digits.buf.get_mut(self.digits.len).ok_or(fmt::Error)?;
        *slot = digit;
        self.digits.len += 1;
        Ok(())
    }

    fn mantissa_digit(&mut self, digit: u8) -> fmt::Result {
        if !self.started {
            if digit == b'0' {
                // A leading zero: before the point it says nothing, after it it moves the
                // point one place right of the first significant digit.
                if self.part == Part::Fraction {
                    self.digits.decpt -= 1;
                }
                return Ok(());
            }
            self.started = true;
        }
        if self.part == Part::Integer {
            self.digits.decpt += 1;
        }
        if digit == b'0' {
            self.pending_zeros += 1;
            return Ok(());
        }
        for _ in 0..self.pending_zeros {
            self.push(b'0')?;
        }
        self.pending_zeros = 0;
        self.push(digit)
    }

    fn finish(mut self) -> Digits {
        if !self.started {
            return Digits::zero();
        }
        let exponent = if self.exponent_negative {
            -self.exponent
        } else {
            self.exponent
        };
        self.digits.decpt += exponent;
        self.digits
    }
}

impl Write for DigitSink {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for byte in text.bytes() {
            match (self.part, byte) {
                (Part::Integer | Part::Fraction, b'0'..=b'9') => self.mantissa_digit(byte)?,
                (Part::Integer, b'.') => self.part = Part::Fraction,
                (Part::Integer | Part::Fraction, b'e' | b'E') => self.part = Part::Exponent,
                (Part::Exponent, b'-') => self.exponent_negative = true,
                (Part::Exponent, b'0'..=b'9') => {
                    // Rust's exponents have at most three digits; saturate regardless.
                    self.exponent = self
                        .exponent
                        .saturating_mul(10)
                        .saturating_add(i64::from(byte - b'0'));
                }
                _ => return Err(fmt::Error),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(x: f64, rounding: Rounding, digits: &str, decpt: i64) {
        let got = Digits::new(x, rounding).unwrap();
        assert_eq!(
            (got.as_str(), got.decpt()),
            (digits, decpt),
            "{x:e} {rounding:?}"
        );
        assert_eq!(got.len(), digits.len());
    }

    #[test]
    fn shortest_digits() {
        check(0.1, Rounding::Shortest, "1", 0);
        check(1.0, Rounding::Shortest, "1", 1);
        check(123.456, Rounding::Shortest, "123456", 3);
        check(1e16, Rounding::Shortest, "1", 17);
        check(5e-324, Rounding::Shortest, "5", -323);
        check(-2.5, Rounding::Shortest, "25", 1);
        check(0.0, Rounding::Shortest, "0", 1);
        check(-0.0, Rounding::Shortest, "0", 1);
        check(f64::MAX, Rounding::Shortest, "17976931348623157", 309);
        check(100.0, Rounding::Shortest, "1", 3);
        // Exact ties between two shortest candidates go to the even digit, as in dtoa...
        check(
            919_504_979_228_332.0 + 0.25,
            Rounding::Shortest,
            "9195049792283322",
            15,
        );
        // ...unless the lower one does not read back (2^-24 sits at a binade boundary).
        check(2f64.powi(-24), Rounding::Shortest, "5960464477539063", -7);
    }

    #[test]
    fn significant_digits() {
        check(2.675, Rounding::Significant(3), "267", 1);
        check(9.96, Rounding::Significant(2), "1", 2);
        check(2.5, Rounding::Significant(1), "2", 1);
        check(3.5, Rounding::Significant(1), "4", 1);
        check(0.0, Rounding::Significant(6), "0", 1);
        check(1234.0, Rounding::Significant(10), "1234", 4);
        // Every digit of 0.1's exact expansion: 55 significant digits.
        check(
            0.1,
            Rounding::Significant(2000),
            "1000000000000000055511151231257827021181583404541015625",
            0,
        );
    }

    #[test]
    fn fraction_digits() {
        check(0.125, Rounding::Fraction(2), "12", 0);
        check(0.375, Rounding::Fraction(2), "38", 0);
        check(0.0015, Rounding::Fraction(3), "2", -2);
        check(0.0004, Rounding::Fraction(3), "0", 1);
        check(0.5, Rounding::Fraction(0), "0", 1);
        check(1.5, Rounding::Fraction(0), "2", 1);
        check(1200.5, Rounding::Fraction(0), "12", 4);
        check(99.99, Rounding::Fraction(1), "1", 3);
        check(
            5e-324,
            Rounding::Fraction(5000),
            Digits::new(5e-324, Rounding::Significant(800))
                .unwrap()
                .as_str(),
            -323,
        );
    }

    #[test]
    fn the_worst_case_fits() {
        let x = f64::from_bits(0x000f_ffff_ffff_ffff);
        let got = Digits::new(x, Rounding::Significant(10_000)).unwrap();
        assert_eq!(got.len(), 767);
        let got = Digits::new(
            f64::from_bits(0x001f_ffff_ffff_ffff),
            Rounding::Fraction(10_000),
        )
        .unwrap();
        assert_eq!(got.len(), 767);
        let got = Digits::new(f64::MAX, Rounding::Fraction(100_000)).unwrap();
        assert_eq!(got.decpt(), 309);
    }

    #[test]
    fn non_finite_is_an_error() {
        assert!(Digits::new(f64::NAN, Rounding::Shortest).is_err());
        assert!(Digits::new(f64::INFINITY, Rounding::Fraction(2)).is_err());
    }
}
