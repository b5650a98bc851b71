//! Constructors and methods of the built-in types.

use super::MethodTable;
use super::args::{check_count, int_arg, keyword};
use crate::object::class::Builtin;
use crate::object::func::NativeDef;
use crate::object::misc::DictPart;
use crate::object::{ClassObj, Gc, ListObj, StrObj};
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
            "index" => seq_index,
            "count" => seq_count,
            "reverse" => list_reverse,
            "sort" => list_sort,
            "copy" => list_copy,
            "clear" => list_clear,
        },
    ),
    (
        Cls::Tuple,
        defs! {
            "index" => seq_index,
            "count" => seq_count,
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
            Builtin::Dict | Builtin::Type | Builtin::Iterator
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
                    let list = self.new_list(&[])?;
                    for &source in args.pos {
                        let iter = self.get_iter(source)?;
                        self.list_append(list, iter)?;
                    }
                    let tuple = self.list_to_tuple(list)?;
                    Ok(self.new_zip(tuple)?.value())
                }
                "reversed" => {
                    check_count(self, "reversed", args, 1, 1)?;
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

    /// `reversed(seq)`.
    fn reversed(&mut self, seq: Value) -> PyResult<Value> {
        match seq.as_obj().map(|o| o.kind()) {
            Some(crate::object::Kind::List | crate::object::Kind::Tuple) => {
                let len = self.seq_items(seq).len();
                Ok(self.new_seq_iter(seq, len, true)?.value())
            }
            Some(crate::object::Kind::Str) => {
                let len = self.expect_str(seq).len;
                Ok(self.new_seq_iter(seq, len, true)?.value())
            }
            Some(crate::object::Kind::Range) => {
                let range = self.expect_range(seq);
                if range.len == 0 {
                    return Ok(self.new_range_iter(0, 1, 0)?.value());
                }
                let last = range.item(range.len - 1);
                Ok(self.new_range_iter(last, -range.step, range.len)?.value())
            }
            _ => {
                let list = self.new_list(&[])?;
                self.list_extend(list, seq)?;
                let len = list.len.get();
                Ok(self.new_seq_iter(list.value(), len, true)?.value())
            }
        }
    }
}

fn construct_int(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "int", args, 0, 2)?;
    let Some(&value) = args.pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(&base) = args.pos.get(1) {
        let base = int_arg(vm, base)?;
        let Some(s) = value.as_obj().and_then(|o| o.downcast::<StrObj>()) else {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!("int() can't convert non-string with explicit base"),
            ));
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.raise_msg(
                Cls::ValueError,
                format_args!("int() base must be >= 2 and <= 36, or 0"),
            ));
        }
        return parse_int_str(vm, s, base as u32);
    }
    match value {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Bool(b) => Ok(Value::Int(i64::from(b))),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.raise_msg(Cls::ValueError, format_args!("cannot convert float NaN to integer")));
            }
            if f.is_infinite() {
                return Err(vm.raise_msg(Cls::OverflowError, format_args!("cannot convert float infinity to integer")));
            }
            let t = libm::trunc(f);
            if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
                return Err(vm.overflow());
            }
            Ok(Value::Int(t as i64))
        }
        _ => match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(s) => parse_int_str(vm, s, 10),
            None => Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(value)
                ),
            )),
        },
    }
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

/// The receiver as a list.
fn this_list(vm: &mut Vm<'_>, args: &Args<'_>, method: &str) -> PyResult<Gc<ListObj>> {
    match args
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<ListObj>())
    {
        Some(list) => Ok(list),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '{method}' requires a 'list' object"),
        )),
    }
}

fn list_append(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "append")?;
    if args.pos.len() != 2 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "list.append() takes exactly one argument ({} given)",
                args.pos.len() - 1
            ),
        ));
    }
    vm.list_append(list, args.pos[1])?;
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "extend")?;
    check_count(vm, "list.extend", &Args::positional(&args.pos[1..]), 1, 1)?;
    vm.list_extend(list, args.pos[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "insert")?;
    if args.pos.len() != 3 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("insert expected 2 arguments, got {}", args.pos.len() - 1),
        ));
    }
    let index = int_arg(vm, args.pos[1])?;
    let len = list.len.get() as i64;
    let index = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    vm.list_insert(list, index as usize, args.pos[2])?;
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "pop")?;
    let len = list.len.get();
    if len == 0 {
        return Err(vm.raise_msg(Cls::IndexError, format_args!("pop from empty list")));
    }
    let index = match args.pos.get(1) {
        Some(&i) => int_arg(vm, i)?,
        None => -1,
    };
    match crate::vm::normalize_index(index, len) {
        Some(i) => Ok(vm.list_remove_at(list, i)),
        None => Err(vm.raise_msg(Cls::IndexError, format_args!("pop index out of range"))),
    }
}

fn list_remove(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "remove")?;
    check_count(vm, "list.remove", &Args::positional(&args.pos[1..]), 1, 1)?;
    let mut index = 0;
    while let Some(item) = list.get(index) {
        if vm.eq(item, args.pos[1])? {
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

fn seq_index(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "index", args, 2, 4)?;
    let seq = args.pos[0];
    let len = vm.seq_items(seq).len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.pos.get(2) {
        Some(&v) => clamp(int_arg(vm, v)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(&v) => clamp(int_arg(vm, v)?),
        None => len,
    };
    let mut index = start;
    while index < stop {
        let Some(&item) = vm.seq_items(seq).get(index as usize) else {
            break;
        };
        if vm.eq(item, args.pos[1])? {
            return Ok(Value::Int(index));
        }
        index += 1;
    }
    let what = if seq
        .as_obj()
        .is_some_and(|o| o.kind() == crate::object::Kind::List)
    {
        let repr = vm.repr_of(args.pos[1])?;
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("{} is not in list", repr.as_str()),
        ));
    } else {
        "tuple.index(x): x not in tuple"
    };
    Err(vm.raise_msg(Cls::ValueError, format_args!("{what}")))
}

fn seq_count(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "count", args, 2, 2)?;
    let mut count = 0;
    let mut index = 0;
    while let Some(&item) = vm.seq_items(args.pos[0]).get(index) {
        if vm.eq(item, args.pos[1])? {
            count += 1;
        }
        index += 1;
    }
    Ok(Value::Int(count))
}

fn list_reverse(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "reverse")?;
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
    let list = this_list(vm, args, "sort")?;
    if args.pos.len() > 1 {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("sort() takes no positional arguments"),
        ));
    }
    let key = keyword(vm, "sort", args, "key", &["reverse"])?.filter(|k| !matches!(k, Value::None));
    let reverse = match keyword(vm, "sort", args, "reverse", &["key"])? {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
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
    if len < 2 {
        return Ok(());
    }
    // Work on (key, value) pairs in two scratch buffers so the list is untouched on error.
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
    let list = this_list(vm, args, "copy")?;
    let items = vm.seq_items(list.value());
    Ok(vm.new_list(items)?.value())
}

fn list_clear(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let list = this_list(vm, args, "clear")?;
    list.buf.set(None);
    list.len.set(0);
    Ok(Value::None)
}

fn this_dict(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    method: &str,
) -> PyResult<Gc<crate::object::DictObj>> {
    match args
        .pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<crate::object::DictObj>())
    {
        Some(dict) => Ok(dict),
        None => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("descriptor '{method}' requires a 'dict' object"),
        )),
    }
}

fn dict_get(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let dict = this_dict(vm, args, "get")?;
    check_count(vm, "get", &Args::positional(&args.pos[1..]), 1, 2)?;
    Ok(vm
        .dict_get(dict, args.pos[1])?
        .unwrap_or(args.pos.get(2).copied().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm<'_>, args: &Args<'_>, part: DictPart) -> PyResult<Value> {
    let dict = this_dict(vm, args, "keys")?;
    vm.new_dict_iter(dict, part, true)
}

fn dict_keys(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, DictPart::Keys)
}

fn dict_values(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, DictPart::Values)
}

fn dict_items(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    dict_view(vm, args, DictPart::Items)
}

fn dict_pop(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let dict = this_dict(vm, args, "pop")?;
    check_count(vm, "pop", &Args::positional(&args.pos[1..]), 1, 2)?;
    let key = args.pos[1];
    match vm.dict_get(dict, key)? {
        Some(value) => {
            vm.dict_del(dict, key)?;
            Ok(value)
        }
        None => match args.pos.get(2) {
            Some(&default) => Ok(default),
            None => Err(vm.raise_with_args(Cls::KeyError, &[key])),
        },
    }
}

fn dict_popitem(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let dict = this_dict(vm, args, "popitem")?;
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
    let dict = this_dict(vm, args, "setdefault")?;
    check_count(vm, "setdefault", &Args::positional(&args.pos[1..]), 1, 2)?;
    let key = args.pos[1];
    if let Some(value) = vm.dict_get(dict, key)? {
        return Ok(value);
    }
    let default = args.pos.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(dict, key, default)?;
    Ok(default)
}

fn dict_update(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let dict = this_dict(vm, args, "update")?;
    if let Some(&other) = args.pos.get(1) {
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
    let dict = this_dict(vm, args, "copy")?;
    Ok(vm.dict_copy(dict)?.value())
}

fn dict_clear(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let dict = this_dict(vm, args, "clear")?;
    vm.dict_clear(dict);
    Ok(Value::None)
}
