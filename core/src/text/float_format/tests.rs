//! Checks against tables that CPython 3.11 printed (see `testdata/gen_float_cases.py`).

use super::*;

include!("../testdata/float_format_cases.rs");

/// Turns the float specs used in the tables (`#`? `.N`? type?) into a [`FloatFormat`],
/// the way `format()` does for a float without width or sign.
fn float_format_for(spec: &str) -> FloatFormat {
    let (alternate, rest) = match spec.strip_prefix('#') {
        Some(rest) => (true, rest),
        None => (false, spec),
    };
    let (precision, kind) = match rest.strip_prefix('.') {
        Some(rest) => {
            let split = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            (
                Some(rest[..split].parse::<usize>().unwrap()),
                &rest[split..],
            )
        }
        None => (None, rest),
    };
    let kind = kind.chars().next();
    let upper = kind.is_some_and(|k| k.is_ascii_uppercase());
    let (style, precision, add_dot_0) = match kind.map(|k| k.to_ascii_lowercase()) {
        Some('f') => (FloatStyle::Fixed, precision.unwrap_or(6), false),
        Some('e') => (FloatStyle::Exponent, precision.unwrap_or(6), false),
        Some('g') => (FloatStyle::General, precision.unwrap_or(6), false),
        None => match precision {
            Some(precision) => (FloatStyle::General, precision, true),
            None => (FloatStyle::Repr, 0, true),
        },
        Some(other) => panic!("unexpected spec type {other}"),
    };
    FloatFormat {
        style,
        precision,
        upper,
        alternate,
        add_dot_0,
        no_neg_zero: false,
    }
}

#[test]
fn format_matches_cpython() {
    for &(bits, spec, expected) in FORMAT_CASES {
        let x = f64::from_bits(bits);
        let format = float_format_for(spec);
        let mut out = String::new();
        format.write(&mut out, x).unwrap();
        assert_eq!(out, expected, "format({x:e}, {spec:?})");
        // The measured pieces add up to what is written.
        let text = FloatText::new(x, &format).unwrap();
        assert_eq!(
            usize::from(text.negative()) + text.body_len(),
            expected.len(),
            "{spec}"
        );
        let mut int_part = String::new();
        text.write_int_digits(&mut int_part, 0, text.int_len())
            .unwrap();
        assert_eq!(int_part.len(), text.int_len());
        assert!(int_part.bytes().all(|b| b.is_ascii_digit()));
    }
}

#[test]
fn convenience_writers() {
    let mut out = String::new();
    write_fixed(&mut out, 1.23456, 2).unwrap();
    out.push('|');
    write_exponent(&mut out, 12345.678, 2, true).unwrap();
    out.push('|');
    write_general(&mut out, 0.0001, None, false, false).unwrap();
    out.push('|');
    write_general(&mut out, 1234567.0, Some(3), true, true).unwrap();
    // CPython: format(1.23456,'.2f'), format(12345.678,'.2E'), format(0.0001,'g'),
    // format(1234567.0,'#.3G')
    assert_eq!(out, "1.23|1.23E+04|0.0001|1.23E+06");
}

#[test]
fn huge_precisions_pad_with_exact_zeros() {
    // CPython: format(0.1, '.60f'), len(format(1e300, '.1100f')) == 1402 and
    // len(format(5e-324, '.2000e')) == 2007.
    let mut out = String::new();
    write_fixed(&mut out, 0.1, 60).unwrap();
    assert_eq!(
        out,
        "0.100000000000000005551115123125782702118158340454101562500000"
    );
    out.clear();
    write_fixed(&mut out, 1e300, 1100).unwrap();
    assert_eq!(out.len(), 1402);
    assert!(out.starts_with("1000000000000000052504760255204420248704468581108159154915854"));
    out.clear();
    write_exponent(&mut out, 5e-324, 2000, false).unwrap();
    assert_eq!(out.len(), 2007);
    assert!(out.starts_with("4.9406564584124654417656879286822137236505980"));
    assert!(out.ends_with("000e-324"));
}

#[test]
fn negative_zero_coercion() {
    // CPython: format(-1e-10, 'z.3f'), format(-0.0, 'z'), format(-1e-10, 'z.3e'),
    // format(-0.0004, 'z.3g'), format(-0.0006, 'z.3f')
    let cases: &[(f64, FloatFormat, &str)] = &[
        (-1e-10, FloatFormat::new(FloatStyle::Fixed, 3), "0.000"),
        (-0.0, FloatFormat::repr(), "0.0"),
        (
            -1e-10,
            FloatFormat::new(FloatStyle::Exponent, 3),
            "-1.000e-10",
        ),
        (-0.0004, FloatFormat::new(FloatStyle::General, 3), "-0.0004"),
        (-0.0006, FloatFormat::new(FloatStyle::Fixed, 3), "-0.001"),
        (
            f64::NEG_INFINITY,
            FloatFormat::new(FloatStyle::Fixed, 3),
            "-inf",
        ),
    ];
    for (x, format, expected) in cases {
        let format = FloatFormat {
            no_neg_zero: true,
            ..*format
        };
        let mut out = String::new();
        format.write(&mut out, *x).unwrap();
        assert_eq!(out, *expected, "{x}");
    }
}

#[test]
fn round_matches_cpython() {
    for &(bits, ndigits, expected) in ROUND_CASES {
        let x = f64::from_bits(bits);
        let got = round_half_even(x, ndigits).map(f64::to_bits);
        let expected = expected.ok_or(RoundError::TooLarge);
        assert_eq!(got, expected, "round({x:e}, {ndigits})");
    }
}

#[test]
fn round_named_examples() {
    assert_eq!(round_half_even(2.675, 2), Ok(2.67));
    assert_eq!(round_half_even(0.5, 0), Ok(0.0));
    assert_eq!(round_half_even(1.5, 0), Ok(2.0));
    let minus_zero = round_half_even(-0.5, 0).unwrap();
    assert!(minus_zero == 0.0 && minus_zero.is_sign_negative());
    assert_eq!(round_half_even(25.0, -1), Ok(20.0));
    assert_eq!(round_half_even(35.0, -1), Ok(40.0));
    assert_eq!(round_half_even(5.0, -1), Ok(0.0));
    assert_eq!(round_half_even(6.0, -1), Ok(10.0));
    assert!(round_half_even(f64::NAN, 2).unwrap().is_nan());
    assert_eq!(round_half_even(f64::INFINITY, -2), Ok(f64::INFINITY));
    assert_eq!(round_half_even(1.25, i64::MAX), Ok(1.25));
    let tiny = round_half_even(-3.0, i64::MIN).unwrap();
    assert!(tiny == 0.0 && tiny.is_sign_negative());
    assert_eq!(
        round_half_even(1.7976931348623157e308, -308),
        Err(RoundError::TooLarge)
    );
}

#[test]
fn round_to_int_matches_cpython() {
    for &(bits, expected) in ROUND_INT_CASES {
        let x = f64::from_bits(bits);
        assert_eq!(round_to_int(x), Ok(expected), "round({x:e})");
    }
    assert_eq!(round_to_int(f64::NAN), Err(RoundError::NotANumber));
    assert_eq!(round_to_int(f64::NEG_INFINITY), Err(RoundError::Infinite));
    assert_eq!(round_to_int(2f64.powi(63)), Err(RoundError::OutOfRange));
    assert_eq!(round_to_int(-(2f64.powi(63))), Ok(i64::MIN));
    assert_eq!(round_to_int(1e300), Err(RoundError::OutOfRange));
    let minus_zero = round_to_integral(-0.4);
    assert!(minus_zero == 0.0 && minus_zero.is_sign_negative());
    assert_eq!(round_to_integral(-2.5), -2.0);
    assert_eq!(round_to_integral(1e300), 1e300);
}

#[test]
fn round_error_messages() {
    let cases = [
        (
            RoundError::NotANumber,
            "cannot convert float NaN to integer",
            ExceptionKind::ValueError,
        ),
        (
            RoundError::Infinite,
            "cannot convert float infinity to integer",
            ExceptionKind::OverflowError,
        ),
        (
            RoundError::TooLarge,
            "rounded value too large to represent",
            ExceptionKind::OverflowError,
        ),
        (
            RoundError::OutOfRange,
            "int too large to fit in 64 bits",
            ExceptionKind::OverflowError,
        ),
    ];
    for (error, message, kind) in cases {
        assert_eq!(error.to_string(), message);
        assert_eq!(error.exception(), kind);
    }
}
