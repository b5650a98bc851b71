//! Constructors and methods of the built-in types.

use super::MethodTable;
use super::args::{Signature, bind, check_count, int_arg, keyword, keyword_only};
use crate::object::class::Builtin;
use crate::object::func::NativeDef;
use crate::object::misc::DictPart;
use crate::object::{ClassObj, DictObj, Gc, Kind, ListObj, StrObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

macro_rules! defs {
    ($($name:literal => $func:path,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// Methods by class.
pub(super) static METHODS: &[MethodTable] = &[
    (
        Cls::List,
        defs! {
            "append" => list_append,
            "extend" => list_extend,
            "insert" => list_insert,
            "pop" => list_pop,
            "remove" => list_remove,
            "index" => list_index,
            "count" => list_count,
            "reverse" => list_reverse,
            "sort" => list_sort,
            "copy" => list_copy,
            "clear" => list_clear,
        },
    ),
    (
        Cls::Tuple,
        defs! {
            "index" => tuple_index,
            "count" => tuple_count,
        },
    ),
    (
        Cls::Dict,
        defs! {
            "get" => dict_get,
            "keys" => dict_keys,
            "values" => dict_values,
            "items" => dict_items,
            "pop" => dict_pop,
            "popitem" => dict_popitem,
            "setdefault" => dict_setdefault,
            "update" => dict_update,
            "copy" => dict_copy,
            "clear" => dict_clear,
        },
    ),
    (Cls::Str, super::str_methods::METHODS),
    (Cls::Set, super::set_methods::SET_METHODS),
    (Cls::FrozenSet, super::set_methods::FROZENSET_METHODS),
    (
        Cls::Slice,
        defs! {
            "indices" => slice_indices,
        },
    ),
];

impl Vm<'_> {
    /// Calling a built-in class: `int(x)`, `list(it)`, `range(n)`, ...
    pub(crate) fn construct_builtin(
        &mut self,
        class: Gc<ClassObj>,
        args: &Args<'_>,
    ) -> PyResult<Value> {
        let name = crate::vm::extend(class.name.get().as_str());
        if !matches!(
            class.builtin,
            Builtin::Dict | Builtin::Type | Builtin::Iterator | Builtin::Int
        ) {
            super::no_keywords(self, name, args)?;
        }
        match class.builtin {
            Builtin::Int => construct_int(self, args),
            Builtin::Float => construct_float(self, args),
            Builtin::Bool => {
                check_count(self, "bool", args, 0, 1)?;
                match args.pos.first() {
                    Some(&v) => Ok(Value::Bool(self.truthy(v)?)),
                    None => Ok(Value::Bool(false)),
                }
            }
            Builtin::Str => {
                check_count(self, "str", args, 0, 1)?;
                match args.pos.first() {
                    Some(&v) => Ok(self.str_of(v)?.value()),
                    None => Ok(self.new_str("")?.value()),
                }
            }
            Builtin::List => {
                check_count(self, "list", args, 0, 1)?;
                let list = self.new_list(&[])?;
                if let Some(&source) = args.pos.first() {
                    self.list_extend(list, source)?;
                }
                Ok(list.value())
            }
            Builtin::Tuple => {
                check_count(self, "tuple", args, 0, 1)?;
                match args.pos.first() {
                    Some(&source) => Ok(self.to_tuple(source)?.value()),
                    None => Ok(self.new_tuple(&[])?.value()),
                }
            }
            Builtin::Dict => {
                check_count(self, "dict", args, 0, 1)?;
                let dict = self.new_dict()?;
                if let Some(&source) = args.pos.first() {
                    self.dict_update(dict, source, false)?;
                }
                if let Some(names) = args.kw_names {
                    for (key, &value) in names.items().iter().zip(args.kw_values) {
                        self.dict_set(dict, *key, value)?;
                    }
                }
                Ok(dict.value())
            }
            Builtin::Set => super::set_methods::construct(self, args, false),
            Builtin::FrozenSet => super::set_methods::construct(self, args, true),
            Builtin::Range => {
                check_count(self, "range", args, 1, 3)?;
                let mut bounds = [0i64; 3];
                for (slot, &value) in bounds.iter_mut().zip(args.pos) {
                    *slot = match value {
                        Value::Int(i) => i,
                        Value::Bool(b) => i64::from(b),
                        _ => {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "'{}' object cannot be interpreted as an integer",
                                    self.type_name(value)
                                ),
                            ));
                        }
                    };
                }
                let (start, stop, step) = match args.pos.len() {
                    1 => (0, bounds[0], 1),
                    2 => (bounds[0], bounds[1], 1),
                    _ => (bounds[0], bounds[1], bounds[2]),
                };
                if step == 0 {
                    return Err(self.raise_msg(
                        Cls::ValueError,
                        format_args!("range() arg 3 must not be zero"),
                    ));
                }
                Ok(self.new_range(start, stop, step)?.value())
            }
            Builtin::Slice => {
                check_count(self, "slice", args, 1, 3)?;
                let (start, stop, step) = match args.pos {
                    [stop] => (Value::None, *stop, Value::None),
                    [start, stop] => (*start, *stop, Value::None),
                    [start, stop, step, ..] => (*start, *stop, *step),
                    [] => (Value::None, Value::None, Value::None),
                };
                Ok(self.new_slice(start, stop, step)?.value())
            }
            Builtin::Super => self.make_super(args),
            Builtin::Type => {
                if args.pos.len() == 1 && !args.has_keywords() {
                    return Ok(self.class_of(args.pos[0]).value());
                }
                Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "type() takes 1 argument (3-argument type() is not supported by Tracery)"
                    ),
                ))
            }
            Builtin::Iterator => match class.name.get().as_str() {
                "enumerate" => {
                    let start_kw = keyword(self, "enumerate", args, "start", &[])?;
                    check_count(self, "enumerate", args, 1, 2)?;
                    let start = match args.pos.get(1).copied().or(start_kw) {
                        Some(v) => int_arg(self, v)?,
                        None => 0,
                    };
                    let iter = self.get_iter(args.pos[0])?;
                    Ok(self.new_enumerate(iter, start)?.value())
                }
                "zip" => {
                    let [strict] = keyword_only(self, "zip", args, ["strict"])?;
                    let strict = match strict {
                        Some(flag) => self.truthy(flag)?,
                        None => false,
                    };
                    let list = self.new_list(&[])?;
                    for &source in args.pos {
                        let iter = self.get_iter(source)?;
                        self.list_append(list, iter)?;
                    }
                    let tuple = self.list_to_tuple(list)?;
                    Ok(self.new_zip(tuple, strict)?.value())
                }
                "map" => {
                    if args.has_keywords() {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!("map() takes no keyword arguments"),
                        ));
                    }
                    if args.pos.len() < 2 {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!("map() must have at least two arguments."),
                        ));
                    }
                    let list = self.new_list(&[])?;
                    for &source in &args.pos[1..] {
                        let iter = self.get_iter(source)?;
                        self.list_append(list, iter)?;
                    }
                    let tuple = self.list_to_tuple(list)?;
                    self.new_map(args.pos[0], tuple, false)
                }
                "filter" => {
                    if args.has_keywords() {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!("filter() takes no keyword arguments"),
                        ));
                    }
                    check_count(self, "filter", args, 2, 2)?;
                    let iter = self.get_iter(args.pos[1])?;
                    let tuple = self.new_tuple(&[iter])?;
                    self.new_map(args.pos[0], tuple, true)
                }
                "reversed" => {
                    super::no_keywords(self, "reversed", args)?;
                    if args.pos.len() != 1 {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!("reversed expected 1 argument, got {}", args.pos.len()),
                        ));
                    }
                    self.reversed(args.pos[0])
                }
                other => Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!("cannot create '{other}' instances"),
                )),
            },
            _ => Err(self.raise_msg(
                Cls::TypeError,
                format_args!("cannot create '{name}' instances"),
            )),
        }
    }

    /// `super()` (from the calling method's `self` and `__class__`) or `super(cls, obj)`.
    fn make_super(&mut self, args: &Args<'_>) -> PyResult<Value> {
        if let [class, receiver] = args.pos {
            let Some(class) = class.as_obj().and_then(|o| o.downcast::<ClassObj>()) else {
                return Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!("super() argument 1 must be a type"),
                ));
            };
            return Ok(self.new_super(class, *receiver)?.value());
        }
        if !args.pos.is_empty() {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!("super() takes 0 or 2 arguments"),
            ));
        }
        match self.caller_self_and_class() {
            Some((receiver, class)) => Ok(self.new_super(class, receiver)?.value()),
            None => Err(self.raise_msg(Cls::RuntimeError, format_args!("super(): no arguments"))),
        }
    }

    /// `reversed(seq)`: the sequence's own reverse iterator, `__reversed__()`, or a
    /// `reversed` object that indexes a user sequence from its end.
    fn reversed(&mut self, seq: Value) -> PyResult<Value> {
        let Some(obj) = seq.as_obj() else {
            return Err(self.not_reversible(seq));
        };
        match obj.kind() {
            Kind::List | Kind::Tuple => {
                let len = self.seq_items(seq).len();
                Ok(self.new_seq_iter(seq, len, true)?.value())
            }
            Kind::Str => {
                let len = self.expect_str(seq).len;
                Ok(self.new_seq_iter(seq, len, true)?.value())
            }
            Kind::Range => {
                let range = self.expect_range(seq);
                if range.len == 0 {
                    return Ok(self.new_range_iter(0, 1, 0)?.value());
                }
                let last = range.item(range.len - 1);
                Ok(self.new_range_iter(last, -range.step, range.len)?.value())
            }
            Kind::Dict => self.new_dict_reverse_iter(self.expect_dict(seq), DictPart::Keys),
            Kind::DictView => {
                let view = self.expect_dict_view(seq);
                self.new_dict_reverse_iter(view.dict, view.part)
            }
            Kind::Instance => {
                let name = self.name(crate::vm::Name::__reversed__);
                // `__reversed__ = None` declares the class not reversible.
                if let Some(Value::None) = self.lookup_in_class(self.class_of(seq), name)? {
                    return Err(self.not_reversible(seq));
                }
                if let Some(method) = self.lookup_special(seq, crate::vm::Name::__reversed__)? {
                    return self.call_method_value(method, seq, &Args::positional(&[]));
                }
                if let Some(base) = self.builtin_base(seq) {
                    return self.reversed(base);
                }
                if self
                    .lookup_special(seq, crate::vm::Name::__getitem__)?
                    .is_none()
                {
                    return Err(self.not_reversible(seq));
                }
                let len = self.len_of(seq)?;
                Ok(self.new_seq_iter(seq, len, true)?.value())
            }
            _ => Err(self.not_reversible(seq)),
        }
    }

    /// `reversed(value)`'s TypeError.
    #[cold]
    fn not_reversible(&mut self, value: Value) -> crate::vm::Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not reversible", self.type_name(value)),
        )
    }
}

/// `int(x=0, /, base=10)`.
fn construct_int(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    const SIG: Signature<2> = Signature {
        name: "int",
        params: ["x", "base"],
        posonly: 1,
        required: 0,
    };
    let [value, base] = bind(vm, &SIG, args)?;
    let Some(value) = value else {
        if base.is_some() {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("int() missing string argument"),
            ));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let base = match super::str_methods::as_index(vm, base)? {
            Some(base) => base,
            None => {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(base)
                    ),
                ));
            }
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.raise_msg(
                Cls::ValueError,
                format_args!("int() base must be >= 2 and <= 36, or 0"),
            ));
        }
        let Some(s) = value.as_obj().and_then(|o| o.downcast::<StrObj>()) else {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("int() can't convert non-string with explicit base"),
            ));
        };
        return parse_int_str(vm, s, base as u32);
    }
    match value {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => float_to_int(vm, f),
        Value::Obj(obj) if obj.kind() == Kind::Instance => {
            // `PyNumber_Long`: `__int__`, then `__index__`.
            if let Some(method) = vm.lookup_special(value, crate::vm::Name::__int__)? {
                return match vm.call_method_value(method, value, &Args::positional(&[]))? {
                    Value::Int(i) => Ok(Value::Int(i)),
                    Value::Bool(b) => Ok(Value::Int(i64::from(b))),
                    result => Err(vm.raise_msg(
                        Cls::TypeError,
                        format_args!("__int__ returned non-int (type {})", vm.type_name(result)),
                    )),
                };
            }
            match super::str_methods::as_index(vm, value)? {
                Some(i) => Ok(Value::Int(i)),
                None => Err(int_type_error(vm, value)),
            }
        }
        _ => match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(s) => parse_int_str(vm, s, 10),
            None => Err(int_type_error(vm, value)),
        },
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for NaN, infinities and (Tracery's
/// limit) values outside 64 bits.
fn float_to_int(vm: &mut Vm<'_>, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("cannot convert float NaN to integer"),
        ));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg(
            Cls::OverflowError,
            format_args!("cannot convert float infinity to integer"),
        ));
    }
    let t = libm::trunc(f);
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        return Err(vm.overflow());
    }
    Ok(Value::Int(t as i64))
}

/// `int(value)`'s TypeError for a value that is no number and no string.
#[cold]
fn int_type_error(vm: &mut Vm<'_>, value: Value) -> crate::vm::Raised {
    vm.raise_msg(
        Cls::TypeError,
        format_args!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name(value)
        ),
    )
}

fn parse_int_str(vm: &mut Vm<'_>, s: Gc<StrObj>, base: u32) -> PyResult<Value> {
    match crate::text::int_parse::parse_int(s.as_str(), base) {
        Ok(i) => Ok(Value::Int(i)),
        Err(err) => {
            let text = crate::vm::extend(s.as_str());
            let message = err.message(text, base);
            let cls = match err.exception() {
                crate::text::ExceptionKind::OverflowError => Cls::OverflowError,
                _ => Cls::ValueError,
            };
            Err(vm.raise_msg(cls, format_args!("{message}")))
        }
    }
}

fn construct_float(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "float", args, 0, 1)?;
    let Some(&value) = args.pos.first() else {
        return Ok(Value::Float(0.0));
    };
    match value {
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Bool(b) => Ok(Value::Float(f64::from(u8::from(b)))),
        Value::Float(f) => Ok(Value::Float(f)),
        Value::Obj(obj) if obj.kind() == Kind::Instance => {
            // `PyNumber_Float`: `__float__`, then `__index__`.
            if let Some(method) = vm.lookup_special(value, crate::vm::Name::__float__)? {
                return match vm.call_method_value(method, value, &Args::positional(&[]))? {
                    Value::Float(f) => Ok(Value::Float(f)),
                    result => Err(vm.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(value),
                            vm.type_name(result)
                        ),
                    )),
                };
            }
            match super::str_methods::as_index(vm, value)? {
                Some(i) => Ok(Value::Float(i as f64)),
                None => Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "float() argument must be a string or a real number, not '{}'",
                        vm.type_name(value)
                    ),
                )),
            }
        }
        _ => match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(s) => match crate::text::int_parse::parse_float(s.as_str()) {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    let text = crate::vm::extend(s.as_str());
                    let message = crate::text::int_parse::InvalidFloatLiteral(text);
                    Err(vm.raise_msg(Cls::ValueError, format_args!("{message}")))
                }
            },
            None => Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.type_name(value)
                ),
            )),
        },
    }
}

// --- method arguments -----------------------------------------------------------------------

/// How CPython parses the arguments of a list, tuple or dict method, which decides how its
/// arity errors are worded.
#[derive(Clone, Copy, Debug)]
enum Arity {
    /// `METH_NOARGS`: `list.copy() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `list.append() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional-only: `pop expected at most 1 argument, got 2`.
    Clinic(usize, usize),
}

/// The receiver (`args.pos[0]`, or the list or dict behind an instance of a subclass) of the
/// method `name` of the built-in class `class` and the other positional arguments, checked in
/// CPython's order: receiver, keywords, arity.
/// `keywords` says whether the method takes keyword arguments (only `list.sort` does, and
/// it checks them itself).
fn method_args<'v>(
    vm: &mut Vm<'_>,
    args: &Args<'v>,
    class: Kind,
    name: &str,
    arity: Arity,
    keywords: bool,
) -> PyResult<(Value, &'v [Value])> {
    let class_name = match class {
        Kind::List => "list",
        Kind::Tuple => "tuple",
        Kind::Slice => "slice",
        _ => "dict",
    };
    let Some(&this) = args.pos.first() else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("unbound method {class_name}.{name}() needs an argument"),
        ));
    };
    // An instance of a `list` or `dict` subclass stands for the list or dict behind it, so
    // `list.append(self, x)` in a subclass works on that one.
    let kind_of = |value: Value| value.as_obj().map(|o| o.kind());
    let this = match vm.builtin_base(this) {
        Some(base) if kind_of(base) == Some(class) => base,
        _ => this,
    };
    if kind_of(this) != Some(class) {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "descriptor '{name}' for '{class_name}' objects doesn't apply to a '{}' object",
                vm.type_name(this)
            ),
        ));
    }
    if !keywords && args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{class_name}.{name}() takes no keyword arguments"),
        ));
    }
    let rest = &args.pos[1..];
    let given = rest.len();
    match arity {
        Arity::NoArgs if given != 0 => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{class_name}.{name}() takes no arguments ({given} given)"),
        )),
        Arity::One if given != 1 => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{class_name}.{name}() takes exactly one argument ({given} given)"),
        )),
        Arity::Clinic(min, max) => {
            check_count(vm, name, &Args::positional(rest), min, max)?;
            Ok((this, rest))
        }
        _ => Ok((this, rest)),
    }
}

/// The list a list method was called on, and its other positional arguments.
fn list_args<'v>(
    vm: &mut Vm<'_>,
    args: &Args<'v>,
    name: &str,
    arity: Arity,
) -> PyResult<(Gc<ListObj>, &'v [Value])> {
    let (this, rest) = method_args(vm, args, Kind::List, name, arity, false)?;
    match this.as_obj().and_then(|o| o.downcast::<ListObj>()) {
        Some(list) => Ok((list, rest)),
        None => Err(vm.internal("a list method's receiver is not a list")),
    }
}

/// The dict a dict method was called on, and its other positional arguments. `keywords`
/// lets keyword arguments through (`dict.update`).
fn dict_args<'v>(
    vm: &mut Vm<'_>,
    args: &Args<'v>,
    name: &str,
    arity: Arity,
    keywords: bool,
) -> PyResult<(Gc<DictObj>, &'v [Value])> {
    let (this, rest) = method_args(vm, args, Kind::Dict, name, arity, keywords)?;
    match this.as_obj().and_then(|o| o.downcast::<DictObj>()) {
        Some(dict) => Ok((dict, rest)),
        None => Err(vm.internal("a dict method's receiver is not a dict")),
    }
}

/// A `start`/`stop` argument of `list.index`/`tuple.index`: an int or an object with
/// `__index__`; anything else (even `None`) is CPython's slice-index TypeError.
fn slice_bound(vm: &mut Vm<'_>, value: Value) -> PyResult<i64> {
    let is_index = match value {
        Value::Int(_) | Value::Bool(_) => true,
        _ => value.as_obj().is_some_and(|o| o.kind() == Kind::Instance),
    };
    if !is_index {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("slice indices must be integers or have an __index__ method"),
        ));
    }
    vm.index_value(value, "slice indices")
}

/// An int argument that may also be an object with `__index__` (`list.pop`, `list.insert`);
/// anything else is CPython's "cannot be interpreted as an integer" TypeError.
fn index_arg(vm: &mut Vm<'_>, value: Value, what: &str) -> PyResult<i64> {
    if value.as_obj().is_some_and(|o| o.kind() == Kind::Instance)
        && vm
            .lookup_special(value, crate::vm::Name::__index__)?
            .is_some()
    {
        return vm.index_value(value, what);
    }
    int_arg(vm, value)
}

// --- slice methods --------------------------------------------------------------------------

/// `slice.indices(length)`: `(start, stop, step)` resolved against a sequence of `length`.
fn slice_indices(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = method_args(vm, args, Kind::Slice, "indices", Arity::One, false)?;
    let Some(slice) = this
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::SliceObj>())
    else {
        return Err(vm.internal("a slice method's receiver is not a slice"));
    };
    let length = index_arg(vm, rest[0], "slice")?;
    let Ok(length) = usize::try_from(length) else {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("length should not be negative"),
        ));
    };
    let ind = vm.slice_indices(slice, length)?;
    let items = [
        Value::Int(ind.start),
        Value::Int(ind.stop),
        Value::Int(ind.step),
    ];
    Ok(vm.new_tuple(&items)?.value())
}

// --- list methods ---------------------------------------------------------------------------

fn list_append(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, rest) = list_args(vm, args, "append", Arity::One)?;
    vm.list_append(list, rest[0])?;
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, rest) = list_args(vm, args, "extend", Arity::One)?;
    vm.list_extend(list, rest[0])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, rest) = list_args(vm, args, "insert", Arity::Clinic(2, 2))?;
    let index = index_arg(vm, rest[0], "insert")?;
    let len = list.len.get() as i64;
    // Like a slice position: negative counts from the end, and both ends clamp.
    let index = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    vm.list_insert(list, index as usize, rest[1])?;
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, rest) = list_args(vm, args, "pop", Arity::Clinic(0, 1))?;
    // The index is converted before the list is looked at, as CPython does.
    let index = match rest.first() {
        Some(&i) => index_arg(vm, i, "pop")?,
        None => -1,
    };
    let len = list.len.get();
    if len == 0 {
        return Err(vm.raise_msg(Cls::IndexError, format_args!("pop from empty list")));
    }
    match crate::vm::normalize_index(index, len) {
        Some(i) => Ok(vm.list_remove_at(list, i)),
        None => Err(vm.raise_msg(Cls::IndexError, format_args!("pop index out of range"))),
    }
}

fn list_remove(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, rest) = list_args(vm, args, "remove", Arity::One)?;
    let mut index = 0;
    while let Some(item) = list.get(index) {
        if vm.eq(item, rest[0])? {
            vm.list_remove_at(list, index);
            return Ok(Value::None);
        }
        index += 1;
    }
    Err(vm.raise_msg(
        Cls::ValueError,
        format_args!("list.remove(x): x not in list"),
    ))
}

fn list_index(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = method_args(vm, args, Kind::List, "index", Arity::Clinic(1, 3), false)?;
    seq_index(vm, this, rest)
}

fn tuple_index(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = method_args(vm, args, Kind::Tuple, "index", Arity::Clinic(1, 3), false)?;
    seq_index(vm, this, rest)
}

/// `seq.index(x[, start[, stop]])` for a list or tuple `seq`; `rest` is `x, start, stop`.
fn seq_index(vm: &mut Vm<'_>, seq: Value, rest: &[Value]) -> PyResult<Value> {
    let mut bounds = [0, i64::MAX];
    for (slot, &value) in bounds.iter_mut().zip(&rest[1..]) {
        *slot = slice_bound(vm, value)?;
    }
    // Negative bounds count from the length at the call; the list may shrink while `==`
    // runs, so the loop also stops at its current end (as CPython's does).
    let len = vm.seq_items(seq).len() as i64;
    let [start, stop] = bounds.map(|i| if i < 0 { (i + len).max(0) } else { i });
    let mut index = start;
    while index < stop {
        let Some(&item) = vm.seq_items(seq).get(index as usize) else {
            break;
        };
        if vm.eq(item, rest[0])? {
            return Ok(Value::Int(index));
        }
        index += 1;
    }
    if seq.as_obj().is_some_and(|o| o.kind() == Kind::List) {
        let repr = vm.repr_of(rest[0])?;
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("{} is not in list", repr.as_str()),
        ));
    }
    Err(vm.raise_msg(
        Cls::ValueError,
        format_args!("tuple.index(x): x not in tuple"),
    ))
}

fn list_count(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = method_args(vm, args, Kind::List, "count", Arity::One, false)?;
    seq_count(vm, this, rest[0])
}

fn tuple_count(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, rest) = method_args(vm, args, Kind::Tuple, "count", Arity::One, false)?;
    seq_count(vm, this, rest[0])
}

/// How many items of the list or tuple `seq` equal `value`.
fn seq_count(vm: &mut Vm<'_>, seq: Value, value: Value) -> PyResult<Value> {
    let mut count = 0;
    let mut index = 0;
    while let Some(&item) = vm.seq_items(seq).get(index) {
        if vm.eq(item, value)? {
            count += 1;
        }
        index += 1;
    }
    Ok(Value::Int(count))
}

fn list_reverse(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, _) = list_args(vm, args, "reverse", Arity::NoArgs)?;
    let items = list.items();
    let len = items.len();
    for i in 0..len / 2 {
        let (a, b) = (items[i].get(), items[len - 1 - i].get());
        items[i].set(b);
        items[len - 1 - i].set(a);
    }
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    // `sort` takes keyword arguments only, and words a positional one its own way.
    if args.pos.len() > 1 && args.pos[0].as_obj().is_some_and(|o| o.kind() == Kind::List) {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sort() takes no positional arguments"),
        ));
    }
    let (list, _) = {
        let (this, rest) = method_args(vm, args, Kind::List, "sort", Arity::NoArgs, true)?;
        match this.as_obj().and_then(|o| o.downcast::<ListObj>()) {
            Some(list) => (list, rest),
            None => return Err(vm.internal("a list method's receiver is not a list")),
        }
    };
    let (mut key, mut reverse) = (None, false);
    if let Some(names) = args.kw_names {
        for (name, &value) in names.items().iter().zip(args.kw_values) {
            let name = name.as_obj().and_then(|o| o.downcast::<StrObj>());
            match name.as_ref().map(|n| n.as_str()) {
                Some("key") => key = Some(value).filter(|k| !matches!(k, Value::None)),
                // CPython reads `reverse` as a C int: `reverse=None` or `reverse=[]` is an error.
                Some("reverse") => reverse = index_arg(vm, value, "reverse")? != 0,
                other => {
                    let shown = other.unwrap_or("?");
                    return Err(vm.raise_msg(
                        Cls::TypeError,
                        format_args!("'{shown}' is an invalid keyword argument for sort()"),
                    ));
                }
            }
        }
    }
    sort_list(vm, list, key, reverse)?;
    Ok(Value::None)
}

/// Sorts a list in place: stable merge sort, optional key function, optional descending order.
pub(crate) fn sort_list(
    vm: &mut Vm<'_>,
    list: Gc<ListObj>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let len = list.len.get();
    if len == 0 || (len == 1 && key.is_none()) {
        return Ok(());
    }
    // Work on (key, value) pairs in two scratch buffers so the list is untouched on error.
    // The key function runs on every item, even a lone one, as in CPython.
    let keys = vm.new_value_buf(len)?;
    let values = vm.new_value_buf(len)?;
    for i in 0..len {
        let item = list.get(i).unwrap_or(Value::None);
        values.cells()[i].set(item);
        let k = match key {
            Some(f) => vm.call(f, &[item])?,
            None => item,
        };
        keys.cells()[i].set(k);
    }
    let tmp_keys = vm.new_value_buf(len)?;
    let tmp_values = vm.new_value_buf(len)?;
    let (mut src_k, mut src_v, mut dst_k, mut dst_v) = (keys, values, tmp_keys, tmp_values);
    let mut width = 1;
    while width < len {
        let mut lo = 0;
        while lo < len {
            let mid = (lo + width).min(len);
            let hi = (lo + 2 * width).min(len);
            let (mut i, mut j, mut out) = (lo, mid, lo);
            while i < mid && j < hi {
                let (a, b) = (src_k.cells()[i].get(), src_k.cells()[j].get());
                // Take from the right only when it must come strictly first: stability.
                let right_first = if reverse {
                    less(vm, a, b)?
                } else {
                    less(vm, b, a)?
                };
                let from = if right_first { &mut j } else { &mut i };
                dst_k.cells()[out].set(src_k.cells()[*from].get());
                dst_v.cells()[out].set(src_v.cells()[*from].get());
                *from += 1;
                out += 1;
            }
            for from in (i..mid).chain(j..hi) {
                dst_k.cells()[out].set(src_k.cells()[from].get());
                dst_v.cells()[out].set(src_v.cells()[from].get());
                out += 1;
            }
            lo = hi;
        }
        core::mem::swap(&mut src_k, &mut dst_k);
        core::mem::swap(&mut src_v, &mut dst_v);
        width *= 2;
    }
    for i in 0..len.min(list.len.get()) {
        list.items()[i].set(src_v.cells()[i].get());
    }
    Ok(())
}

fn less(vm: &mut Vm<'_>, a: Value, b: Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        _ => {
            let result = vm.compare(crate::bytecode::CompareOp::Lt, a, b)?;
            vm.truthy(result)
        }
    }
}

fn list_copy(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, _) = list_args(vm, args, "copy", Arity::NoArgs)?;
    let items = vm.seq_items(list.value());
    Ok(vm.new_list(items)?.value())
}

fn list_clear(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (list, _) = list_args(vm, args, "clear", Arity::NoArgs)?;
    list.buf.set(None);
    list.len.set(0);
    Ok(Value::None)
}

// --- dict methods ---------------------------------------------------------------------------

/// `dict.fromkeys(iterable, value=None, /)`, a classmethod: `args.pos[0]` is the class.
pub(super) static DICT_FROMKEYS: NativeDef = NativeDef {
    name: "fromkeys",
    func: dict_fromkeys,
};

fn dict_fromkeys(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("dict.fromkeys() takes no keyword arguments"),
        ));
    }
    let Some((&class, rest)) = args.pos.split_first() else {
        return Err(vm.internal("dict.fromkeys without its class"));
    };
    check_count(vm, "fromkeys", &Args::positional(rest), 1, 2)?;
    let value = rest.get(1).copied().unwrap_or(Value::None);
    let exact = class
        .as_obj()
        .and_then(|o| o.downcast::<ClassObj>())
        .is_some_and(|c| c.value().is(vm.class(Cls::Dict).value()));
    // A subclass gets an instance of itself, filled through its `__setitem__`.
    let target = if exact {
        vm.new_dict()?.value()
    } else {
        vm.call(class, &[])?
    };
    let iter = vm.get_iter(rest[0])?;
    while let Some(key) = vm.iter_next(iter)? {
        match target.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            Some(dict) => vm.dict_set(dict, key, value)?,
            None => vm.set_item(target, key, value)?,
        }
    }
    Ok(target)
}

fn dict_get(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, rest) = dict_args(vm, args, "get", Arity::Clinic(1, 2), false)?;
    Ok(vm
        .dict_get(dict, rest[0])?
        .unwrap_or(rest.get(1).copied().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, part: DictPart) -> PyResult<Value> {
    let (dict, _) = dict_args(vm, args, name, Arity::NoArgs, false)?;
    vm.new_dict_iter(dict, part, true)
}

fn dict_keys(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, "keys", DictPart::Keys)
}

fn dict_values(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, "values", DictPart::Values)
}

fn dict_items(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, "items", DictPart::Items)
}

fn dict_pop(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, rest) = dict_args(vm, args, "pop", Arity::Clinic(1, 2), false)?;
    let key = rest[0];
    // An empty dict answers without hashing the key, as CPython's does (`{}.pop([], 0)`).
    let found = if dict.len.get() == 0 {
        None
    } else {
        vm.dict_get(dict, key)?
    };
    match found {
        Some(value) => {
            vm.dict_del(dict, key)?;
            Ok(value)
        }
        None => match rest.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.raise_with_args(Cls::KeyError, &[key])),
        },
    }
}

fn dict_popitem(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, _) = dict_args(vm, args, "popitem", Arity::NoArgs, false)?;
    let last = dict
        .entries()
        .iter()
        .rev()
        .find(|e| !e.key.get().is_null())
        .map(|e| (e.key.get(), e.value.get()));
    match last {
        Some((key, value)) => {
            vm.dict_del(dict, key)?;
            Ok(vm.new_tuple(&[key, value])?.value())
        }
        None => Err(vm.raise_msg(
            Cls::KeyError,
            format_args!("popitem(): dictionary is empty"),
        )),
    }
}

fn dict_setdefault(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, rest) = dict_args(vm, args, "setdefault", Arity::Clinic(1, 2), false)?;
    let key = rest[0];
    if let Some(value) = vm.dict_get(dict, key)? {
        return Ok(value);
    }
    let default = rest.get(1).copied().unwrap_or(Value::None);
    vm.dict_set(dict, key, default)?;
    Ok(default)
}

fn dict_update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, rest) = dict_args(vm, args, "update", Arity::Clinic(0, 1), true)?;
    if let Some(&other) = rest.first() {
        vm.dict_update(dict, other, false)?;
    }
    if let Some(names) = args.kw_names {
        for (key, &value) in names.items().iter().zip(args.kw_values) {
            vm.dict_set(dict, *key, value)?;
        }
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, _) = dict_args(vm, args, "copy", Arity::NoArgs, false)?;
    Ok(vm.dict_copy(dict)?.value())
}

fn dict_clear(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (dict, _) = dict_args(vm, args, "clear", Arity::NoArgs, false)?;
    vm.dict_clear(dict);
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::super::str_methods::tests::{assert_prints, assert_raises};

    #[test]
    fn method_arity_and_keyword_errors_match_cpython() {
        let cases = [
            (
                "[1].pop(1, 2)",
                "TypeError: pop expected at most 1 argument, got 2",
            ),
            (
                "[1].index()",
                "TypeError: index expected at least 1 argument, got 0",
            ),
            (
                "[].index(1, 2, 3, 4)",
                "TypeError: index expected at most 3 arguments, got 4",
            ),
            (
                "[1].count()",
                "TypeError: list.count() takes exactly one argument (0 given)",
            ),
            (
                "(1,).count(1, 2)",
                "TypeError: tuple.count() takes exactly one argument (2 given)",
            ),
            (
                "[1].reverse(1)",
                "TypeError: list.reverse() takes no arguments (1 given)",
            ),
            (
                "[].append(x=1)",
                "TypeError: list.append() takes no keyword arguments",
            ),
            (
                "().index(x=1)",
                "TypeError: tuple.index() takes no keyword arguments",
            ),
            (
                "{}.keys(1)",
                "TypeError: dict.keys() takes no arguments (1 given)",
            ),
            (
                "{}.popitem(1)",
                "TypeError: dict.popitem() takes no arguments (1 given)",
            ),
            (
                "{}.get(x=1)",
                "TypeError: dict.get() takes no keyword arguments",
            ),
            (
                "{}.update({}, {})",
                "TypeError: update expected at most 1 argument, got 2",
            ),
            (
                "{}.setdefault(1, 2, 3)",
                "TypeError: setdefault expected at most 2 arguments, got 3",
            ),
            (
                "[1].sort(1)",
                "TypeError: sort() takes no positional arguments",
            ),
            (
                "[1].sort(reversed=True)",
                "TypeError: 'reversed' is an invalid keyword argument for sort()",
            ),
        ];
        for (call, error) in cases {
            assert_raises(&std::format!("print({call})"), error);
        }
    }

    #[test]
    fn receivers_are_checked_like_cpython() {
        assert_raises(
            "list.index(5, 1)",
            "TypeError: descriptor 'index' for 'list' objects doesn't apply to a 'int' object",
        );
        assert_raises(
            "tuple.count('ab', 'a')",
            "TypeError: descriptor 'count' for 'tuple' objects doesn't apply to a 'str' object",
        );
        assert_raises(
            "dict.keys([])",
            "TypeError: descriptor 'keys' for 'dict' objects doesn't apply to a 'list' object",
        );
        assert_raises(
            "list.count()",
            "TypeError: unbound method list.count() needs an argument",
        );
    }

    #[test]
    fn argument_types_match_cpython() {
        assert_raises(
            "[1].pop(None)",
            "TypeError: 'NoneType' object cannot be interpreted as an integer",
        );
        assert_raises(
            "[].pop('x')",
            "TypeError: 'str' object cannot be interpreted as an integer",
        );
        assert_raises(
            "[1].insert(1.0, 2)",
            "TypeError: 'float' object cannot be interpreted as an integer",
        );
        assert_raises(
            "[1].index(1, None)",
            "TypeError: slice indices must be integers or have an __index__ method",
        );
        assert_raises(
            "[1, 2].sort(reverse=None)",
            "TypeError: 'NoneType' object cannot be interpreted as an integer",
        );
        // The key function runs even on a single item.
        assert_raises("[1].sort(key=1)", "TypeError: 'int' object is not callable");
        // An empty dict does not hash the key it is asked to pop.
        assert_raises("{}.pop([])", "KeyError: []");
    }

    #[test]
    fn index_objects_and_int_flags_work() {
        assert_prints(
            "class I:\n    def __index__(self):\n        return 1\na = [1, 2, 3]\nprint(a.pop(I()), a)\na.insert(I(), 9)\nb = [3, 1, 2]\nb.sort(reverse=2)\nprint(a, b, a.index(9, I()), {}.pop([], 'd'))\n",
            "2 [1, 3]\n[1, 9, 3] [3, 2, 1] 1 d\n",
        );
    }

    #[test]
    fn int_keywords_and_slice_indices_match_cpython() {
        let cases = [
            (
                "int('1', foo=2)",
                "TypeError: 'foo' is an invalid keyword argument for int()",
            ),
            (
                "int(x='1')",
                "TypeError: 'x' is an invalid keyword argument for int()",
            ),
            (
                "int('1', 2, base=3)",
                "TypeError: int() takes at most 2 arguments (3 given)",
            ),
            ("int(base=3)", "TypeError: int() missing string argument"),
            (
                "int(5, 99)",
                "ValueError: int() base must be >= 2 and <= 36, or 0",
            ),
            (
                "slice(1).indices()",
                "TypeError: slice.indices() takes exactly one argument (0 given)",
            ),
            (
                "slice(1).indices(-1)",
                "ValueError: length should not be negative",
            ),
            (
                "slice(1).indices('a')",
                "TypeError: 'str' object cannot be interpreted as an integer",
            ),
        ];
        for (source, expected) in cases {
            assert_raises(source, expected);
        }
        assert_prints(
            "class C:\n    def __index__(self):\n        return 4\nprint(int('z', base=36), int('10', C()), float(C()))\nprint(slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(10), slice(C()).indices(C()))\n",
            "35 4 4.0\n(4, -1, -1) (0, 10, 3) (0, 4, 1)\n",
        );
    }
}
