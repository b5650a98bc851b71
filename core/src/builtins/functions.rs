//! Builtin functions.

use super::args::{check_count, int_arg, keyword, str_arg};
use crate::object::class::{Builtin, class_flags};
use crate::object::func::NativeDef;
use crate::object::{CellObj, ClassObj, FunctionObj, Gc, StrObj, TupleObj};
use crate::value::Value;
use crate::vm::{Args, Cls, Name, PyResult, StrBuilder, Vm};

macro_rules! defs {
    ($($name:literal => $func:path,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// Every builtin function.
pub(super) static FUNCTIONS: &[NativeDef] = defs! {
    "print" => print,
    "len" => len,
    "repr" => repr,
    "abs" => abs,
    "min" => min,
    "max" => max,
    "sum" => sum,
    "ord" => ord,
    "chr" => chr,
    "round" => round,
    "divmod" => divmod,
    "pow" => pow,
    "isinstance" => isinstance,
    "issubclass" => issubclass,
    "hash" => hash,
    "id" => id,
    "callable" => callable,
    "getattr" => getattr,
    "setattr" => setattr,
    "hasattr" => hasattr,
    "delattr" => delattr,
    "iter" => iter,
    "next" => next,
    "sorted" => sorted,
    "any" => any,
    "all" => all,
    "__build_class__" => build_class,
};

/// Constants of the builtins namespace.
pub(super) fn install_constants(vm: &mut Vm<'_>) -> PyResult<()> {
    let builtins = vm.builtins();
    for (name, cls_name) in [
        ("NotImplemented", "NotImplementedType"),
        ("Ellipsis", "ellipsis"),
    ] {
        let class_name = vm.intern(cls_name)?;
        let dict = vm.new_dict()?;
        let class = vm.new_class(
            class_name,
            class_name,
            Some(vm.class(Cls::Object)),
            dict,
            Builtin::Object,
            false,
        )?;
        let instance = vm.new_instance(class)?;
        let key = vm.intern(name)?;
        vm.dict_set(builtins, key.value(), instance.value())?;
        let repr_name = vm.intern("__repr__")?;
        let def: &'static NativeDef = if name == "Ellipsis" {
            &ELLIPSIS_REPR
        } else {
            &NOT_IMPLEMENTED_REPR
        };
        let native = vm.new_native(def, Value::Null, class.value())?;
        vm.dict_set(dict, repr_name.value(), native.value())?;
        class.flags.set(class.flags.get() | class_flags::HEAP_TYPE);
    }
    Ok(())
}

static ELLIPSIS_REPR: NativeDef = NativeDef {
    name: "__repr__",
    func: |vm, _| Ok(vm.new_str("Ellipsis")?.value()),
};
static NOT_IMPLEMENTED_REPR: NativeDef = NativeDef {
    name: "__repr__",
    func: |vm, _| Ok(vm.new_str("NotImplemented")?.value()),
};

fn print(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let sep = keyword(vm, "print", args, "sep", &["end", "file", "flush"])?;
    let end = keyword(vm, "print", args, "end", &["sep", "file", "flush"])?;
    // `None` (or no argument) means the default separator / line end.
    let optional_str =
        |vm: &mut Vm<'_>, value: Option<Value>, what: &str| -> PyResult<Option<Gc<StrObj>>> {
            match value {
                None | Some(Value::None) => Ok(None),
                Some(v) => match v.as_obj().and_then(|o| o.downcast::<StrObj>()) {
                    Some(s) => Ok(Some(s)),
                    None => Err(vm.raise_msg(
                        Cls::TypeError,
                        format_args!("{what} must be None or a string, not {}", vm.type_name(v)),
                    )),
                },
            }
        };
    let sep = optional_str(vm, sep, "sep")?;
    let end = optional_str(vm, end, "end")?;
    let mut out = StrBuilder::new();
    for (i, &arg) in args.pos.iter().enumerate() {
        if i > 0 {
            match sep {
                Some(s) => out.push_str(vm, crate::vm::extend(s.as_str()))?,
                None => out.push_str(vm, " ")?,
            }
        }
        vm.write_str(&mut out, arg)?;
    }
    match end {
        Some(s) => out.push_str(vm, crate::vm::extend(s.as_str()))?,
        None => out.push_str(vm, "\n")?,
    }
    let text = crate::vm::extend(out.as_str());
    vm.host().write_out(text);
    Ok(Value::None)
}

fn len(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len_of(args.pos[0])? as i64))
}

fn repr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "repr", args, 1, 1)?;
    Ok(vm.repr_of(args.pos[0])?.value())
}

fn abs(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "abs", args, 1, 1)?;
    match args.pos[0] {
        Value::Int(i) => i.checked_abs().map(Value::Int).ok_or_else(|| vm.overflow()),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        value => {
            if let Some(method) = vm.lookup_special(value, Name::__abs__)? {
                return vm.call_method_value(method, value, &Args::positional(&[]));
            }
            Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("bad operand type for abs(): '{}'", vm.type_name(value)),
            ))
        }
    }
}

/// `min` and `max`.
fn min_max(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, want_max: bool) -> PyResult<Value> {
    let key = keyword(vm, name, args, "key", &["default"])?.filter(|k| !matches!(k, Value::None));
    let default = keyword(vm, name, args, "default", &["key"])?;
    if args.pos.is_empty() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{name} expected at least 1 argument, got 0"),
        ));
    }
    if args.pos.len() > 1 && default.is_some() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            ),
        ));
    }
    let source = if args.pos.len() == 1 {
        args.pos[0]
    } else {
        vm.new_tuple(args.pos)?.value()
    };
    let iter = vm.get_iter(source)?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.iter_next(iter)? {
        let item_key = match key {
            Some(f) => vm.call(f, &[item])?,
            None => item,
        };
        best = match best {
            None => Some((item, item_key)),
            Some((best_item, best_key)) => {
                let op = if want_max {
                    crate::bytecode::CompareOp::Gt
                } else {
                    crate::bytecode::CompareOp::Lt
                };
                let better = vm.compare(op, item_key, best_key)?;
                if vm.truthy(better)? {
                    Some((item, item_key))
                } else {
                    Some((best_item, best_key))
                }
            }
        };
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("{name}() arg is an empty sequence"),
        )),
    }
}

fn min(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let start_kw = keyword(vm, "sum", args, "start", &[])?;
    check_count(vm, "sum", args, 1, 2)?;
    let mut total = args
        .pos
        .get(1)
        .copied()
        .or(start_kw)
        .unwrap_or(Value::Int(0));
    if total
        .as_obj()
        .is_some_and(|o| o.kind() == crate::object::Kind::Str)
    {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sum() can't sum strings [use ''.join(seq) instead]"),
        ));
    }
    let iter = vm.get_iter(args.pos[0])?;
    while let Some(item) = vm.iter_next(iter)? {
        total = match (total, item) {
            (Value::Int(a), Value::Int(b)) => {
                Value::Int(a.checked_add(b).ok_or_else(|| vm.overflow())?)
            }
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(crate::bytecode::BinaryOp::Add, false, total, item)?,
        };
    }
    Ok(total)
}

fn ord(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "ord", args, 1, 1)?;
    let Some(s) = args.pos[0].as_obj().and_then(|o| o.downcast::<StrObj>()) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(args.pos[0])
            ),
        ));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "ord() expected a character, but string of length {} found",
                s.char_count
            ),
        )),
    }
}

fn chr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "chr", args, 1, 1)?;
    let code = int_arg(vm, args.pos[0])?;
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_str(c)?.value()),
        None if (0..=0x10ffff).contains(&code) => Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("Tracery strings cannot hold surrogate code points"),
        )),
        None => Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("chr() arg not in range(0x110000)"),
        )),
    }
}

fn round(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let ndigits_kw = keyword(vm, "round", args, "ndigits", &[])?;
    check_count(vm, "round", args, 1, 2)?;
    let ndigits = args
        .pos
        .get(1)
        .copied()
        .or(ndigits_kw)
        .filter(|v| !matches!(v, Value::None));
    match (args.pos[0], ndigits) {
        (Value::Int(i), None) => Ok(Value::Int(i)),
        (Value::Bool(b), None) => Ok(Value::Int(i64::from(b))),
        (Value::Int(i), Some(n)) => {
            let n = int_arg(vm, n)?;
            if n >= 0 {
                return Ok(Value::Int(i));
            }
            // Round to a multiple of 10^-n, ties to even.
            let Some(unit) = 10i64.checked_pow((-n).min(19) as u32) else {
                return Ok(Value::Int(0));
            };
            if -n > 18 {
                return Ok(Value::Int(0));
            }
            let (q, r) = (i.div_euclid(unit), i.rem_euclid(unit));
            let twice = r.saturating_mul(2);
            let q = if twice > unit || (twice == unit && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            q.checked_mul(unit)
                .map(Value::Int)
                .ok_or_else(|| vm.overflow())
        }
        (Value::Float(f), None) => match crate::text::float_format::round_to_int(f) {
            Ok(i) => Ok(Value::Int(i)),
            Err(err) => Err(vm.raise_msg(
                if f.is_nan() {
                    Cls::ValueError
                } else {
                    Cls::OverflowError
                },
                format_args!("{err}"),
            )),
        },
        (Value::Float(f), Some(n)) => {
            let n = int_arg(vm, n)?;
            match crate::text::float_format::round_half_even(f, n) {
                Ok(x) => Ok(Value::Float(x)),
                Err(err) => Err(vm.raise_msg(Cls::OverflowError, format_args!("{err}"))),
            }
        }
        (value, _) => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "type {} doesn't define __round__ method",
                vm.type_name(value)
            ),
        )),
    }
}

fn divmod(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "divmod", args, 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    let div = vm.binary_op(crate::bytecode::BinaryOp::FloorDivide, false, a, b)?;
    let rem = vm.binary_op(crate::bytecode::BinaryOp::Remainder, false, a, b)?;
    Ok(vm.new_tuple(&[div, rem])?.value())
}

fn pow(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "pow", args, 2, 3)?;
    let (base, exp) = (args.pos[0], args.pos[1]);
    let Some(&modulus) = args.pos.get(2).filter(|m| !matches!(m, Value::None)) else {
        return vm.binary_op(crate::bytecode::BinaryOp::Power, false, base, exp);
    };
    let (Value::Int(b), Value::Int(e), Value::Int(m)) = (base, exp, modulus) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("pow() 3rd argument not allowed unless all arguments are integers"),
        ));
    };
    if m == 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("pow() 3rd argument cannot be 0"),
        ));
    }
    if e < 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!(
                "Tracery does not support modular inverses (negative exponent with a modulus)"
            ),
        ));
    }
    let m128 = i128::from(m).abs();
    let mut result: i128 = 1 % m128;
    let mut base = i128::from(b).rem_euclid(m128);
    let mut e = e;
    while e > 0 {
        if e & 1 == 1 {
            result = result * base % m128;
        }
        base = base * base % m128;
        e >>= 1;
    }
    // Python's result takes the modulus's sign.
    if m < 0 && result != 0 {
        result -= m128;
    }
    Ok(Value::Int(result as i64))
}

/// `isinstance`'s class-or-tuple check.
fn matches_classinfo(
    vm: &mut Vm<'_>,
    value_class: Gc<ClassObj>,
    info: Value,
    func: &str,
) -> PyResult<bool> {
    if let Some(class) = info.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
        return Ok(value_class.is_subclass_of(class));
    }
    if let Some(tuple) = info.as_obj().and_then(|o| o.downcast::<TupleObj>()) {
        for &item in tuple.items() {
            if matches_classinfo(vm, value_class, item, func)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.raise_msg(
        Cls::TypeError,
        format_args!("{func}() arg 2 must be a type, a tuple of types, or a union"),
    ))
}

fn isinstance(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "isinstance", args, 2, 2)?;
    let class = vm.class_of(args.pos[0]);
    Ok(Value::Bool(matches_classinfo(
        vm,
        class,
        args.pos[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "issubclass", args, 2, 2)?;
    let Some(class) = args.pos[0].as_obj().and_then(|o| o.downcast::<ClassObj>()) else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("issubclass() arg 1 must be a class"),
        ));
    };
    Ok(Value::Bool(matches_classinfo(
        vm,
        class,
        args.pos[1],
        "issubclass",
    )?))
}

fn hash(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args.pos[0])?))
}

fn id(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "id", args, 1, 1)?;
    Ok(Value::Int(match args.pos[0] {
        Value::Obj(obj) => obj.addr() as i64,
        Value::Int(i) => i.wrapping_mul(2).wrapping_add(1),
        Value::Float(f) => f.to_bits() as i64 | 1,
        Value::Bool(b) => 2 + i64::from(b) * 2,
        Value::None | Value::Null => 6,
    }))
}

fn callable(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "callable", args, 1, 1)?;
    let value = args.pos[0];
    let result = match value.as_obj().map(|o| o.kind()) {
        Some(
            crate::object::Kind::Function
            | crate::object::Kind::Native
            | crate::object::Kind::Method
            | crate::object::Kind::Class,
        ) => true,
        Some(crate::object::Kind::Instance) => vm.lookup_special(value, Name::__call__)?.is_some(),
        _ => false,
    };
    Ok(Value::Bool(result))
}

fn attr_name(vm: &mut Vm<'_>, value: Value, func: &str) -> PyResult<Gc<StrObj>> {
    match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
        Some(s) => vm.intern_str(s),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{func}(): attribute name must be string, not '{}'",
                vm.type_name(value)
            ),
        )),
    }
}

fn getattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args.pos[1], "getattr")?;
    match vm.try_get_attr(args.pos[0], name)? {
        Some(value) => Ok(value),
        None => match args.pos.get(2) {
            Some(&default) => Ok(default),
            None => Err(vm.attribute_error(args.pos[0], name)),
        },
    }
}

fn setattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args.pos[1], "setattr")?;
    vm.set_attr(args.pos[0], name, args.pos[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args.pos[1], "hasattr")?;
    Ok(Value::Bool(vm.try_get_attr(args.pos[0], name)?.is_some()))
}

fn delattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args.pos[1], "delattr")?;
    vm.del_attr(args.pos[0], name)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "iter", args, 1, 1)?;
    vm.get_iter(args.pos[0])
}

fn next(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "next", args, 1, 2)?;
    let iter = args.pos[0];
    if !vm.is_iterator_value(iter) {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not an iterator", vm.type_name(iter)),
        ));
    }
    match vm.iter_next(iter)? {
        Some(value) => Ok(value),
        None => match args.pos.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.raise_with_args(Cls::StopIteration, &[])),
        },
    }
}

fn sorted(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let key = keyword(vm, "sorted", args, "key", &["reverse"])?;
    let reverse = keyword(vm, "sorted", args, "reverse", &["key"])?;
    if args.pos.len() != 1 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sorted expected 1 argument, got {}", args.pos.len()),
        ));
    }
    let list = vm.new_list(&[])?;
    vm.list_extend(list, args.pos[0])?;
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    super::types::sort_list(vm, list, key.filter(|k| !matches!(k, Value::None)), reverse)?;
    Ok(list.value())
}

fn any(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "any", args, 1, 1)?;
    let iter = vm.get_iter(args.pos[0])?;
    while let Some(item) = vm.iter_next(iter)? {
        if vm.truthy(item)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "all", args, 1, 1)?;
    let iter = vm.get_iter(args.pos[0])?;
    while let Some(item) = vm.iter_next(iter)? {
        if !vm.truthy(item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `__build_class__(body, name, *bases)`: runs the class body and makes the class.
fn build_class(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("__build_class__: not enough arguments"),
        ));
    }
    let Some(body) = args.pos[0]
        .as_obj()
        .and_then(|o| o.downcast::<FunctionObj>())
    else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("__build_class__: func must be a function"),
        ));
    };
    let name = str_arg(vm, args.pos[1], "__build_class__: name")?;
    let bases = &args.pos[2..];
    if let Some(names) = args.kw_names
        && names.len > 0
    {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("class keyword arguments (like metaclass=) are not supported by Tracery"),
        ));
    }
    if bases.len() > 1 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "multiple inheritance is not supported by Tracery (class {})",
                name.as_str()
            ),
        ));
    }
    let base = match bases.first() {
        Some(&b) => match b.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
            Some(class) => class,
            None => {
                return Err(vm.raise_msg(Cls::TypeError, format_args!("bases must be types")));
            }
        },
        None => vm.class(Cls::Object),
    };
    let layout = match base.builtin {
        Builtin::Object => Builtin::Object,
        Builtin::Exception => Builtin::Exception,
        Builtin::List => Builtin::List,
        Builtin::Dict => Builtin::Dict,
        other => {
            if base.flags.get() & class_flags::HEAP_TYPE == 0 || other != Builtin::Object {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "subclassing the built-in type '{}' is not supported by Tracery yet",
                        base.name.get().as_str()
                    ),
                ));
            }
            other
        }
    };
    let namespace = vm.new_dict()?;
    let cell = vm.run_code(body.code, body.globals, namespace.value(), body.closure)?;
    let qualname = match vm
        .dict_get_str(namespace, vm.name(Name::__qualname__))
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<StrObj>())
    {
        Some(q) => q,
        None => name,
    };
    let name = vm.intern_str(name)?;
    let class = vm.new_class(name, qualname, Some(base), namespace, layout, true)?;
    if let Some(module) = vm.dict_get_str(namespace, vm.name(Name::__module__)) {
        class.module.set(module);
    }
    vm.finish_class(class)?;
    if let Some(cell) = cell.as_obj().and_then(|o| o.downcast::<CellObj>()) {
        cell.value.set(class.value());
    }
    Ok(class.value())
}
