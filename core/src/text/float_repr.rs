//! `repr(float)` and `str(float)`, character for character as CPython 3.11.
//!
//! The digits are the shortest ones that read back as the same float (Rust's `{:e}`
//! computes exactly those). They are laid out in fixed notation when the decimal exponent
//! is from -4 to 15 (`0.0001`, `123456789012345.6`), always with a `.0` or a fraction, and
//! in exponent notation otherwise (`1e-05`, `1e+16`, `1.2345678901234567e+19`), with at
//! least two exponent digits. Specials are `inf`, `-inf` and `nan`; zero keeps its sign.

use core::fmt;

use super::float_format::FloatFormat;

/// Writes `repr(x)` (which is also `str(x)`).
///
/// # Errors
/// Only when `out` fails.
pub fn write_float_repr(out: &mut impl fmt::Write, x: f64) -> fmt::Result {
    FloatFormat::repr().write(out, x)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[track_caller]
    fn repr(x: f64) -> String {
        let mut out = String::new();
        write_float_repr(&mut out, x).unwrap();
        out
    }

    /// `(value, repr)` pairs; each repr was printed by CPython 3.11's `repr`.
    pub(crate) const CASES: &[(f64, &str)] = &[
        (0.1, "0.1"),
        (1.0, "1.0"),
        (-1.0, "-1.0"),
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e-05, "1e-05"),
        (0.0001, "0.0001"),
        (0.00012345, "0.00012345"),
        (123456789012345.6, "123456789012345.6"),
        (1.2345678901234567e+19, "1.2345678901234567e+19"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (5e-324, "5e-324"),
        (-5e-324, "-5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (f64::MAX, "1.7976931348623157e+308"),
        (f64::MIN, "-1.7976931348623157e+308"),
        (f64::EPSILON, "2.220446049250313e-16"),
        (0.30000000000000004, "0.30000000000000004"),
        (1.5, "1.5"),
        (100.0, "100.0"),
        (1e22, "1e+22"),
        (1e23, "1e+23"),
        (2e16, "2e+16"),
        (20000000000000008.0, "2.000000000000001e+16"),
        (123.456, "123.456"),
        (1e100, "1e+100"),
        (1.5e300, "1.5e+300"),
        (1e-100, "1e-100"),
        (core::f64::consts::PI, "3.141592653589793"),
        (core::f64::consts::E, "2.718281828459045"),
        (9007199254740993.0, "9007199254740992.0"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1.0 / 3.0, "0.3333333333333333"),
        (2.0 / 3.0, "0.6666666666666666"),
        (100.0 / 7.0, "14.285714285714286"),
        (-123e-7, "-1.23e-05"),
        (4.35, "4.35"),
        (0.5, "0.5"),
        (12345678.9, "12345678.9"),
        (1e-4, "0.0001"),
        (9.999999999999999e-5, "9.999999999999999e-05"),
    ];

    #[test]
    fn matches_cpython() {
        for &(x, expected) in CASES {
            assert_eq!(repr(x), expected, "{x:e}");
        }
    }

    /// Pseudo-random bit patterns (a fixed-seed xorshift), checked against a table CPython
    /// produced for the same patterns: `repr(struct.unpack('<d', bits)[0])`.
    #[test]
    fn random_bit_patterns_match_cpython() {
        for &(bits, expected) in RANDOM_CASES {
            assert_eq!(repr(f64::from_bits(bits)), expected, "{bits:#018x}");
        }
    }

    include!("testdata/float_repr_random.rs");

    #[test]
    fn round_trips() {
        for &(bits, _) in RANDOM_CASES {
            let x = f64::from_bits(bits);
            if x.is_finite() {
                assert_eq!(repr(x).parse::<f64>().unwrap().to_bits(), bits);
            }
        }
    }
}
