//! Builtin functions.

use super::args::{
    Signature, bind, check_count, int_arg, keyword, keyword_only, no_keywords, str_arg,
};
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
    no_keywords(vm, "len", args)?;
    check_count(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len_of(args.pos[0])? as i64))
}

fn repr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "repr", args)?;
    check_count(vm, "repr", args, 1, 1)?;
    Ok(vm.repr_of(args.pos[0])?.value())
}

fn abs(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "abs", args)?;
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
    if args.pos.is_empty() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{name} expected at least 1 argument, got 0"),
        ));
    }
    let [key, default] = keyword_only(vm, name, args, ["key", "default"])?;
    let key = key.filter(|k| !matches!(k, Value::None));
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
    /// `sum(iterable, /, start=0)`.
    static SIGNATURE: Signature<2> = Signature {
        name: "sum",
        params: ["iterable", "start"],
        posonly: 1,
        required: 1,
    };
    let [iterable, start] = bind(vm, &SIGNATURE, args)?;
    // `bind` has checked that the required parameter is there.
    let iterable = iterable.unwrap_or(Value::None);
    let mut total = start.unwrap_or(Value::Int(0));
    if total
        .as_obj()
        .is_some_and(|o| o.kind() == crate::object::Kind::Str)
    {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sum() can't sum strings [use ''.join(seq) instead]"),
        ));
    }
    let iter = vm.get_iter(iterable)?;
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
    no_keywords(vm, "ord", args)?;
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
    no_keywords(vm, "chr", args)?;
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
    /// `round(number, ndigits=None)`.
    static SIGNATURE: Signature<2> = Signature {
        name: "round",
        params: ["number", "ndigits"],
        posonly: 0,
        required: 1,
    };
    let [number, ndigits] = bind(vm, &SIGNATURE, args)?;
    // `bind` has checked that the required parameter is there.
    let number = match number.unwrap_or(Value::None) {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    };
    let ndigits = ndigits.filter(|v| !matches!(v, Value::None));
    match (number, ndigits) {
        (Value::Int(i), None) => Ok(Value::Int(i)),
        (Value::Int(i), Some(n)) => {
            let n = int_arg(vm, n)?;
            if n >= 0 {
                return Ok(Value::Int(i));
            }
            // Round to a multiple of 10^-n, ties to even. Every i64 is below 10^20 / 2,
            // so from there on everything rounds to 0.
            let Some(unit) = u32::try_from(n.unsigned_abs())
                .ok()
                .filter(|&p| p < 20)
                .map(|p| 10i128.pow(p))
            else {
                return Ok(Value::Int(0));
            };
            let i = i128::from(i);
            let (q, r) = (i.div_euclid(unit), i.rem_euclid(unit));
            let q = if 2 * r > unit || (2 * r == unit && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            i64::try_from(q * unit)
                .map(Value::Int)
                .map_err(|_| vm.overflow())
        }
        (Value::Float(f), None) => match crate::text::float_format::round_to_int(f) {
            Ok(i) => Ok(Value::Int(i)),
            Err(crate::text::float_format::RoundError::OutOfRange) => Err(vm.overflow()),
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
        (value, ndigits) => {
            let name = vm.intern("__round__")?;
            let method = match value.as_obj().map(|o| o.kind()) {
                Some(crate::object::Kind::Instance) => {
                    vm.lookup_in_class(vm.class_of(value), name)?
                }
                _ => None,
            };
            let Some(method) = method else {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "type {} doesn't define __round__ method",
                        vm.type_name(value)
                    ),
                ));
            };
            let passed: &[Value] = match &ndigits {
                Some(n) => core::slice::from_ref(n),
                None => &[],
            };
            vm.call_method_value(method, value, &Args::positional(passed))
        }
    }
}

fn divmod(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "divmod", args)?;
    check_count(vm, "divmod", args, 2, 2)?;
    vm.divmod(args.pos[0], args.pos[1])
}

fn pow(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    /// `pow(base, exp, mod=None)`.
    static SIGNATURE: Signature<3> = Signature {
        name: "pow",
        params: ["base", "exp", "mod"],
        posonly: 0,
        required: 2,
    };
    let [base, exp, modulus] = bind(vm, &SIGNATURE, args)?;
    // `bind` has checked that the required parameters are there.
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    let Some(modulus) = modulus.filter(|m| !matches!(m, Value::None)) else {
        return vm.binary_op(crate::bytecode::BinaryOp::Power, false, base, exp);
    };
    let as_int = |v: Value| match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    };
    let (Some(b), Some(e), Some(m)) = (as_int(base), as_int(exp), as_int(modulus)) else {
        if [base, exp, modulus]
            .iter()
            .any(|v| matches!(v, Value::Float(_)))
        {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("pow() 3rd argument not allowed unless all arguments are integers"),
            ));
        }
        let names = [vm.type_name(base), vm.type_name(exp), vm.type_name(modulus)];
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                names[0], names[1], names[2]
            ),
        ));
    };
    if m == 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("pow() 3rd argument cannot be 0"),
        ));
    }
    let m128 = i128::from(m).abs();
    let mut base = i128::from(b).rem_euclid(m128);
    if e < 0 && m128 != 1 {
        // A negative exponent raises the modular inverse of the base.
        base = mod_inverse(base, m128).ok_or_else(|| {
            vm.raise_msg(
                Cls::ValueError,
                format_args!("base is not invertible for the given modulus"),
            )
        })?;
    }
    let mut result: i128 = 1 % m128;
    let mut e = i128::from(e).unsigned_abs();
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
    // |result| < |m|, so it fits.
    Ok(Value::Int(result as i64))
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if `a` and `m` are coprime.
fn mod_inverse(a: i128, m: i128) -> Option<i128> {
    // Extended Euclid, tracking only the coefficient of `a`.
    let (mut r0, mut r1) = (m, a);
    let (mut t0, mut t1) = (0i128, 1i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    (r0 == 1).then(|| t0.rem_euclid(m))
}

/// `isinstance`'s class-or-tuple check.
fn matches_classinfo(
    vm: &mut Vm<'_>,
    value_class: Gc<ClassObj>,
    info: Value,
    func: &str,
) -> PyResult<bool> {
    // The error message says "type" for isinstance and "class" for issubclass.
    let (noun, nouns) = if func == "isinstance" {
        ("type", "types")
    } else {
        ("class", "classes")
    };
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
        format_args!("{func}() arg 2 must be a {noun}, a tuple of {nouns}, or a union"),
    ))
}

fn isinstance(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "isinstance", args)?;
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
    no_keywords(vm, "issubclass", args)?;
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
    no_keywords(vm, "hash", args)?;
    check_count(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args.pos[0])?))
}

fn id(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "id", args)?;
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
    no_keywords(vm, "callable", args)?;
    check_count(vm, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, args.pos[0])?))
}

/// Whether `value(...)` can be called: functions, methods, classes and instances of a class
/// with `__call__`.
fn is_callable(vm: &mut Vm<'_>, value: Value) -> PyResult<bool> {
    Ok(match value.as_obj().map(|o| o.kind()) {
        Some(
            crate::object::Kind::Function
            | crate::object::Kind::Native
            | crate::object::Kind::Method
            | crate::object::Kind::Class,
        ) => true,
        Some(crate::object::Kind::Instance) => vm.lookup_special(value, Name::__call__)?.is_some(),
        _ => false,
    })
}

/// The attribute name argument of `getattr` and friends, interned.
fn attr_name(vm: &mut Vm<'_>, value: Value) -> PyResult<Gc<StrObj>> {
    match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
        Some(s) => vm.intern_str(s),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "attribute name must be string, not '{}'",
                vm.type_name(value)
            ),
        )),
    }
}

fn getattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "getattr", args)?;
    check_count(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    match vm.try_get_attr(args.pos[0], name)? {
        Some(value) => Ok(value),
        None => match args.pos.get(2) {
            Some(&default) => Ok(default),
            None => Err(vm.attribute_error(args.pos[0], name)),
        },
    }
}

fn setattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "setattr", args)?;
    check_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.set_attr(args.pos[0], name, args.pos[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "hasattr", args)?;
    check_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    Ok(Value::Bool(vm.try_get_attr(args.pos[0], name)?.is_some()))
}

fn delattr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "delattr", args)?;
    check_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.del_attr(args.pos[0], name)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "iter", args)?;
    check_count(vm, "iter", args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(vm, args.pos[0])? {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("iter(v, w): v must be callable"),
            ));
        }
        return Err(vm.raise_msg(
            Cls::NotImplementedError,
            format_args!("iter(callable, sentinel) is not supported yet"),
        ));
    }
    vm.get_iter(args.pos[0])
}

fn next(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "next", args)?;
    check_count(vm, "next", args, 1, 2)?;
    let iter = args.pos[0];
    if !vm.is_iterator_value(iter) {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not an iterator", vm.type_name(iter)),
        ));
    }
    match vm.iter_next_with_value(iter)? {
        Ok(value) => Ok(value),
        Err(returned) => match args.pos.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.raise_stop_iteration(returned)),
        },
    }
}

fn sorted(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sorted expected 1 argument, got {}", args.pos.len()),
        ));
    }
    let list = vm.new_list(&[])?;
    vm.list_extend(list, args.pos[0])?;
    // Like CPython, the keywords go to `list.sort`, so errors name `sort()`.
    let [key, reverse] = keyword_only(vm, "sort", args, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => int_arg(vm, r)? != 0,
        None => false,
    };
    super::types::sort_list(vm, list, key.filter(|k| !matches!(k, Value::None)), reverse)?;
    Ok(list.value())
}

fn any(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "any", args)?;
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
    no_keywords(vm, "all", args)?;
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

#[cfg(test)]
mod tests {
    use super::super::str_methods::tests::{assert_prints, assert_raises};

    /// Argument binding: every message is CPython 3.11's.
    #[test]
    fn argument_errors_match_cpython() {
        for (source, expected) in [
            (
                "pow()",
                "TypeError: pow() missing required argument 'base' (pos 1)",
            ),
            (
                "pow(2, base=3)",
                "TypeError: pow() missing required argument 'exp' (pos 2)",
            ),
            (
                "pow(2, 3, 4, mod=5)",
                "TypeError: pow() takes at most 3 arguments (4 given)",
            ),
            (
                "pow(mod=4, exp=5, base=1, x=2)",
                "TypeError: pow() takes at most 3 keyword arguments (4 given)",
            ),
            (
                "pow(2, 3, x=1)",
                "TypeError: 'x' is an invalid keyword argument for pow()",
            ),
            (
                "round(2.5, ndigits=1, number=2)",
                "TypeError: round() takes at most 2 arguments (3 given)",
            ),
            (
                "round(ndigits=2)",
                "TypeError: round() missing required argument 'number' (pos 1)",
            ),
            (
                "round(2.5, number=2)",
                "TypeError: argument for round() given by name ('number') and position (1)",
            ),
            (
                "sum(x=2)",
                "TypeError: sum() takes at least 1 positional argument (0 given)",
            ),
            (
                "sum([], x=2)",
                "TypeError: 'x' is an invalid keyword argument for sum()",
            ),
            (
                "min(x=1)",
                "TypeError: min expected at least 1 argument, got 0",
            ),
            (
                "min(1, 2, x=1)",
                "TypeError: 'x' is an invalid keyword argument for min()",
            ),
            (
                "max([], key=None, default=None, x=1)",
                "TypeError: max() takes at most 2 keyword arguments (3 given)",
            ),
            (
                "sorted([1], x=2)",
                "TypeError: 'x' is an invalid keyword argument for sort()",
            ),
            (
                "sorted([1], reverse=None)",
                "TypeError: 'NoneType' object cannot be interpreted as an integer",
            ),
            (
                "sorted(iterable=[1])",
                "TypeError: sorted expected 1 argument, got 0",
            ),
            (
                "print(1, x=2)",
                "TypeError: 'x' is an invalid keyword argument for print()",
            ),
            ("len(obj=1)", "TypeError: len() takes no keyword arguments"),
            (
                "divmod(x=1)",
                "TypeError: divmod() takes no keyword arguments",
            ),
            (
                "iter()",
                "TypeError: iter expected at least 1 argument, got 0",
            ),
            ("iter(1, 2)", "TypeError: iter(v, w): v must be callable"),
            (
                "getattr(1, 2)",
                "TypeError: attribute name must be string, not 'int'",
            ),
            (
                "issubclass(int, 1)",
                "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ),
            (
                "isinstance(1, (2, int))",
                "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
            ),
        ] {
            assert_raises(source, expected);
        }
    }

    /// `divmod`, three-argument `pow` and `round` on the cases CPython special-cases.
    #[test]
    fn numeric_builtins_match_cpython() {
        assert_prints(
            "print(divmod(7, -2), divmod(-7.5, 2), divmod(True, 2), divmod(2, float('inf')))",
            "(-4, -1) (-4.0, 0.5) (0, 1) (0.0, 2.0)\n",
        );
        assert_prints(
            "class D:\n    def __rdivmod__(self, o):\n        return 'r'\nprint(divmod(1, D()))",
            "r\n",
        );
        assert_raises("divmod(1.0, 0)", "ZeroDivisionError: float divmod()");
        assert_raises(
            "divmod('a', 1)",
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
        );
        assert_prints(
            "print(pow(2, -1, 5), pow(38, -1, 97), pow(2, -1, -5), pow(0, -1, 1), pow(2, 3, True))",
            "3 23 -2 0 0\n",
        );
        assert_prints("print(pow(base=2, exp=5), pow(2, 5, mod=7))", "32 4\n");
        assert_raises(
            "pow(4, -1, 6)",
            "ValueError: base is not invertible for the given modulus",
        );
        assert_raises(
            "pow(2, 'a')",
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
        );
        assert_raises(
            "pow('a', 2, 3)",
            "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
        );
        assert_prints(
            "print(round(True), round(False, 3), round(number=15, ndigits=-1), round(4000000000000000000, -19))",
            "1 0 20 0\n",
        );
        assert_raises(
            "round(9000000000000000000, -19)",
            "OverflowError: integer overflow",
        );
        assert_prints(
            "print(round(5, -25), round(-9223372036854775807, -400))",
            "0 0\n",
        );
        assert_prints(
            "class R:\n    def __round__(self, n=None):\n        return n\nprint(round(R()), round(R(), 2))",
            "None 2\n",
        );
    }
}
