//! String formatting: `%` (printf-style), `format()`, `str.format` and f-string fields.
//!
//! The text layout is `crate::text`'s ([`percent`] and [`format_spec`]); this module feeds
//! it VM values in CPython's order of operations, so a faulty program sees the error CPython
//! raises first. `str.format` strings are parsed here, by [`Markup`] (the literal text and
//! replacement fields) and [`FieldName`] (`0.attr[key]`), both pure so they can be tested
//! without a VM.

use core::fmt;

use super::str_methods::{as_index, as_str_obj, clinic_type_name, receiver};
use crate::object::func::NativeDef;
use crate::object::{Gc, Kind, StrObj, TupleObj};
use crate::text::format_spec::{self, FormatError, FormatSpec};
use crate::text::percent::{self, ArgClass, ArgTypeError, PercentError, Piece, WriteError};
use crate::text::{ExceptionKind, unicode};
use crate::value::Value;
use crate::vm::{Args, Cls, Name, PyResult, Raised, StrBuilder, Vm};

/// `str.format` (registered in the str method table).
pub(crate) static STR_FORMAT: NativeDef = NativeDef {
    name: "format",
    func: str_format,
};

/// The `format()` builtin.
pub(crate) static FORMAT: NativeDef = NativeDef {
    name: "format",
    func: format_builtin,
};

// --- writing through `crate::text` ----------------------------------------------------------

/// `fmt::Write` into a [`StrBuilder`], for the `crate::text` writers. Remembers whether the
/// VM failed to grow the builder (the `MemoryError` is raised by then).
struct Sink<'o, 'v, 'a> {
    /// Where the text goes.
    out: &'o mut StrBuilder,
    /// The VM that grows `out`.
    vm: &'v mut Vm<'a>,
    /// Whether growing `out` failed.
    failed: bool,
}

impl<'o, 'v, 'a> Sink<'o, 'v, 'a> {
    fn new(vm: &'v mut Vm<'a>, out: &'o mut StrBuilder) -> Self {
        Sink {
            out,
            vm,
            failed: false,
        }
    }
}

impl fmt::Write for Sink<'_, '_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.out.push_str(self.vm, s).is_err() {
            self.failed = true;
            return Err(fmt::Error);
        }
        Ok(())
    }
}

/// The error for a writer whose sink failed: the `MemoryError` the builder raised, or (if
/// the writer gave up by itself, which its proofs say cannot happen) an internal error.
#[cold]
fn sink_failed(vm: &mut Vm<'_>, failed: bool) -> Raised {
    if failed {
        Raised
    } else {
        vm.internal("a text writer failed without a reason")
    }
}

/// The class of a `crate::text` error.
fn exception_class(kind: ExceptionKind) -> Cls {
    match kind {
        ExceptionKind::ValueError => Cls::ValueError,
        ExceptionKind::TypeError => Cls::TypeError,
        ExceptionKind::OverflowError => Cls::OverflowError,
    }
}

/// Raises a `%`-formatting error.
#[cold]
fn percent_error(vm: &mut Vm<'_>, error: PercentError) -> Raised {
    vm.raise_msg(exception_class(error.exception()), format_args!("{error}"))
}

/// `ascii(value)`: its repr with every non-ASCII character escaped as `\xhh`, `\uhhhh`
/// or `\Uhhhhhhhh` (for `%a`, `!a`, and the `ascii()` builtin).
pub(crate) fn ascii_of(vm: &mut Vm<'_>, value: Value) -> PyResult<Gc<StrObj>> {
    let repr = vm.repr_of(value)?;
    if repr.is_ascii() {
        return Ok(repr);
    }
    let mut out = StrBuilder::new();
    for c in crate::vm::extend(repr.as_str()).chars() {
        let code = u32::from(c);
        match code {
            0..=0x7f => out.push_char(vm, c)?,
            0x80..=0xff => out.push_fmt(vm, format_args!("\\x{code:02x}"))?,
            0x100..=0xffff => out.push_fmt(vm, format_args!("\\u{code:04x}"))?,
            _ => out.push_fmt(vm, format_args!("\\U{code:08x}"))?,
        }
    }
    out.finish(vm)
}

// --- `%` formatting -------------------------------------------------------------------------

/// The arguments of `format % args` as CPython's `PyUnicode_Format` hands them out.
struct PercentArgs {
    /// The right operand, or the value of the last `%(key)` lookup.
    args: Value,
    /// The number of arguments in `args` when it is a tuple; -1 when it is a single value.
    len: isize,
    /// The next argument (-2 before a single value is taken, -1 after).
    next: isize,
    /// The right operand when it is a mapping (then `%(key)` is allowed and unused
    /// arguments are no error).
    mapping: Option<Value>,
}

impl PercentArgs {
    fn new(vm: &mut Vm<'_>, args: Value) -> PyResult<PercentArgs> {
        let kind = args.as_obj().map(|o| o.kind());
        let (len, next) = match kind {
            Some(Kind::Tuple) => (isize::try_from(vm.seq_items(args).len()).unwrap_or(0), 0),
            _ => (-1, -2),
        };
        // CPython's `PyMapping_Check`: any type with `__getitem__` except tuple and str.
        let mapping = match kind {
            Some(Kind::Dict | Kind::List | Kind::Range) => true,
            Some(Kind::Instance) => vm.lookup_special(args, Name::__getitem__)?.is_some(),
            _ => false,
        };
        Ok(PercentArgs {
            args,
            len,
            next,
            mapping: mapping.then_some(args),
        })
    }

    /// The next argument (CPython's `getnextarg`).
    fn take(&mut self, vm: &mut Vm<'_>) -> PyResult<Value> {
        if self.next >= self.len {
            return Err(percent_error(vm, PercentError::NotEnoughArguments));
        }
        let index = self.next;
        self.next += 1;
        if self.len < 0 {
            return Ok(self.args);
        }
        let items = vm.seq_items(self.args);
        match usize::try_from(index).ok().and_then(|i| items.get(i)) {
            Some(&item) => Ok(item),
            None => Err(percent_error(vm, PercentError::NotEnoughArguments)),
        }
    }

    /// A `*` width or precision argument.
    fn take_star(&mut self, vm: &mut Vm<'_>) -> PyResult<i64> {
        match self.take(vm)? {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            _ => Err(percent_error(vm, PercentError::StarWantsInt)),
        }
    }

    /// `%(key)`: looks `key` up in the mapping, whose value is the next argument.
    fn select_key(&mut self, vm: &mut Vm<'_>, key: &str) -> PyResult<()> {
        let Some(mapping) = self.mapping else {
            return Err(percent_error(vm, PercentError::RequiresMapping));
        };
        let key = vm.new_str(key)?;
        self.args = vm.get_item(mapping, key.value())?;
        self.len = -1;
        self.next = -2;
        Ok(())
    }
}

/// `format % args`.
pub(crate) fn percent_format(vm: &mut Vm<'_>, format: Value, args: Value) -> PyResult<Value> {
    let Some(format) = as_str_obj(format) else {
        return Err(vm.internal("% formatting of a non-str"));
    };
    let mut args = PercentArgs::new(vm, args)?;
    let mut out = StrBuilder::new();
    for piece in percent::pieces(crate::vm::extend(format.as_str())) {
        match piece {
            Ok(Piece::Literal(text)) => out.push_str(vm, text)?,
            Ok(Piece::Conversion(conversion)) => {
                if let Some(key) = conversion.key {
                    args.select_key(vm, key)?;
                }
                let star_width = match conversion.width {
                    Some(percent::Width::Star) => Some(args.take_star(vm)?),
                    _ => None,
                };
                let star_precision = match conversion.precision {
                    Some(percent::Precision::Star) => Some(args.take_star(vm)?),
                    _ => None,
                };
                let spec = conversion
                    .resolve(star_width, star_precision)
                    .map_err(|error| percent_error(vm, error))?;
                let value = args.take(vm)?;
                let class = conversion
                    .class()
                    .map_err(|error| percent_error(vm, error))?;
                write_conversion(vm, &mut out, value, class, &spec)?;
            }
            Err(failure) => {
                // CPython takes the key and the `*` arguments before it notices the error.
                if let Some(key) = failure.key {
                    args.select_key(vm, key)?;
                } else if failure.error == PercentError::IncompleteKey && args.mapping.is_none() {
                    return Err(percent_error(vm, PercentError::RequiresMapping));
                }
                for _ in 0..failure.stars {
                    args.take_star(vm)?;
                }
                return Err(percent_error(vm, failure.error));
            }
        }
    }
    if args.next < args.len && args.mapping.is_none() {
        return Err(percent_error(vm, PercentError::NotAllConverted));
    }
    Ok(out.finish(vm)?.value())
}

/// Writes one conversion of `value`, converting it as `class` says.
fn write_conversion(
    vm: &mut Vm<'_>,
    out: &mut StrBuilder,
    value: Value,
    class: ArgClass,
    spec: &percent::Spec,
) -> PyResult<()> {
    let kind = spec.kind;
    let type_error = |vm: &mut Vm<'_>, error: ArgTypeError<'_>| {
        vm.raise_msg(exception_class(error.exception()), format_args!("{error}"))
    };
    let text = match class {
        ArgClass::Decimal | ArgClass::Radix => {
            let Some(int) = percent_int(vm, value, class)? else {
                let type_name = vm.type_name(value);
                let error = if class == ArgClass::Radix {
                    ArgTypeError::IntegerRequired { kind, type_name }
                } else {
                    ArgTypeError::RealNumberRequired { kind, type_name }
                };
                return Err(type_error(vm, error));
            };
            let mut sink = Sink::new(vm, out);
            let result = percent::write_int(&mut sink, int, spec);
            let failed = sink.failed;
            return percent_written(vm, failed, result);
        }
        ArgClass::Float => {
            let Some(float) = percent_float(vm, value)? else {
                let error = ArgTypeError::MustBeRealNumber {
                    type_name: vm.type_name(value),
                };
                return Err(type_error(vm, error));
            };
            let mut sink = Sink::new(vm, out);
            let result = percent::write_float(&mut sink, float, spec);
            let failed = sink.failed;
            return percent_written(vm, failed, result);
        }
        ArgClass::Char => {
            let c = match as_str_obj(value) {
                Some(s) => percent::char_from_str(s.as_str()),
                None => match as_index(vm, value)? {
                    Some(code) => percent::char_from_int(code),
                    None => Err(PercentError::CharType),
                },
            };
            let c = c.map_err(|error| percent_error(vm, error))?;
            let mut sink = Sink::new(vm, out);
            let result = percent::write_char(&mut sink, c, spec);
            let failed = sink.failed;
            return percent_written(vm, failed, result);
        }
        ArgClass::Str => vm.str_of(value)?,
        ArgClass::Repr => vm.repr_of(value)?,
        ArgClass::Ascii => ascii_of(vm, value)?,
    };
    let mut sink = Sink::new(vm, out);
    let result = percent::write_str(&mut sink, crate::vm::extend(text.as_str()), spec);
    let failed = sink.failed;
    percent_written(vm, failed, result)
}

/// The outcome of a `%` writer.
fn percent_written(vm: &mut Vm<'_>, failed: bool, result: Result<(), WriteError>) -> PyResult<()> {
    match result {
        Ok(()) => Ok(()),
        Err(WriteError::Percent(error)) => Err(percent_error(vm, error)),
        Err(WriteError::Sink) => Err(sink_failed(vm, failed)),
    }
}

/// The int a `%d`-style conversion formats: the value of an int, a float truncated
/// (`%d` only), or what `__int__`/`__index__` return; `None` when `value` is not a number
/// the conversion accepts (the caller raises its `TypeError`).
fn percent_int(vm: &mut Vm<'_>, value: Value, class: ArgClass) -> PyResult<Option<i64>> {
    match value {
        Value::Float(float) if class == ArgClass::Decimal => truncate(vm, float).map(Some),
        Value::Obj(obj) if obj.kind() == Kind::Instance && class == ArgClass::Decimal => {
            // `PyNumber_Long` tries `__int__` before `__index__`.
            let Some(method) = vm.lookup_special(value, Name::__int__)? else {
                return as_index(vm, value);
            };
            match vm.call_method_value(method, value, &Args::positional(&[]))? {
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(i64::from(b))),
                result => Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!("__int__ returned non-int (type {})", vm.type_name(result)),
                )),
            }
        }
        _ => as_index(vm, value),
    }
}

/// `int(value)` for a float.
fn truncate(vm: &mut Vm<'_>, value: f64) -> PyResult<i64> {
    /// 2^63: the first float above `i64::MAX`.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if value.is_nan() {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("cannot convert float NaN to integer"),
        ));
    }
    if value.is_infinite() {
        return Err(vm.raise_msg(
            Cls::OverflowError,
            format_args!("cannot convert float infinity to integer"),
        ));
    }
    let whole = libm::trunc(value);
    if !(-LIMIT..LIMIT).contains(&whole) {
        return Err(vm.overflow());
    }
    Ok(whole as i64)
}

/// The float a `%f`-style conversion formats (CPython's `PyFloat_AsDouble`); `None` when
/// `value` is not a real number.
fn percent_float(vm: &mut Vm<'_>, value: Value) -> PyResult<Option<f64>> {
    match value {
        Value::Float(float) => Ok(Some(float)),
        Value::Obj(obj) if obj.kind() == Kind::Instance => {
            let Some(method) = vm.lookup_special(value, Name::__float__)? else {
                return Ok(as_index(vm, value)?.map(|i| i as f64));
            };
            match vm.call_method_value(method, value, &Args::positional(&[]))? {
                Value::Float(float) => Ok(Some(float)),
                result => Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(value),
                        vm.type_name(result)
                    ),
                )),
            }
        }
        _ => Ok(as_index(vm, value)?.map(|i| i as f64)),
    }
}

// --- format specs ---------------------------------------------------------------------------

/// `format(value, spec)`: the formatted text (f-string fields use this too).
pub(crate) fn format_value(
    vm: &mut Vm<'_>,
    value: Value,
    spec: Gc<StrObj>,
) -> PyResult<Gc<StrObj>> {
    let is_instance = value.as_obj().is_some_and(|o| o.kind() == Kind::Instance);
    if spec.len == 0 && !is_instance {
        return vm.str_of(value);
    }
    let mut out = StrBuilder::new();
    write_format(
        vm,
        &mut out,
        value,
        crate::vm::extend(spec.as_str()),
        Some(spec),
    )?;
    out.finish(vm)
}

/// Appends `format(value, spec)`; `spec_obj` is `spec` as a str object if the caller has
/// one (a user's `__format__` needs one).
fn write_format(
    vm: &mut Vm<'_>,
    out: &mut StrBuilder,
    value: Value,
    spec: &str,
    spec_obj: Option<Gc<StrObj>>,
) -> PyResult<()> {
    let is_str = as_str_obj(value).is_some();
    let is_number = matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_));
    if spec.is_empty() && (is_str || is_number) {
        return vm.write_str(out, value);
    }
    if is_str || is_number {
        let type_name = vm.type_name(value);
        let parsed = match FormatSpec::parse(spec) {
            Ok(parsed) => parsed,
            Err(error) => return Err(spec_error(vm, error, spec, type_name)),
        };
        let mut sink = Sink::new(vm, out);
        let result = match value {
            Value::Int(i) => format_spec::write_int(&mut sink, i, &parsed),
            Value::Bool(b) => format_spec::write_int(&mut sink, i64::from(b), &parsed),
            Value::Float(f) => format_spec::write_float(&mut sink, f, &parsed),
            _ => {
                let text = as_str_obj(value).map_or("", |s| crate::vm::extend(s.as_str()));
                format_spec::write_str(&mut sink, text, &parsed)
            }
        };
        let failed = sink.failed;
        return match result {
            Ok(()) => Ok(()),
            Err(FormatError::Spec(error)) => Err(spec_error(vm, error, spec, type_name)),
            Err(FormatError::Write) => Err(sink_failed(vm, failed)),
        };
    }
    if let Some(method) = user_format_method(vm, value)? {
        let spec_obj = match spec_obj {
            Some(spec_obj) => spec_obj,
            None => vm.new_str(spec)?,
        };
        let result = vm.call_method_value(method, value, &Args::positional(&[spec_obj.value()]))?;
        let Some(text) = as_str_obj(result) else {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("__format__ must return a str, not {}", vm.type_name(result)),
            ));
        };
        return out.push_str(vm, crate::vm::extend(text.as_str()));
    }
    // `object.__format__`.
    if spec.is_empty() {
        return vm.write_str(out, value);
    }
    Err(vm.raise_msg(
        Cls::TypeError,
        format_args!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(value)
        ),
    ))
}

/// The `__format__` a user class defines (or inherits from another user class).
fn user_format_method(vm: &mut Vm<'_>, value: Value) -> PyResult<Option<Value>> {
    if !value.as_obj().is_some_and(|o| o.kind() == Kind::Instance) {
        return Ok(None);
    }
    let class = vm.class_of(value);
    let name = vm.intern("__format__")?;
    let found = vm.lookup_in_class(class, name)?;
    Ok(found.filter(|method| method.as_obj().is_some_and(|o| o.kind() != Kind::Native)))
}

/// Raises a format-spec error with CPython's message.
#[cold]
fn spec_error(
    vm: &mut Vm<'_>,
    error: format_spec::SpecError,
    spec: &str,
    type_name: &str,
) -> Raised {
    vm.raise_msg(
        exception_class(error.exception()),
        format_args!("{}", error.message(spec, type_name)),
    )
}

/// `format(value, spec='')`.
fn format_builtin(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    super::no_keywords(vm, "format", args)?;
    super::check_count(vm, "format", args, 1, 2)?;
    let value = args.pos.first().copied().unwrap_or(Value::None);
    let spec = match args.pos.get(1) {
        Some(&spec) => match as_str_obj(spec) {
            Some(s) => s,
            None => {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "format() argument 2 must be str, not {}",
                        clinic_type_name(vm, spec)
                    ),
                ));
            }
        },
        None => vm.name(Name::empty),
    };
    Ok(format_value(vm, value, spec)?.value())
}

// --- `str.format` ---------------------------------------------------------------------------

/// How deep replacement fields may nest in format specs: `'{:{}}'` is fine, a field inside
/// that is "Max string recursion exceeded" (CPython's limit).
const MAX_NESTING: u8 = 2;

/// `str.format(*args, **kwargs)`.
fn str_format(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, "format")?;
    let fields = FieldArgs {
        positional: Some(args.pos.get(1..).unwrap_or_default()),
        keywords: Keywords::Call {
            names: args.kw_names,
            values: args.kw_values,
        },
    };
    let mut out = StrBuilder::new();
    let mut numbering = Numbering::Unset;
    let format = crate::vm::extend(this.as_str());
    render(vm, &mut out, format, &fields, MAX_NESTING, &mut numbering)?;
    Ok(out.finish(vm)?.value())
}

/// `str.format_map(mapping)`: fields name keys of `mapping`; positional fields are errors.
pub(super) fn str_format_map(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, "format_map")?;
    super::no_keywords(vm, "str.format_map", args)?;
    let rest = args.pos.get(1..).unwrap_or_default();
    let [mapping] = rest else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "str.format_map() takes exactly one argument ({} given)",
                rest.len()
            ),
        ));
    };
    let fields = FieldArgs {
        positional: None,
        keywords: Keywords::Mapping(*mapping),
    };
    let mut out = StrBuilder::new();
    let mut numbering = Numbering::Unset;
    let format = crate::vm::extend(this.as_str());
    render(vm, &mut out, format, &fields, MAX_NESTING, &mut numbering)?;
    Ok(out.finish(vm)?.value())
}

/// Where the fields of a `str.format` string find their values.
struct FieldArgs<'v> {
    /// The positional arguments; `None` for `format_map`, which has none.
    positional: Option<&'v [Value]>,
    /// The named ones.
    keywords: Keywords<'v>,
}

/// The named arguments of `str.format`.
enum Keywords<'v> {
    /// Keyword arguments of the call.
    Call {
        /// Their names (a tuple of str), if any were passed.
        names: Option<Gc<TupleObj>>,
        /// Their values.
        values: &'v [Value],
    },
    /// The mapping of `format_map`.
    Mapping(Value),
}

/// CPython's automatic field numbering state: fields are all `{}` or all `{0}`-style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numbering {
    /// No numbered field seen yet.
    Unset,
    /// `{}` fields; the next one takes this argument.
    Auto(usize),
    /// `{0}`-style fields.
    Manual,
}

/// Appends `format` with its fields replaced (CPython's `build_string`); `depth` is how many
/// more levels of fields-in-specs are allowed.
fn render(
    vm: &mut Vm<'_>,
    out: &mut StrBuilder,
    format: &str,
    args: &FieldArgs<'_>,
    depth: u8,
    numbering: &mut Numbering,
) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("Max string recursion exceeded"),
        ));
    }
    let mut markup = Markup::new(format);
    while let Some(next) = markup.next() {
        let (literal, field) =
            next.map_err(|error| vm.raise_msg(Cls::ValueError, format_args!("{error}")))?;
        out.push_str(vm, literal)?;
        let Some(field) = field else { continue };
        let mut value = field_value(vm, field.name, args, numbering)?;
        if let Some(conversion) = field.conversion {
            value = match conversion {
                'r' => vm.repr_of(value)?.value(),
                's' => vm.str_of(value)?.value(),
                'a' => ascii_of(vm, value)?.value(),
                other => {
                    let code = u32::from(other);
                    return Err(if code > 32 && code < 127 {
                        vm.raise_msg(
                            Cls::ValueError,
                            format_args!("Unknown conversion specifier {other}"),
                        )
                    } else {
                        vm.raise_msg(
                            Cls::ValueError,
                            format_args!("Unknown conversion specifier \\x{code:x}"),
                        )
                    });
                }
            };
        }
        if field.spec_has_fields {
            let mut spec = StrBuilder::new();
            render(vm, &mut spec, field.spec, args, depth - 1, numbering)?;
            write_format(vm, out, value, crate::vm::extend(spec.as_str()), None)?;
        } else {
            write_format(vm, out, value, field.spec, None)?;
        }
    }
    Ok(())
}

/// The object a field name (`0`, `name`, `0.attr[key]`, or empty) stands for (CPython's
/// `get_field_object`).
fn field_value(
    vm: &mut Vm<'_>,
    name: &str,
    args: &FieldArgs<'_>,
    numbering: &mut Numbering,
) -> PyResult<Value> {
    let (first, rest) = FieldName::split(name)
        .map_err(|error| vm.raise_msg(Cls::ValueError, format_args!("{error}")))?;
    let index = match first {
        FieldKey::Auto => match *numbering {
            Numbering::Manual => {
                return Err(vm.raise_msg(
                    Cls::ValueError,
                    format_args!(
                        "cannot switch from manual field specification to automatic field \
                         numbering"
                    ),
                ));
            }
            Numbering::Unset | Numbering::Auto(_) => {
                let next = match *numbering {
                    Numbering::Auto(next) => next,
                    _ => 0,
                };
                *numbering = Numbering::Auto(next + 1);
                Some(next)
            }
        },
        FieldKey::Index(index) => {
            if let Numbering::Auto(_) = *numbering {
                return Err(vm.raise_msg(
                    Cls::ValueError,
                    format_args!(
                        "cannot switch from automatic field numbering to manual field \
                         specification"
                    ),
                ));
            }
            *numbering = Numbering::Manual;
            Some(index)
        }
        FieldKey::Name(_) => None,
    };
    let mut value = match (index, first) {
        (Some(index), _) => {
            let Some(positional) = args.positional else {
                return Err(vm.raise_msg(
                    Cls::ValueError,
                    format_args!("Format string contains positional fields"),
                ));
            };
            match positional.get(index) {
                Some(&value) => value,
                None => {
                    return Err(vm.raise_msg(
                        Cls::IndexError,
                        format_args!(
                            "Replacement index {index} out of range for positional args tuple"
                        ),
                    ));
                }
            }
        }
        (None, key) => {
            let key = match key {
                FieldKey::Name(key) => key,
                _ => "",
            };
            keyword_value(vm, &args.keywords, key)?
        }
    };
    for access in rest {
        let access =
            access.map_err(|error| vm.raise_msg(Cls::ValueError, format_args!("{error}")))?;
        value = match access {
            FieldAccess::Attr(attr) => {
                let attr = vm.intern(attr)?;
                vm.get_attr(value, attr)?
            }
            FieldAccess::Index(index) => {
                let index = i64::try_from(index).unwrap_or(i64::MAX);
                vm.get_item(value, Value::Int(index))?
            }
            FieldAccess::Key(key) => {
                let key = vm.new_str(key)?;
                vm.get_item(value, key.value())?
            }
        };
    }
    Ok(value)
}

/// The named argument `key` of `str.format` (or `format_map`'s `mapping[key]`).
fn keyword_value(vm: &mut Vm<'_>, keywords: &Keywords<'_>, key: &str) -> PyResult<Value> {
    match *keywords {
        Keywords::Call { names, values } => {
            let found = names.and_then(|names| {
                names
                    .items()
                    .iter()
                    .zip(values)
                    .find(|(name, _)| as_str_obj(**name).is_some_and(|n| n.as_str() == key))
                    .map(|(_, &value)| value)
            });
            match found {
                Some(value) => Ok(value),
                None => {
                    let key = vm.new_str(key)?;
                    Err(vm.raise_with_args(Cls::KeyError, &[key.value()]))
                }
            }
        }
        Keywords::Mapping(mapping) => {
            let key = vm.new_str(key)?;
            vm.get_item(mapping, key.value())
        }
    }
}

/// An error CPython finds while parsing a `str.format` string (always a `ValueError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkupError {
    /// A `}` that is not `}}` and closes no field.
    SingleClose,
    /// A `{` at the very end.
    SingleOpen,
    /// A field name runs to the end of the string.
    ExpectedClose,
    /// A `{` inside a field name.
    OpenInName,
    /// A `!` at the very end.
    ConversionEnd,
    /// Something other than `:` or `}` after `!x`.
    ExpectedColon,
    /// A format spec runs to the end of the string.
    UnmatchedInSpec,
    /// A field index too large for `isize`.
    TooManyDigits,
    /// `.` or `[]` with nothing after it.
    EmptyAttribute,
    /// A `[` without its `]`.
    MissingBracket,
    /// Something other than `.` or `[` after `]`.
    AfterBracket,
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MarkupError::SingleClose => "Single '}' encountered in format string",
            MarkupError::SingleOpen => "Single '{' encountered in format string",
            MarkupError::ExpectedClose => "expected '}' before end of string",
            MarkupError::OpenInName => "unexpected '{' in field name",
            MarkupError::ConversionEnd => "end of string while looking for conversion specifier",
            MarkupError::ExpectedColon => "expected ':' after conversion specifier",
            MarkupError::UnmatchedInSpec => "unmatched '{' in format spec",
            MarkupError::TooManyDigits => "Too many decimal digits in format string",
            MarkupError::EmptyAttribute => "Empty attribute in format string",
            MarkupError::MissingBracket => "Missing ']' in format string",
            MarkupError::AfterBracket => "Only '.' or '[' may follow ']' in format field specifier",
        })
    }
}

/// A replacement field as written: `{name!conversion:spec}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Field<'f> {
    /// The field name (`0`, `name.attr[key]`, or empty for the next positional argument).
    name: &'f str,
    /// The character after `!`, if any.
    conversion: Option<char>,
    /// The format spec after `:` (empty if none).
    spec: &'f str,
    /// Whether the spec has fields of its own (`{:{width}}`).
    spec_has_fields: bool,
}

/// The pieces of a `str.format` string: literal text, each followed by a field or not
/// (CPython's `MarkupIterator`). Delimiters are ASCII, so the parser walks bytes.
struct Markup<'f> {
    /// The whole format string.
    text: &'f str,
    /// Byte offset of the next unread character.
    at: usize,
}

impl<'f> Markup<'f> {
    fn new(text: &'f str) -> Self {
        Markup { text, at: 0 }
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn slice(&self, from: usize, to: usize) -> &'f str {
        self.text.get(from..to).unwrap_or_default()
    }

    /// The next literal text and the field after it; `None` at the end.
    fn next(&mut self) -> Option<Result<(&'f str, Option<Field<'f>>), MarkupError>> {
        let start = self.at;
        if start >= self.text.len() {
            return None;
        }
        let brace = self.text.get(start..)?.find(['{', '}']);
        let Some(offset) = brace else {
            self.at = self.text.len();
            return Some(Ok((self.slice(start, self.at), None)));
        };
        let brace_at = start + offset;
        let brace = self.byte(brace_at);
        let doubled = self.byte(brace_at + 1) == brace;
        if doubled {
            // `{{` or `}}`: the literal ends with one brace; no field.
            self.at = brace_at + 2;
            return Some(Ok((self.slice(start, brace_at + 1), None)));
        }
        if brace == Some(b'}') {
            return Some(Err(MarkupError::SingleClose));
        }
        if brace_at + 1 >= self.text.len() {
            return Some(Err(MarkupError::SingleOpen));
        }
        self.at = brace_at + 1;
        let literal = self.slice(start, brace_at);
        Some(self.field().map(|field| (literal, Some(field))))
    }

    /// Parses a field after its `{`, through its `}` (CPython's `parse_field`).
    fn field(&mut self) -> Result<Field<'f>, MarkupError> {
        let name_start = self.at;
        let mut last = None;
        while let Some(byte) = self.byte(self.at) {
            self.at += 1;
            last = Some(byte);
            match byte {
                b'{' => return Err(MarkupError::OpenInName),
                b'[' => {
                    // Brackets hide `:`, `!` and `}` from this scan.
                    while self.byte(self.at).is_some_and(|b| b != b']') {
                        self.at += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let mut field = Field {
            name: self.slice(name_start, self.at.saturating_sub(1)),
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        match last {
            Some(b'}') => return Ok(field),
            Some(b'!' | b':') => {}
            _ => return Err(MarkupError::ExpectedClose),
        }
        if last == Some(b'!') {
            let conversion = self
                .text
                .get(self.at..)
                .and_then(|rest| rest.chars().next());
            let Some(conversion) = conversion else {
                return Err(MarkupError::ConversionEnd);
            };
            field.conversion = Some(conversion);
            self.at += conversion.len_utf8();
            match self.byte(self.at) {
                None => {}
                Some(b'}') => {
                    self.at += 1;
                    return Ok(field);
                }
                Some(b':') => self.at += 1,
                Some(_) => return Err(MarkupError::ExpectedColon),
            }
        }
        let spec_start = self.at;
        let mut depth = 1usize;
        while let Some(byte) = self.byte(self.at) {
            self.at += 1;
            match byte {
                b'{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = self.slice(spec_start, self.at - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(MarkupError::UnmatchedInSpec)
    }
}

/// The first part of a field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FieldKey<'f> {
    /// Empty: the next positional argument.
    Auto,
    /// All decimal digits: a positional argument.
    Index(usize),
    /// Anything else: a named argument.
    Name(&'f str),
}

/// A later part of a field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FieldAccess<'f> {
    /// `.name`: an attribute.
    Attr(&'f str),
    /// `[digits]`: an item by integer index.
    Index(usize),
    /// `[text]`: an item by str key.
    Key(&'f str),
}

/// The accesses after the first part of a field name (CPython's `FieldNameIterator`).
struct FieldName<'f> {
    /// The unparsed rest, starting at a `.` or `[` (or empty).
    rest: &'f str,
}

impl<'f> FieldName<'f> {
    /// Splits a field name into its first part and the accesses after it (CPython's
    /// `field_name_split`).
    fn split(name: &'f str) -> Result<(FieldKey<'f>, FieldName<'f>), MarkupError> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let first = name.get(..end).unwrap_or_default();
        let rest = FieldName {
            rest: name.get(end..).unwrap_or_default(),
        };
        let key = match decimal(first)? {
            _ if first.is_empty() => FieldKey::Auto,
            Some(index) => FieldKey::Index(index),
            None => FieldKey::Name(first),
        };
        Ok((key, rest))
    }
}

impl<'f> Iterator for FieldName<'f> {
    type Item = Result<FieldAccess<'f>, MarkupError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut chars = self.rest.chars();
        let kind = chars.next()?;
        let after = chars.as_str();
        let access = match kind {
            '.' => {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attr = after.get(..end).unwrap_or_default();
                self.rest = after.get(end..).unwrap_or_default();
                Ok((attr, FieldAccess::Attr(attr)))
            }
            '[' => match after.find(']') {
                None => Err(MarkupError::MissingBracket),
                Some(end) => {
                    let key = after.get(..end).unwrap_or_default();
                    self.rest = after.get(end + 1..).unwrap_or_default();
                    match decimal(key) {
                        Ok(Some(index)) => Ok((key, FieldAccess::Index(index))),
                        Ok(None) => Ok((key, FieldAccess::Key(key))),
                        Err(error) => Err(error),
                    }
                }
            },
            _ => Err(MarkupError::AfterBracket),
        };
        let result = match access {
            Ok(("", _)) => Err(MarkupError::EmptyAttribute),
            Ok((_, access)) => Ok(access),
            Err(error) => Err(error),
        };
        if result.is_err() {
            self.rest = "";
        }
        Some(result)
    }
}

/// `text` as a non-negative integer if it is all decimal digits (any script, as CPython's
/// `get_integer`); `None` if it is empty or has another character.
fn decimal(text: &str) -> Result<Option<usize>, MarkupError> {
    /// CPython's limit is `PY_SSIZE_T_MAX`.
    const LIMIT: usize = isize::MAX.unsigned_abs();
    if text.is_empty() {
        return Ok(None);
    }
    let mut value = 0usize;
    for c in text.chars() {
        let Some(digit) = unicode::decimal_value(c) else {
            return Ok(None);
        };
        let digit = digit as usize;
        if value > (LIMIT - digit) / 10 {
            return Err(MarkupError::TooManyDigits);
        }
        value = value * 10 + digit;
    }
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::super::str_methods::tests::{assert_prints, assert_raises};
    use super::*;
    use std::vec::Vec;

    /// The pieces of a format string, or its first error.
    fn pieces(text: &str) -> Result<Vec<(&str, Option<Field<'_>>)>, MarkupError> {
        let mut markup = Markup::new(text);
        let mut all = Vec::new();
        while let Some(next) = markup.next() {
            all.push(next?);
        }
        Ok(all)
    }

    fn field<'f>(
        name: &'f str,
        conversion: Option<char>,
        spec: &'f str,
        nested: bool,
    ) -> Field<'f> {
        Field {
            name,
            conversion,
            spec,
            spec_has_fields: nested,
        }
    }

    #[test]
    fn markup_splits_literals_and_fields() {
        assert_eq!(pieces(""), Ok(Vec::new()));
        assert_eq!(
            pieces("a{{b}}c{0!r:>{w}}d{x[:}]}"),
            Ok(Vec::from([
                ("a{", None),
                ("b}", None),
                ("c", Some(field("0", Some('r'), ">{w}", true))),
                ("d", Some(field("x[:}]", None, "", false))),
            ]))
        );
        assert_eq!(
            pieces("{!s}{:}"),
            Ok(Vec::from([
                ("", Some(field("", Some('s'), "", false))),
                ("", Some(field("", None, "", false))),
            ]))
        );
        assert_eq!(
            pieces("é{é!é:é}"),
            Ok(Vec::from([("é", Some(field("é", Some('é'), "é", false)))]))
        );
    }

    #[test]
    fn markup_errors_match_cpython() {
        for (text, error) in [
            ("}", MarkupError::SingleClose),
            ("a}b", MarkupError::SingleClose),
            ("{", MarkupError::SingleOpen),
            ("{0", MarkupError::ExpectedClose),
            ("{0[}", MarkupError::ExpectedClose),
            ("{a{}", MarkupError::OpenInName),
            ("{0!", MarkupError::ConversionEnd),
            ("{0!r", MarkupError::UnmatchedInSpec),
            ("{0!}", MarkupError::UnmatchedInSpec),
            ("{0!rx}", MarkupError::ExpectedColon),
            ("{0:{}", MarkupError::UnmatchedInSpec),
        ] {
            assert_eq!(pieces(text), Err(error), "{text:?}");
        }
        assert_eq!(
            MarkupError::SingleClose.to_string(),
            "Single '}' encountered in format string"
        );
    }

    #[test]
    fn field_names_split_into_accesses() {
        let (key, rest) = FieldName::split("0.name[3][key].x").unwrap();
        assert_eq!(key, FieldKey::Index(0));
        let accesses: Result<Vec<_>, _> = rest.collect();
        assert_eq!(
            accesses,
            Ok(Vec::from([
                FieldAccess::Attr("name"),
                FieldAccess::Index(3),
                FieldAccess::Key("key"),
                FieldAccess::Attr("x"),
            ]))
        );
        assert_eq!(FieldName::split("").map(|(key, _)| key), Ok(FieldKey::Auto));
        assert_eq!(
            FieldName::split("٣").map(|(key, _)| key),
            Ok(FieldKey::Index(3))
        );
        assert_eq!(
            FieldName::split("x1").map(|(key, _)| key),
            Ok(FieldKey::Name("x1"))
        );
        assert_eq!(
            FieldName::split("99999999999999999999").map(|(key, _)| key),
            Err(MarkupError::TooManyDigits)
        );
        for (name, error) in [
            ("0.", MarkupError::EmptyAttribute),
            ("0[]", MarkupError::EmptyAttribute),
            ("0..a", MarkupError::EmptyAttribute),
            ("0[1", MarkupError::MissingBracket),
            ("0[1]x", MarkupError::AfterBracket),
        ] {
            let (_, mut rest) = FieldName::split(name).unwrap();
            let first_error = rest.find_map(Result::err);
            assert_eq!(first_error, Some(error), "{name:?}");
        }
        assert_eq!(decimal(""), Ok(None));
        assert_eq!(
            decimal("9223372036854775807"),
            Ok(Some(isize::MAX.unsigned_abs()))
        );
        assert_eq!(
            decimal("9223372036854775808"),
            Err(MarkupError::TooManyDigits)
        );
    }

    #[test]
    fn percent_formatting_in_the_vm() {
        assert_prints(
            "print('%s|%5.2f|%-4d|%x|%r|%a|%c' % ('s', 3.14159, 7, 255, 'é', 'é', 233))\n\
             print('%(a)s %(b)03d' % {'a': [1], 'b': 5}, '%s' % {'k': 1}, 'x' % [], '%*.*f|' % (7, 1, 2.25))\n\
             class I:\n    def __index__(self):\n        return 66\n\
             print('%c %d %x %.1f' % (I(), I(), I(), I()), '%d' % 2.9, '%s' % (None,))\n",
            "s| 3.14|7   |ff|'é'|'\\xe9'|é\n[1] 005 {'k': 1} x     2.2|\nB 66 42 66.0 2 None\n",
        );
        assert_raises(
            "'%s %s' % (1,)",
            "TypeError: not enough arguments for format string",
        );
        assert_raises(
            "'%s' % (1, 2)",
            "TypeError: not all arguments converted during string formatting",
        );
        assert_raises("'%(a)s' % 1", "TypeError: format requires a mapping");
        assert_raises("'%(a)s' % {}", "KeyError: 'a'");
        assert_raises(
            "'%d' % 'x'",
            "TypeError: %d format: a real number is required, not str",
        );
        assert_raises(
            "'%x' % 1.5",
            "TypeError: %x format: an integer is required, not float",
        );
        assert_raises(
            "'%f' % None",
            "TypeError: must be real number, not NoneType",
        );
        assert_raises("'%c' % 'ab'", "TypeError: %c requires int or char");
        assert_raises(
            "'%y' % 1",
            "ValueError: unsupported format character 'y' (0x79) at index 1",
        );
        assert_raises("'%*d' % ('a', 1)", "TypeError: * wants int");
        assert_raises(
            "'%d' % float('nan')",
            "ValueError: cannot convert float NaN to integer",
        );
    }

    #[test]
    fn format_specs_in_the_vm() {
        assert_prints(
            "print(format(1234, ','), format(True), format(True, '>3'), format(2.5, '.2%'), format('ab', '^6'))\n\
             class M:\n    def __format__(self, spec):\n        return 'M' + spec\n\
             print(format(M()), format(M(), 'x'), format(None), format([1], ''), f'{3.14159:.2f}')\n",
            "1,234 True   1 250.00%   ab  \nM Mx None [1] 3.14\n",
        );
        assert_raises(
            "format(None, 'x')",
            "TypeError: unsupported format string passed to NoneType.__format__",
        );
        assert_raises(
            "format(1.5, 'd')",
            "ValueError: Unknown format code 'd' for object of type 'float'",
        );
        assert_raises(
            "format(True, 'q')",
            "ValueError: Unknown format code 'q' for object of type 'bool'",
        );
        assert_raises(
            "format(1, 'x!')",
            "ValueError: Invalid format specifier 'x!' for object of type 'int'",
        );
        assert_raises(
            "class M:\n    def __format__(self, spec):\n        return 1\nformat(M(), '')",
            "TypeError: __format__ must return a str, not int",
        );
    }

    #[test]
    fn str_format_in_the_vm() {
        assert_prints(
            "class P:\n    def __init__(self):\n        self.xs = [1, 'two']\n\
             print('{0.xs[1]!r:>6}|{x}'.format(P(), x=2))\n\
             print('{:{}}|{:{w}.{p}f}|{{}}|{!a}'.format('a', 3, 3.14159, 'é', w=7, p=2))\n\
             print('{a[0]}'.format_map({'a': 'xy'}), '{0[1][0]}'.format([0, 'q']))\n",
            " 'two'|2\na  |   3.14|{}|'\\xe9'\nx q\n",
        );
        assert_raises(
            "'{}{0}'.format(1)",
            "ValueError: cannot switch from automatic field numbering to manual field specification",
        );
        assert_raises(
            "'{0}{}'.format(1)",
            "ValueError: cannot switch from manual field specification to automatic field numbering",
        );
        assert_raises(
            "'{2}'.format(1)",
            "IndexError: Replacement index 2 out of range for positional args tuple",
        );
        assert_raises("'{x}'.format(1)", "KeyError: 'x'");
        assert_raises(
            "'{:{:{}}}'.format(1, 2, 3)",
            "ValueError: Max string recursion exceeded",
        );
        assert_raises(
            "'{0!x}'.format(1)",
            "ValueError: Unknown conversion specifier x",
        );
        assert_raises(
            "'{}'.format_map({})",
            "ValueError: Format string contains positional fields",
        );
        assert_raises(
            "'{0.nope}'.format(1)",
            "AttributeError: 'int' object has no attribute 'nope'",
        );
    }
}
