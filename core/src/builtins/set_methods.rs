//! `set()` and `frozenset()`, and the methods of both classes (the algorithms are in
//! `vm::set`).

use super::args::check_count;
use crate::object::func::NativeDef;
use crate::object::{Gc, Kind, SetObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

/// The class a method was looked up on: its receiver must be an instance of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
}

impl Owner {
    /// The class name, as messages spell it.
    fn name(self) -> &'static str {
        match self {
            Owner::Set => "set",
            Owner::FrozenSet => "frozenset",
        }
    }

    /// The kind of the class's instances.
    fn kind(self) -> Kind {
        match self {
            Owner::Set => Kind::Set,
            Owner::FrozenSet => Kind::FrozenSet,
        }
    }
}

/// Defines, for each shared method implementation, the entry points of `set` and
/// `frozenset` (which differ in the receiver they accept).
macro_rules! shared {
    ($($set_fn:ident, $frozen_fn:ident => $imp:ident;)*) => {
        $(
            #[doc = concat!("`set.", stringify!($imp), "`.")]
            fn $set_fn(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
                $imp(vm, args, Owner::Set)
            }

            #[doc = concat!("`frozenset.", stringify!($imp), "`.")]
            fn $frozen_fn(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
                $imp(vm, args, Owner::FrozenSet)
            }
        )*
    };
}

shared! {
    set_copy, frozenset_copy => copy;
    set_union, frozenset_union => union;
    set_intersection, frozenset_intersection => intersection;
    set_difference, frozenset_difference => difference;
    set_symmetric_difference, frozenset_symmetric_difference => symmetric_difference;
    set_issubset, frozenset_issubset => issubset;
    set_issuperset, frozenset_issuperset => issuperset;
    set_isdisjoint, frozenset_isdisjoint => isdisjoint;
}

macro_rules! defs {
    ($($name:literal => $func:path,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// The methods of `set`.
pub(super) static SET_METHODS: &[NativeDef] = defs! {
    "add" => add,
    "clear" => clear,
    "copy" => set_copy,
    "difference" => set_difference,
    "difference_update" => difference_update,
    "discard" => discard,
    "intersection" => set_intersection,
    "intersection_update" => intersection_update,
    "isdisjoint" => set_isdisjoint,
    "issubset" => set_issubset,
    "issuperset" => set_issuperset,
    "pop" => pop,
    "remove" => remove,
    "symmetric_difference" => set_symmetric_difference,
    "symmetric_difference_update" => symmetric_difference_update,
    "union" => set_union,
    "update" => update,
};

/// The methods of `frozenset`.
pub(super) static FROZENSET_METHODS: &[NativeDef] = defs! {
    "copy" => frozenset_copy,
    "difference" => frozenset_difference,
    "intersection" => frozenset_intersection,
    "isdisjoint" => frozenset_isdisjoint,
    "issubset" => frozenset_issubset,
    "issuperset" => frozenset_issuperset,
    "symmetric_difference" => frozenset_symmetric_difference,
    "union" => frozenset_union,
};

/// `set(iterable)` or `frozenset(iterable)` (keywords were already rejected).
pub(crate) fn construct(vm: &mut Vm<'_>, args: &Args<'_>, frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    check_count(vm, name, args, 0, 1)?;
    match args.pos.first() {
        // frozenset(f) is f itself.
        Some(&source) if frozen && source.as_obj().is_some_and(|o| o.kind() == Kind::FrozenSet) => {
            Ok(source)
        }
        Some(&source) => Ok(vm.new_set_from(frozen, source)?.value()),
        None => Ok(vm.new_set(frozen)?.value()),
    }
}

/// The receiver of `owner.method(...)`, checked; keywords are rejected.
fn receiver(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner, method: &str) -> PyResult<Gc<SetObj>> {
    let Some(&this) = args.pos.first() else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "unbound method {}.{method}() needs an argument",
                owner.name()
            ),
        ));
    };
    let set = match this.as_obj() {
        Some(obj) if obj.kind() == owner.kind() => Vm::as_any_set(this),
        _ => None,
    };
    let Some(set) = set else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
                owner.name(),
                vm.type_name(this)
            ),
        ));
    };
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("{}.{method}() takes no keyword arguments", owner.name()),
        ));
    }
    Ok(set)
}

/// The receiver of a method taking exactly one argument, and that argument.
fn one_arg(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    owner: Owner,
    method: &str,
) -> PyResult<(Gc<SetObj>, Value)> {
    let set = receiver(vm, args, owner, method)?;
    match args.pos {
        [_, arg] => Ok((set, *arg)),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{}.{method}() takes exactly one argument ({} given)",
                owner.name(),
                args.pos.len() - 1
            ),
        )),
    }
}

/// The receiver of a method taking no arguments.
fn no_args(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner, method: &str) -> PyResult<Gc<SetObj>> {
    let set = receiver(vm, args, owner, method)?;
    if args.pos.len() != 1 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "{}.{method}() takes no arguments ({} given)",
                owner.name(),
                args.pos.len() - 1
            ),
        ));
    }
    Ok(set)
}

fn add(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (set, key) = one_arg(vm, args, Owner::Set, "add")?;
    vm.set_add(set, key)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (set, key) = one_arg(vm, args, Owner::Set, "remove")?;
    if !vm.set_discard(set, key)? {
        return Err(vm.raise_with_args(Cls::KeyError, &[key]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (set, key) = one_arg(vm, args, Owner::Set, "discard")?;
    vm.set_discard(set, key)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let set = no_args(vm, args, Owner::Set, "pop")?;
    match vm.set_pop(set) {
        Some(key) => Ok(key),
        None => Err(vm.raise_msg(Cls::KeyError, format_args!("pop from an empty set"))),
    }
}

fn clear(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let set = no_args(vm, args, Owner::Set, "clear")?;
    vm.set_clear(set);
    Ok(Value::None)
}

fn copy(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let set = no_args(vm, args, owner, "copy")?;
    if owner == Owner::FrozenSet {
        // Immutable: the copy is the frozenset itself.
        return Ok(set.value());
    }
    Ok(vm.set_copy(set)?.value())
}

fn update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let set = receiver(vm, args, Owner::Set, "update")?;
    for &other in &args.pos[1..] {
        vm.set_update(set, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let set = receiver(vm, args, owner, "union")?;
    Ok(vm.set_union(set, &args.pos[1..])?.value())
}

fn intersection(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let set = receiver(vm, args, owner, "intersection")?;
    Ok(vm.set_intersection_multi(set, &args.pos[1..])?.value())
}

fn intersection_update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let set = receiver(vm, args, Owner::Set, "intersection_update")?;
    vm.set_intersection_update(set, &args.pos[1..])?;
    Ok(Value::None)
}

fn difference(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let set = receiver(vm, args, owner, "difference")?;
    Ok(vm.set_difference_multi(set, &args.pos[1..])?.value())
}

fn difference_update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let set = receiver(vm, args, Owner::Set, "difference_update")?;
    for &other in &args.pos[1..] {
        vm.set_difference_update(set, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let (set, other) = one_arg(vm, args, owner, "symmetric_difference")?;
    Ok(vm.set_symmetric_difference(set, other)?.value())
}

fn symmetric_difference_update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let (set, other) = one_arg(vm, args, Owner::Set, "symmetric_difference_update")?;
    vm.set_symmetric_difference_update(set, other)?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let (set, other) = one_arg(vm, args, owner, "issubset")?;
    Ok(Value::Bool(vm.set_issubset(set, other)?))
}

fn issuperset(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let (set, other) = one_arg(vm, args, owner, "issuperset")?;
    Ok(Value::Bool(vm.set_issuperset(set, other)?))
}

fn isdisjoint(vm: &mut Vm<'_>, args: &Args<'_>, owner: Owner) -> PyResult<Value> {
    let (set, other) = one_arg(vm, args, owner, "isdisjoint")?;
    Ok(Value::Bool(vm.set_isdisjoint(set, other)?))
}
