//! Methods that class machinery reaches: `object.__init__` and friends for `super()`, the
//! special methods a `list` or `dict` subclass inherits, and the methods of `property`.

use super::MethodTable;
use super::args::{check_count, no_keywords};
use crate::object::class::{Builtin, class_flags};
use crate::object::func::NativeDef;
use crate::object::{DictObj, Gc, InstanceObj, Kind};
use crate::value::Value;
use crate::vm::{Args, Cls, Name, PyResult, StrBuilder, Vm};

macro_rules! defs {
    ($($name:literal => $func:path,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// Special methods of the built-in classes, by class.
pub(super) static METHODS: &[MethodTable] = &[
    (
        Cls::Object,
        defs! {
            "__init__" => object_init,
            "__repr__" => object_repr,
            "__str__" => object_str,
        },
    ),
    (
        Cls::BaseException,
        defs! {
            "__init__" => exception_init,
            "__repr__" => exception_repr,
            "__str__" => exception_str,
        },
    ),
    (
        Cls::List,
        defs! {
            "__init__" => list_init,
            "__getitem__" => list_getitem,
            "__setitem__" => list_setitem,
            "__delitem__" => list_delitem,
            "__len__" => list_len,
            "__contains__" => list_contains,
            "__iter__" => list_iter,
            "__repr__" => list_repr,
        },
    ),
    (
        Cls::Dict,
        defs! {
            "__init__" => dict_init,
            "__getitem__" => dict_getitem,
            "__setitem__" => dict_setitem,
            "__delitem__" => dict_delitem,
            "__len__" => dict_len,
            "__contains__" => dict_contains,
            "__iter__" => dict_iter,
            "__repr__" => dict_repr,
        },
    ),
    (
        Cls::Property,
        defs! {
            "getter" => property_getter,
            "setter" => property_setter,
            "deleter" => property_deleter,
        },
    ),
];

/// Finishes the built-in classes of this module: lists and dicts are unhashable
/// (`__hash__ = None`, which their subclasses inherit), and descriptor objects take no
/// attributes of their own.
pub(super) fn install(vm: &mut Vm<'_>) -> PyResult<()> {
    let hash = vm.name(Name::__hash__);
    for cls in [Cls::List, Cls::Dict] {
        let class = vm.class(cls);
        vm.dict_set(class.dict, hash.value(), Value::None)?;
    }
    let dict = vm.class(Cls::Dict);
    let fromkeys = vm.new_native(&super::types::DICT_FROMKEYS, Value::Null, Value::Null)?;
    let fromkeys = vm.new_descriptor(Cls::ClassMethod, fromkeys.value(), Value::Null)?;
    let name = vm.intern("fromkeys")?;
    vm.dict_set(dict.dict, name.value(), fromkeys.value())?;
    for cls in [Cls::Property, Cls::StaticMethod, Cls::ClassMethod] {
        let class = vm.class(cls);
        class.flags.set(class.flags.get() | class_flags::HAS_SLOTS);
    }
    Ok(())
}

/// The receiver of a method of `owner`, checked to be an instance of it.
fn receiver(vm: &mut Vm<'_>, args: &Args<'_>, method: &str, owner: Cls) -> PyResult<Value> {
    match args.pos.first() {
        Some(&value) if vm.is_instance_of(value, vm.class(owner)) => Ok(value),
        Some(&value) => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "descriptor '{method}' requires a '{}' object but received a '{}'",
                owner.name(),
                vm.type_name(value)
            ),
        )),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "descriptor '{method}' of '{}' object needs an argument",
                owner.name()
            ),
        )),
    }
}

/// `object.__init__(self)`: extra arguments are an error (the class has its own `__init__`
/// that passed them on, or none at all).
fn object_init(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, "__init__", Cls::Object)?;
    if args.pos.len() > 1 || args.has_keywords() {
        let class = vm.class_of(this);
        let overridden = vm.user_init(class)?.is_some();
        let owner = if overridden {
            "object"
        } else {
            crate::vm::extend(class.name.get().as_str())
        };
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{owner}.__init__() takes exactly one argument (the instance to initialize)"
            ),
        ));
    }
    Ok(Value::None)
}

/// `object.__repr__(self)`: `<module.Class object at 0x...>`.
fn object_repr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, "__repr__", Cls::Object)?;
    check_count(
        vm,
        "object.__repr__",
        &Args::positional(&args.pos[1..]),
        0,
        0,
    )?;
    let mut out = StrBuilder::new();
    vm.write_default_repr(&mut out, this)?;
    Ok(out.finish(vm)?.value())
}

/// `object.__str__(self)`: `repr(self)`.
fn object_str(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = receiver(vm, args, "__str__", Cls::Object)?;
    check_count(
        vm,
        "object.__str__",
        &Args::positional(&args.pos[1..]),
        0,
        0,
    )?;
    Ok(vm.repr_of(this)?.value())
}

/// The exception instance a method of `BaseException` got.
fn this_exception(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Gc<InstanceObj>> {
    let this = receiver(vm, args, method, Cls::BaseException)?;
    match this.as_obj().and_then(|o| o.downcast::<InstanceObj>()) {
        Some(instance) => Ok(instance),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '{method}' requires a 'BaseException' object"),
        )),
    }
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn exception_init(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = this_exception(vm, args, "__init__")?;
    let name = crate::vm::extend(this.class.get().name.get().as_str());
    no_keywords(vm, name, args)?;
    let tuple = vm.new_tuple(&args.pos[1..])?;
    this.base_state.set(tuple.value());
    Ok(Value::None)
}

/// `BaseException.__repr__(self)`.
fn exception_repr(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = this_exception(vm, args, "__repr__")?;
    let mut out = StrBuilder::new();
    vm.write_exception_repr(&mut out, this.value())?;
    Ok(out.finish(vm)?.value())
}

/// `BaseException.__str__(self)`.
fn exception_str(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let this = this_exception(vm, args, "__str__")?;
    let mut out = StrBuilder::new();
    vm.write_exception_str(&mut out, this.value())?;
    Ok(out.finish(vm)?.value())
}

/// The receiver of `owner.name(self, ...)` (a `list` or `dict` special method) with `count`
/// more arguments, and the built-in list or dict to work on: the receiver itself, or the one
/// behind an instance of a subclass. Working on that one runs the built-in behaviour even when
/// the subclass overrides the method (`list.__getitem__(self, i)` inside an overriding
/// `__getitem__` must not call the override again).
///
/// The errors are CPython's, which differ between its method descriptors (`list.__getitem__`,
/// `dict.__getitem__`, `dict.__contains__`) and its slot wrappers (the others).
fn container_args(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    owner: Cls,
    name: &str,
    count: usize,
) -> PyResult<(Value, Value)> {
    let class = owner.name();
    let method_descriptor = matches!(
        (owner, name),
        (Cls::List, "__getitem__") | (Cls::Dict, "__getitem__" | "__contains__")
    );
    let Some(&this) = args.pos.first() else {
        return Err(if method_descriptor {
            vm.raise_msg(
                Cls::TypeError,
                format_args!("unbound method {class}.{name}() needs an argument"),
            )
        } else {
            vm.raise_msg(
                Cls::TypeError,
                format_args!("descriptor '{name}' of '{class}' object needs an argument"),
            )
        });
    };
    let base = match this.as_obj().map(|o| o.kind()) {
        Some(Kind::List) if owner == Cls::List => Some(this),
        Some(Kind::Dict) if owner == Cls::Dict => Some(this),
        _ if vm.is_instance_of(this, vm.class(owner)) => vm.builtin_base(this),
        _ => None,
    };
    let Some(base) = base else {
        let received = vm.type_name(this);
        return Err(if method_descriptor {
            vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "descriptor '{name}' for '{class}' objects doesn't apply to a '{received}' object"
                ),
            )
        } else {
            vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "descriptor '{name}' requires a '{class}' object but received a '{received}'"
                ),
            )
        });
    };
    if args.has_keywords() {
        return Err(if method_descriptor {
            vm.raise_msg(
                Cls::TypeError,
                format_args!("{class}.{name}() takes no keyword arguments"),
            )
        } else {
            vm.raise_msg(
                Cls::TypeError,
                format_args!("wrapper {name}() takes no keyword arguments"),
            )
        });
    }
    let given = args.pos.len() - 1;
    if given != count {
        return Err(if method_descriptor {
            vm.raise_msg(
                Cls::TypeError,
                format_args!("{class}.{name}() takes exactly one argument ({given} given)"),
            )
        } else {
            let plural = if count == 1 { "" } else { "s" };
            // CPython unpacks `__setitem__`'s pair under an empty function name, which
            // leaves a space in front of its message.
            let space = if name == "__setitem__" { " " } else { "" };
            vm.raise_msg(
                Cls::TypeError,
                format_args!("{space}expected {count} argument{plural}, got {given}"),
            )
        });
    }
    Ok((this, base))
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "list", args)?;
    let Some(list) = args
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<crate::object::ListObj>())
    else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '__init__' requires a 'list' object"),
        ));
    };
    check_count(vm, "list", &Args::positional(&args.pos[1..]), 0, 1)?;
    match args.pos.get(1) {
        Some(&source) => {
            // Read the source first: it may be the list itself.
            let fresh = vm.new_list(&[])?;
            vm.list_extend(fresh, source)?;
            let items = vm.seq_items(fresh.value());
            vm.list_set_contents(list, items)?;
        }
        None => vm.list_set_contents(list, &[])?,
    }
    Ok(Value::None)
}

/// `dict.__init__(self, other=(), **kwargs)`: adds the items.
fn dict_init(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let Some(dict) = args
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<crate::object::DictObj>())
    else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '__init__' requires a 'dict' object"),
        ));
    };
    check_count(vm, "dict", &Args::positional(&args.pos[1..]), 0, 1)?;
    if let Some(&source) = args.pos.get(1) {
        vm.dict_update(dict, source, false)?;
    }
    if let Some(names) = args.kw_names {
        for (key, &value) in names.items().iter().zip(args.kw_values) {
            vm.dict_set(dict, *key, value)?;
        }
    }
    Ok(Value::None)
}

/// `list.__getitem__(self, index)`.
fn list_getitem(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (_, list) = container_args(vm, args, Cls::List, "__getitem__", 1)?;
    vm.get_item(list, args.pos[1])
}

/// `dict.__getitem__(self, key)`: a subclass's `__missing__` still answers a missing key.
fn dict_getitem(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (this, dict) = container_args(vm, args, Cls::Dict, "__getitem__", 1)?;
    match dict.as_obj().and_then(|o| o.downcast::<DictObj>()) {
        Some(dict) if dict.value().is(this) => vm.get_item(this, args.pos[1]),
        Some(dict) => vm.dict_subclass_item(this, dict, args.pos[1]),
        None => vm.get_item(dict, args.pos[1]),
    }
}

/// `list.__setitem__(self, index, value)` and `dict.__setitem__(self, key, value)`.
fn container_setitem(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__setitem__", 2)?;
    vm.set_item(base, args.pos[1], args.pos[2])?;
    Ok(Value::None)
}

/// `list.__delitem__(self, index)` and `dict.__delitem__(self, key)`.
fn container_delitem(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__delitem__", 1)?;
    vm.del_item(base, args.pos[1])?;
    Ok(Value::None)
}

/// `list.__len__(self)` and `dict.__len__(self)`.
fn container_len(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__len__", 0)?;
    Ok(Value::Int(vm.len_of(base)? as i64))
}

/// `list.__contains__(self, item)` and `dict.__contains__(self, key)`.
fn container_contains(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(base, args.pos[1])?))
}

/// `list.__iter__(self)` and `dict.__iter__(self)`.
fn container_iter(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__iter__", 0)?;
    vm.get_iter(base)
}

/// `list.__repr__(self)` and `dict.__repr__(self)`: the built-in repr, whatever the class.
fn container_repr(vm: &mut Vm<'_>, args: &Args<'_>, owner: Cls) -> PyResult<Value> {
    let (_, base) = container_args(vm, args, owner, "__repr__", 0)?;
    Ok(vm.repr_of(base)?.value())
}

/// Native entry points for the shared container methods, one per owning class.
macro_rules! per_class {
    ($($list:ident, $dict:ident => $shared:ident;)*) => {
        $(
            #[doc = concat!("`list.", stringify!($shared), "` (see [`", stringify!($shared), "`]).")]
            fn $list(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
                $shared(vm, args, Cls::List)
            }
            #[doc = concat!("`dict.", stringify!($shared), "` (see [`", stringify!($shared), "`]).")]
            fn $dict(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
                $shared(vm, args, Cls::Dict)
            }
        )*
    };
}

per_class! {
    list_setitem, dict_setitem => container_setitem;
    list_delitem, dict_delitem => container_delitem;
    list_len, dict_len => container_len;
    list_contains, dict_contains => container_contains;
    list_iter, dict_iter => container_iter;
    list_repr, dict_repr => container_repr;
}

/// The property a `property` method was called on, and its one argument.
fn property_and_func(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    method: &str,
) -> PyResult<(Gc<InstanceObj>, Value)> {
    let this = receiver(vm, args, method, Cls::Property)?;
    let name = match method {
        "getter" => "property.getter",
        "setter" => "property.setter",
        _ => "property.deleter",
    };
    no_keywords(vm, name, args)?;
    check_count(vm, name, &Args::positional(&args.pos[1..]), 1, 1)?;
    match this.as_obj().and_then(|o| o.downcast::<InstanceObj>()) {
        Some(prop) if prop.class.get().builtin == Builtin::Property => Ok((prop, args.pos[1])),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '{method}' requires a 'property' object"),
        )),
    }
}

/// A copy of `prop` with callable `index` replaced (the name carries over).
fn property_with(
    vm: &mut Vm<'_>,
    prop: Gc<InstanceObj>,
    index: usize,
    func: Value,
) -> PyResult<Value> {
    let mut parts = [Value::None; 4];
    for (slot, &old) in parts.iter_mut().zip(vm.seq_items(prop.base_state.get())) {
        *slot = old;
    }
    parts[index] = func;
    let tuple = vm.new_tuple(&parts)?;
    let copy = vm.new_instance(prop.class.get())?;
    copy.base_state.set(tuple.value());
    copy.extra.set(prop.extra.get());
    Ok(copy.value())
}

/// `property.getter(fget)`.
fn property_getter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (prop, func) = property_and_func(vm, args, "getter")?;
    property_with(vm, prop, 0, func)
}

/// `property.setter(fset)`.
fn property_setter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (prop, func) = property_and_func(vm, args, "setter")?;
    property_with(vm, prop, 1, func)
}

/// `property.deleter(fdel)`.
fn property_deleter(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (prop, func) = property_and_func(vm, args, "deleter")?;
    property_with(vm, prop, 2, func)
}
