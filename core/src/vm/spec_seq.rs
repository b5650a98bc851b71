//! Deciders for the iteration, subscript and unpacking family: `FOR_ITER`, `BINARY_SUBSCR`,
//! `STORE_SUBSCR` and `UNPACK_SEQUENCE` (see `specialize` for how quickening works).
//!
//! Cache layout: every instruction of the family has one cache unit, and none of the forms
//! needs more than its kind-byte guards, so the unit holds only the adaptive counter (low 16
//! bits). `FOR_ITER` is a conditional jump: the high 16 bits of its unit are its branch
//! history, which every form keeps recording. The other three leave the high half zero.
//!
//! Every form guards on the exact built-in kind (the header's kind byte): an instance of a
//! `list` or `dict` subclass is a `Kind::Instance` object, so it never takes a fast path that
//! would skip an overridden `__getitem__`, `__setitem__`, `__iter__` or `__missing__`.

use super::PyResult;
use super::specialize::Reason;
use crate::bytecode::Opcode;
use crate::object::class::Builtin;
use crate::object::{Gc, InstanceObj, Kind, SeqIterObj, StrObj};
use crate::value::Value;

/// Why an instance is no fit: a subclass of a built-in container, or a user class.
fn instance_reason(obj: crate::object::ObjRef) -> Reason {
    match obj.downcast::<InstanceObj>() {
        Some(instance) if matches!(instance.class.get().builtin, Builtin::List | Builtin::Dict) => {
            Reason::Subclass
        }
        _ => Reason::UserObject,
    }
}

/// The specialized `FOR_ITER` for the iterator on top of the stack.
pub fn for_iter(iter: Value) -> Result<Opcode, Reason> {
    let Value::Obj(obj) = iter else {
        return Err(Reason::IterOther);
    };
    match obj.kind() {
        Kind::RangeIter => Ok(Opcode::FOR_ITER_RANGE),
        Kind::SeqIter => {
            // SAFETY: the kind byte says it is a sequence iterator.
            let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
            if it.reverse {
                return Err(Reason::IterReversed);
            }
            match it.seq.get().as_obj().map(|o| o.kind()) {
                Some(Kind::List) => Ok(Opcode::FOR_ITER_LIST),
                Some(Kind::Tuple) => Ok(Opcode::FOR_ITER_TUPLE),
                Some(Kind::Str) => Ok(Opcode::FOR_ITER_STR),
                Some(Kind::Instance) => Err(Reason::UserObject),
                _ => Err(Reason::IterOther),
            }
        }
        Kind::Generator => Err(Reason::IterGenerator),
        Kind::DictIter => Err(Reason::IterDict),
        Kind::Enumerate => Err(Reason::IterEnumerate),
        Kind::Zip => Err(Reason::IterZip),
        Kind::Instance => Err(Reason::UserObject),
        _ => Err(Reason::IterOther),
    }
}

/// Why `key` is no int subscript (a bool is not one: the forms test for `Value::Int`, and
/// `lst[True]` takes the generic path, which treats it as 1).
fn key_reason(key: Value) -> Reason {
    match key {
        Value::Obj(obj) if obj.kind() == Kind::Slice => Reason::Slice,
        _ => Reason::NotInt,
    }
}

/// Why `container` is no fit for a subscript form.
fn container_reason(container: Value) -> Reason {
    match container {
        Value::Obj(obj) if obj.kind() == Kind::Instance => instance_reason(obj),
        _ => Reason::Types,
    }
}

/// The specialized `BINARY_SUBSCR` for `container[key]`.
pub fn binary_subscr(container: Value, key: Value) -> Result<Opcode, Reason> {
    let Value::Obj(obj) = container else {
        return Err(Reason::Types);
    };
    let int_key = matches!(key, Value::Int(_));
    match obj.kind() {
        Kind::Dict => Ok(Opcode::BINARY_SUBSCR_DICT),
        Kind::List if int_key => Ok(Opcode::BINARY_SUBSCR_LIST_INT),
        Kind::Tuple if int_key => Ok(Opcode::BINARY_SUBSCR_TUPLE_INT),
        Kind::Str if int_key => {
            // SAFETY: the kind byte says it is a str.
            let s = unsafe { Gc::<StrObj>::from_obj_unchecked(obj) };
            if s.is_ascii() {
                Ok(Opcode::BINARY_SUBSCR_STR_INT)
            } else {
                Err(Reason::NonAscii)
            }
        }
        Kind::List | Kind::Tuple | Kind::Str => Err(key_reason(key)),
        _ => Err(container_reason(container)),
    }
}

/// The specialized `STORE_SUBSCR` for `container[key] = value`.
pub fn store_subscr(container: Value, key: Value) -> Result<Opcode, Reason> {
    let Value::Obj(obj) = container else {
        return Err(Reason::Types);
    };
    match obj.kind() {
        Kind::Dict => Ok(Opcode::STORE_SUBSCR_DICT),
        Kind::List if matches!(key, Value::Int(_)) => Ok(Opcode::STORE_SUBSCR_LIST_INT),
        Kind::List => Err(key_reason(key)),
        _ => Err(container_reason(container)),
    }
}

/// The specialized `UNPACK_SEQUENCE count` for `seq`.
pub fn unpack_sequence(seq: Value, count: u32) -> Result<Opcode, Reason> {
    let Value::Obj(obj) = seq else {
        return Err(Reason::Types);
    };
    let count = count as usize;
    let (len, form) = match obj.kind() {
        Kind::Tuple => {
            // SAFETY: the kind byte says it is a tuple.
            let tuple = unsafe { Gc::<crate::object::TupleObj>::from_obj_unchecked(obj) };
            let form = if count == 2 {
                Opcode::UNPACK_SEQUENCE_TWO_TUPLE
            } else {
                Opcode::UNPACK_SEQUENCE_TUPLE
            };
            (tuple.len, form)
        }
        Kind::List => {
            // SAFETY: the kind byte says it is a list.
            let list = unsafe { Gc::<crate::object::ListObj>::from_obj_unchecked(obj) };
            (list.len.get(), Opcode::UNPACK_SEQUENCE_LIST)
        }
        Kind::Generator => return Err(Reason::IterGenerator),
        Kind::Instance => return Err(instance_reason(obj)),
        _ => return Err(Reason::Types),
    };
    if len == count {
        Ok(form)
    } else {
        Err(Reason::Length)
    }
}

/// Why a subscript form for containers of `kind` (an int subscript, or any key for a dict)
/// missed on `container[key]`.
#[cold]
pub(crate) fn subscr_deopt(container: Value, key: Value, kind: Kind) -> Reason {
    match container {
        Value::Obj(obj) if obj.kind() == kind => match key {
            Value::Int(_) => match obj.downcast::<StrObj>() {
                Some(s) if !s.is_ascii() => Reason::NonAscii,
                _ => Reason::OutOfRange,
            },
            _ => key_reason(key),
        },
        _ => match kind {
            Kind::List => Reason::NotList,
            Kind::Tuple => Reason::NotTuple,
            Kind::Str => Reason::NotStr,
            _ => Reason::NotDict,
        },
    }
}

/// Why an unpacking form for sequences of `kind` missed on `seq`.
#[cold]
pub(crate) fn unpack_deopt(seq: Value, kind: Kind) -> Reason {
    match seq {
        Value::Obj(obj) if obj.kind() == kind => Reason::Length,
        _ if kind == Kind::List => Reason::NotList,
        _ => Reason::NotTuple,
    }
}

impl super::Vm<'_> {
    /// `UNPACK_SEQUENCE count`'s generic path: the items of `seq`, exactly `count` of them
    /// (exact-length tuples and lists without a copy), or CPython's error.
    ///
    /// The slice points into `seq` or into a fresh tuple; the caller copies it to the value
    /// stack before anything can allocate.
    #[inline(never)]
    pub(crate) fn unpack_items(&mut self, seq: Value, count: usize) -> PyResult<&'static [Value]> {
        if let Some(items) = self.exact_items(seq, count) {
            return Ok(items);
        }
        let tuple = self.unpack_sequence(seq, count)?;
        let items = tuple.items();
        // SAFETY: the tuple is immutable and nothing allocates (so nothing collects it)
        // before the caller has copied the items out; see the doc comment.
        Ok(unsafe { core::slice::from_raw_parts(items.as_ptr(), items.len()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::specialize::Family;
    use crate::vm::{Config, Vm};

    /// Runs `body` with a fresh VM counting `--stats`.
    fn with_vm(body: impl FnOnce(&mut Vm<'_>)) {
        let config = Config {
            stats: true,
            ..Config::default()
        };
        crate::vm::tests::with_vm(16 << 20, config, |vm, _| body(vm));
    }

    #[test]
    fn scalars_have_no_forms() {
        assert_eq!(for_iter(Value::Int(3)), Err(Reason::IterOther));
        assert_eq!(
            binary_subscr(Value::Int(3), Value::Int(0)),
            Err(Reason::Types)
        );
        assert_eq!(store_subscr(Value::None, Value::Int(0)), Err(Reason::Types));
        assert_eq!(unpack_sequence(Value::Float(1.0), 2), Err(Reason::Types));
    }

    #[test]
    fn deciders_pick_forms_by_exact_kind() {
        with_vm(|vm| {
            let one = Value::Int(1);
            let list = vm.new_list(&[one, one]).unwrap().value();
            let tuple = vm.new_tuple(&[one, one, one]).unwrap().value();
            let pair = vm.new_tuple(&[one, one]).unwrap().value();
            let ascii = vm.new_str("abc").unwrap().value();
            let wide = vm.new_str("\u{e9}t\u{e9}").unwrap().value();
            let dict = vm.new_dict().unwrap().value();
            let slice = vm.new_slice(one, Value::None, Value::None).unwrap().value();
            let sub = |c, k| binary_subscr(c, k);
            assert_eq!(sub(list, one), Ok(Opcode::BINARY_SUBSCR_LIST_INT));
            assert_eq!(sub(list, Value::Bool(true)), Err(Reason::NotInt));
            assert_eq!(sub(list, slice), Err(Reason::Slice));
            assert_eq!(sub(tuple, one), Ok(Opcode::BINARY_SUBSCR_TUPLE_INT));
            assert_eq!(sub(ascii, one), Ok(Opcode::BINARY_SUBSCR_STR_INT));
            assert_eq!(sub(wide, one), Err(Reason::NonAscii));
            assert_eq!(sub(dict, slice), Ok(Opcode::BINARY_SUBSCR_DICT));
            assert_eq!(store_subscr(list, one), Ok(Opcode::STORE_SUBSCR_LIST_INT));
            assert_eq!(store_subscr(dict, list), Ok(Opcode::STORE_SUBSCR_DICT));
            assert_eq!(store_subscr(tuple, one), Err(Reason::Types));
            assert_eq!(
                unpack_sequence(pair, 2),
                Ok(Opcode::UNPACK_SEQUENCE_TWO_TUPLE)
            );
            assert_eq!(unpack_sequence(tuple, 3), Ok(Opcode::UNPACK_SEQUENCE_TUPLE));
            assert_eq!(unpack_sequence(tuple, 2), Err(Reason::Length));
            assert_eq!(unpack_sequence(list, 2), Ok(Opcode::UNPACK_SEQUENCE_LIST));
            assert_eq!(unpack_sequence(ascii, 3), Err(Reason::Types));
            let iter = |vm: &mut Vm<'_>, v| vm.get_iter(v).unwrap();
            let (li, ti, si) = (iter(vm, list), iter(vm, tuple), iter(vm, ascii));
            assert_eq!(for_iter(li), Ok(Opcode::FOR_ITER_LIST));
            assert_eq!(for_iter(ti), Ok(Opcode::FOR_ITER_TUPLE));
            assert_eq!(for_iter(si), Ok(Opcode::FOR_ITER_STR));
            let range = vm.new_range(0, 5, 1).unwrap().value();
            assert_eq!(for_iter(iter(vm, range)), Ok(Opcode::FOR_ITER_RANGE));
            assert_eq!(for_iter(iter(vm, dict)), Err(Reason::IterDict));
        });
    }

    #[test]
    fn every_form_hits_in_hot_loops() {
        with_vm(|vm| {
            let source = "\
d = {}
lst = [0] * 4
total = 0
for i in range(200):
    for x in lst:
        total += x
    for y in (1, 2):
        total += y
    for c in 'ab':
        d[c] = i
    a, b = (i, 1)
    p, q, r = [1, 2, 3]
    lst[i % 4] = i
    total += lst[-1] + (5, 6)[1] + d['a'] + ord('xyz'[2])
print(total)
";
            vm.run_main(source, "hot.py").expect("runs");
            for family in [
                Family::ForIter,
                Family::BinarySubscr,
                Family::StoreSubscr,
                Family::UnpackSequence,
            ] {
                assert!(vm.stats.successes(family) > 0, "{family:?} specialized");
                assert!(vm.stats.hits(family) > 150, "{family:?} hits");
            }
        });
    }
}
