//! Checks against tables that CPython 3.11 printed (see
//! `testdata/gen_format_spec_cases.py`).

use super::*;

include!("../testdata/format_spec_cases.rs");

/// The name CPython gives an exception class.
fn exception_name(kind: ExceptionKind) -> &'static str {
    match kind {
        ExceptionKind::ValueError => "ValueError",
        ExceptionKind::TypeError => "TypeError",
        ExceptionKind::OverflowError => "OverflowError",
    }
}

/// Runs `write` on a parsed `spec` and compares with CPython's result for a value of type
/// `type_name`.
#[track_caller]
fn check(
    spec: &str,
    type_name: &str,
    expected: Expected,
    write: impl Fn(&mut String, &FormatSpec) -> Result<(), FormatError>,
) {
    let mut out = String::new();
    let got = FormatSpec::parse(spec)
        .map_err(FormatError::Spec)
        .and_then(|parsed| write(&mut out, &parsed));
    match (got, expected) {
        (Ok(()), Ok(text)) => {
            if let Some(long) = text.strip_prefix("len:") {
                let (len, rest) = long.split_once(':').unwrap();
                let (head, tail) = rest.split_once("...").unwrap();
                assert_eq!(
                    out.chars().count(),
                    len.parse::<usize>().unwrap(),
                    "{spec:?}"
                );
                assert!(out.starts_with(head) && out.ends_with(tail), "{spec:?}");
            } else {
                assert_eq!(out, text, "spec {spec:?}");
            }
        }
        (Err(FormatError::Spec(error)), Err((exception, message))) => {
            assert_eq!(
                error.message(spec, type_name).to_string(),
                message,
                "{spec:?}"
            );
            assert_eq!(exception_name(error.exception()), exception, "{spec:?}");
            assert!(out.is_empty(), "nothing is written on error");
        }
        (got, expected) => panic!("spec {spec:?}: got {got:?} / {out:?}, CPython {expected:?}"),
    }
}

#[test]
fn ints_match_cpython() {
    for &(value, spec, expected) in INT_CASES {
        if expected == Ok("SURROGATE") {
            // A lone surrogate: CPython makes one, Tracery's UTF-8 strings cannot.
            let parsed = FormatSpec::parse(spec).unwrap();
            let error = write_int(&mut String::new(), value, &parsed);
            assert_eq!(error, Err(FormatError::Spec(SpecError::CharSurrogate)));
            continue;
        }
        check(spec, "int", expected, |out, parsed| {
            write_int(out, value, parsed)
        });
    }
}

#[test]
fn floats_match_cpython() {
    for &(bits, spec, expected) in FLOAT_CASES {
        let value = f64::from_bits(bits);
        check(spec, "float", expected, |out, parsed| {
            write_float(out, value, parsed)
        });
    }
}

#[test]
fn strs_match_cpython() {
    for &(value, spec, expected) in STR_CASES {
        check(spec, "str", expected, |out, parsed| {
            write_str(out, value, parsed)
        });
    }
}

#[test]
fn parse_fields() {
    let spec = FormatSpec::parse("0<+z#012_.3e").unwrap();
    assert_eq!(
        spec,
        FormatSpec {
            fill: '0',
            align: Some(Align::Left),
            sign: Sign::Plus,
            no_neg_zero: true,
            alternate: true,
            zero: false,
            width: 12,
            grouping: Some('_'),
            precision: Some(3),
            kind: Some('e'),
        }
    );
    let zero = FormatSpec::parse("010").unwrap();
    assert!(zero.zero && zero.fill == '0' && zero.width == 10 && zero.align.is_none());
    assert_eq!(FormatSpec::parse("").unwrap(), FormatSpec::default());
    assert_eq!(FormatSpec::parse("🦀^").unwrap().fill, '🦀');
    assert_eq!(FormatSpec::parse("<").unwrap().align, Some(Align::Left));
}

#[test]
fn grouping_layouts() {
    // (digits, min_width, group) -> (slots, separators), from CPython's algorithm.
    let cases = [
        ((4, 0, 3), (4, 1)),
        ((3, 0, 3), (3, 0)),
        ((1, 0, 3), (1, 0)),
        ((4, 8, 3), (7, 2)),
        ((4, 9, 3), (7, 2)),
        ((4, 10, 3), (8, 2)),
        ((7, 0, 3), (7, 2)),
        ((8, 11, 4), (9, 2)),
        ((1, 1, 3), (1, 0)),
    ];
    for ((digits, min_width, group), (slots, separators)) in cases {
        let layout = GroupedDigits::new(digits, min_width, Some((',', group)));
        assert_eq!((layout.slots, layout.full_groups), (slots, separators));
        assert!(layout.len() >= min_width);
    }
    let plain = GroupedDigits::new(3, 7, None);
    assert_eq!((plain.slots, plain.len()), (7, 7));
}

#[test]
fn huge_widths_stop_when_the_sink_fails() {
    let mut buf = crate::text::StackBuf::<64>::new();
    let spec = FormatSpec::parse("099999999999,").unwrap();
    assert_eq!(write_int(&mut buf, 5, &spec), Err(FormatError::Write));
    let spec = FormatSpec::parse(">999999999999").unwrap();
    assert_eq!(write_str(&mut buf, "x", &spec), Err(FormatError::Write));
}

#[test]
fn messages_without_context() {
    assert_eq!(SpecError::Invalid.to_string(), "Invalid format specifier");
    assert_eq!(
        SpecError::UnknownCode('d').to_string(),
        "Unknown format code 'd'"
    );
    assert_eq!(
        SpecError::UnknownCode('d')
            .message("d", &"x".repeat(300))
            .to_string(),
        format!(
            "Unknown format code 'd' for object of type '{}'",
            "x".repeat(200)
        )
    );
    assert_eq!(FormatError::Write.to_string(), "the output sink failed");
    assert_eq!(
        SpecError::CharRange.exception(),
        ExceptionKind::OverflowError
    );
}
