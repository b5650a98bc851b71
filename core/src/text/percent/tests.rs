//! Checks against a table CPython 3.11 printed (see `testdata/gen_percent_cases.py`),
//! driving the parser and writers the way the VM will.

use super::*;
use crate::text::float_format::RoundError;
use crate::text::float_repr::write_float_repr;
use crate::text::str_repr::{write_str_ascii, write_str_repr};

/// A Python value as the tests use them.
#[derive(Clone, Copy, Debug)]
enum Arg {
    Int(i64),
    Float(f64),
    Str(&'static str),
}

type Expected = Result<&'static str, (&'static str, &'static str)>;

include!("../testdata/percent_cases.rs");

/// An error as the VM would raise it: exception name and message.
type Raised = (&'static str, String);

fn raise(kind: ExceptionKind, message: impl ToString) -> Raised {
    let name = match kind {
        ExceptionKind::ValueError => "ValueError",
        ExceptionKind::TypeError => "TypeError",
        ExceptionKind::OverflowError => "OverflowError",
    };
    (name, message.to_string())
}

fn percent_error(error: PercentError) -> Raised {
    raise(error.exception(), error)
}

fn type_name(arg: Arg) -> &'static str {
    match arg {
        Arg::Int(_) => "int",
        Arg::Float(_) => "float",
        Arg::Str(_) => "str",
    }
}

/// The arguments of a `%` with a tuple on the right.
struct Args<'a> {
    values: &'a [Arg],
    next: usize,
}

impl Args<'_> {
    fn take(&mut self) -> Result<Arg, Raised> {
        let arg = self.values.get(self.next).copied();
        self.next += 1;
        arg.ok_or_else(|| percent_error(PercentError::NotEnoughArguments))
    }

    fn take_star(&mut self) -> Result<i64, Raised> {
        match self.take()? {
            Arg::Int(value) => Ok(value),
            _ => Err(percent_error(PercentError::StarWantsInt)),
        }
    }
}

/// `str(arg)`, `repr(arg)` or `ascii(arg)`.
fn to_text(arg: Arg, class: ArgClass) -> String {
    let mut out = String::new();
    match (arg, class) {
        (Arg::Int(value), _) => out = value.to_string(),
        (Arg::Float(value), _) => write_float_repr(&mut out, value).unwrap(),
        (Arg::Str(value), ArgClass::Repr) => write_str_repr(&mut out, value).unwrap(),
        (Arg::Str(value), ArgClass::Ascii) => write_str_ascii(&mut out, value).unwrap(),
        (Arg::Str(value), _) => out = value.to_owned(),
    }
    out
}

/// `int(x)` for a float, as `%d` needs it.
fn truncate(value: f64) -> Result<i64, Raised> {
    if value.is_nan() {
        return Err(raise(ExceptionKind::ValueError, RoundError::NotANumber));
    }
    if value.is_infinite() {
        return Err(raise(ExceptionKind::OverflowError, RoundError::Infinite));
    }
    Ok(value.trunc() as i64)
}

/// `format % args` for a tuple `args`, in CPython's order of operations.
fn format(format: &str, values: &[Arg]) -> Result<String, Raised> {
    let mut args = Args { values, next: 0 };
    let mut out = String::new();
    for piece in pieces(format) {
        let conversion = match piece {
            Ok(Piece::Literal(text)) => {
                out.push_str(text);
                continue;
            }
            Ok(Piece::Conversion(conversion)) => conversion,
            Err(failure) => {
                // A key, even an unfinished one, needs a mapping first.
                if failure.key.is_some() || failure.error == PercentError::IncompleteKey {
                    return Err(percent_error(PercentError::RequiresMapping));
                }
                for _ in 0..failure.stars {
                    args.take_star()?;
                }
                return Err(percent_error(failure.error));
            }
        };
        if conversion.key.is_some() {
            return Err(percent_error(PercentError::RequiresMapping));
        }
        let star_width = match conversion.width {
            Some(Width::Star) => Some(args.take_star()?),
            _ => None,
        };
        let star_precision = match conversion.precision {
            Some(Precision::Star) => Some(args.take_star()?),
            _ => None,
        };
        let spec = conversion
            .resolve(star_width, star_precision)
            .map_err(percent_error)?;
        let arg = args.take()?;
        let class = conversion.class().map_err(percent_error)?;
        let kind = conversion.kind;
        let written = match (class, arg) {
            (ArgClass::Decimal | ArgClass::Radix, Arg::Int(value)) => {
                write_int(&mut out, value, &spec)
            }
            (ArgClass::Decimal, Arg::Float(value)) => write_int(&mut out, truncate(value)?, &spec),
            (ArgClass::Decimal, Arg::Str(_)) => {
                let type_name = type_name(arg);
                let error = ArgTypeError::RealNumberRequired { kind, type_name };
                return Err(raise(error.exception(), error));
            }
            (ArgClass::Radix, _) => {
                let type_name = type_name(arg);
                let error = ArgTypeError::IntegerRequired { kind, type_name };
                return Err(raise(error.exception(), error));
            }
            (ArgClass::Float, Arg::Int(value)) => write_float(&mut out, value as f64, &spec),
            (ArgClass::Float, Arg::Float(value)) => write_float(&mut out, value, &spec),
            (ArgClass::Float, Arg::Str(_)) => {
                let error = ArgTypeError::MustBeRealNumber {
                    type_name: type_name(arg),
                };
                return Err(raise(error.exception(), error));
            }
            (ArgClass::Str | ArgClass::Repr | ArgClass::Ascii, _) => {
                write_str(&mut out, &to_text(arg, class), &spec)
            }
            (ArgClass::Char, arg) => {
                let c = match arg {
                    Arg::Int(value) => char_from_int(value),
                    Arg::Str(value) => char_from_str(value),
                    Arg::Float(_) => Err(PercentError::CharType),
                }
                .map_err(percent_error)?;
                write_char(&mut out, c, &spec)
            }
        };
        match written {
            Ok(()) => {}
            Err(WriteError::Percent(error)) => return Err(percent_error(error)),
            Err(WriteError::Sink) => panic!("String sinks do not fail"),
        }
    }
    if args.next < values.len() {
        return Err(percent_error(PercentError::NotAllConverted));
    }
    Ok(out)
}

#[test]
fn matches_cpython() {
    for &(fmt, args, expected) in CASES {
        let got = format(fmt, args);
        let expected = expected
            .map(str::to_owned)
            .map_err(|(name, message)| (name, message.to_owned()));
        assert_eq!(got, expected, "{fmt:?} % {args:?}");
    }
}

#[test]
fn parse_shapes() {
    let all: Vec<_> = pieces("a%(name)-+ #012.5ld%%%*.*s").collect();
    assert_eq!(
        all,
        vec![
            Ok(Piece::Literal("a")),
            Ok(Piece::Conversion(Conversion {
                key: Some("name"),
                flags: Flags {
                    left: true,
                    plus: true,
                    space: true,
                    alternate: true,
                    zero: true,
                },
                width: Some(Width::Fixed(12)),
                precision: Some(Precision::Fixed(5)),
                kind: 'd',
                index: 18,
            })),
            Ok(Piece::Literal("%")),
            Ok(Piece::Conversion(Conversion {
                key: None,
                flags: Flags::default(),
                width: Some(Width::Star),
                precision: Some(Precision::Star),
                kind: 's',
                index: 25,
            })),
        ]
    );
    // Nested parentheses in a key, and the stars taken before an incomplete format.
    let mut nested = pieces("%(a(b)c)s");
    let Some(Ok(Piece::Conversion(conversion))) = nested.next() else {
        panic!("a conversion")
    };
    assert_eq!(conversion.key, Some("a(b)c"));
    assert_eq!(
        pieces("%(k)*.*").next(),
        Some(Err(ParseFailure {
            error: PercentError::Incomplete,
            key: Some("k"),
            stars: 2
        }))
    );
    // After an error the iteration ends.
    let mut failed = pieces("%(x%s");
    assert!(matches!(failed.next(), Some(Err(_))));
    assert_eq!(failed.next(), None);
}

#[test]
fn writers_report_sink_failure() {
    let mut buf = crate::text::StackBuf::<4>::new();
    let spec = Spec {
        flags: Flags::default(),
        width: 10,
        precision: None,
        kind: 's',
    };
    assert_eq!(write_str(&mut buf, "x", &spec), Err(WriteError::Sink));
    assert_eq!(WriteError::Sink.to_string(), "the output sink failed");
    assert_eq!(
        ArgTypeError::MustBeRealNumber { type_name: "list" }.to_string(),
        "must be real number, not list"
    );
    assert_eq!(
        PercentError::CharSurrogate.exception(),
        ExceptionKind::ValueError
    );
}
