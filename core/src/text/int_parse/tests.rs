//! Checks against tables that CPython 3.11 printed (see `testdata/gen_parse_cases.py`).

use super::*;

include!("../testdata/parse_cases.rs");

#[test]
fn int_matches_cpython() {
    for &(text, base, expected) in INT_CASES {
        let got = parse_int(text, base);
        match expected {
            Ok(Some(value)) => assert_eq!(got, Ok(value), "int({text:?}, {base})"),
            Ok(None) => assert_eq!(got, Err(IntParseError::Overflow), "int({text:?}, {base})"),
            Err(message) => {
                let error = got.expect_err(text);
                assert_eq!(error.message(text, base).to_string(), message, "{text:?}");
                assert_eq!(error.exception(), ExceptionKind::ValueError);
            }
        }
    }
}

#[test]
fn int_named_examples() {
    assert_eq!(parse_int("-9223372036854775808", 10), Ok(i64::MIN));
    assert_eq!(parse_int("9223372036854775807", 0), Ok(i64::MAX));
    assert_eq!(parse_int("0x1f", 16), Ok(31));
    assert_eq!(parse_int("010", 0), Err(IntParseError::Invalid));
    assert_eq!(
        IntParseError::Invalid.message("abc", 10).to_string(),
        "invalid literal for int() with base 10: 'abc'"
    );
    assert_eq!(
        IntParseError::Overflow.exception(),
        ExceptionKind::OverflowError
    );
    assert_eq!(
        IntParseError::Overflow.message("1", 10).to_string(),
        INT_OVERFLOW_MESSAGE
    );
    assert_eq!(
        IntParseError::Invalid.to_string(),
        "invalid literal for int()"
    );
}

#[test]
fn float_matches_cpython() {
    for &(text, expected) in FLOAT_CASES {
        let got = parse_float(text).map(f64::to_bits);
        assert_eq!(got, expected, "float({text:?})");
    }
}

#[test]
fn float_messages_match_cpython() {
    for &(text, message) in FLOAT_MESSAGES {
        assert_eq!(parse_float(text), None);
        assert_eq!(InvalidFloatLiteral(text).to_string(), message);
        assert_eq!(
            InvalidFloatLiteral(text).exception(),
            ExceptionKind::ValueError
        );
    }
}

#[test]
fn float_round_trips_reprs() {
    // Every repr CPython printed for the float tables reads back bit for bit.
    for &(x, text) in crate::text::float_repr::tests::CASES {
        let parsed = parse_float(text).unwrap();
        assert!(
            parsed.to_bits() == x.to_bits() || (x.is_nan() && parsed.is_nan()),
            "{text}"
        );
    }
}
