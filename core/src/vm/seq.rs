//! Sequences and subscripts: indexing, slicing, list growth, unpacking, `len`.

use super::{Cls, Name, PyResult, Raised, Vm};
use crate::object::{
    DictIterObj, DictObj, Gc, Kind, ListObj, RangeObj, SliceObj, StrObj, TupleObj,
};
use crate::value::Value;

/// A slice resolved against a sequence length: `start`, then `count` items `step` apart.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub count: usize,
}

impl Vm<'_> {
    /// The value as a str (internal; the caller knows it is one).
    pub(crate) fn expect_str(&self, value: Value) -> Gc<StrObj> {
        match value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(s) => s,
            None => super::internal_error("expected a str"),
        }
    }

    /// The value as a range (internal).
    pub(crate) fn expect_range(&self, value: Value) -> Gc<RangeObj> {
        match value.as_obj().and_then(|o| o.downcast::<RangeObj>()) {
            Some(r) => r,
            None => super::internal_error("expected a range"),
        }
    }

    /// The value as a dict view (internal).
    pub(crate) fn expect_dict_view(&self, value: Value) -> Gc<DictIterObj> {
        match value.as_obj() {
            // SAFETY: dict views have the DictIterObj layout.
            Some(obj) if matches!(obj.kind(), Kind::DictView | Kind::DictIter) => unsafe {
                Gc::from_obj_unchecked(obj)
            },
            _ => super::internal_error("expected a dict view"),
        }
    }

    /// An index value as an i64 (ints, bools, and objects with `__index__`).
    pub(crate) fn index_value(&mut self, value: Value, what: &str) -> PyResult<i64> {
        match value {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            _ => {
                if let Some(i) = self.user_index(value)? {
                    return Ok(i);
                }
                Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name(value)
                    ),
                ))
            }
        }
    }

    /// `value.__index__()` for an instance of a Python class; `None` when the class has no
    /// `__index__`.
    pub(crate) fn user_index(&mut self, value: Value) -> PyResult<Option<i64>> {
        if !value.as_obj().is_some_and(|o| o.kind() == Kind::Instance) {
            return Ok(None);
        }
        let Some(method) = self.lookup_special(value, Name::__index__)? else {
            return Ok(None);
        };
        match self.call_method_value(method, value, &super::Args::positional(&[]))? {
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(i64::from(b))),
            other => Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "__index__ returned non-int (type {})",
                    self.type_name(other)
                ),
            )),
        }
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: Value, key: Value) -> PyResult<Value> {
        let Some(obj) = container.as_obj() else {
            return Err(self.not_subscriptable(container));
        };
        match obj.kind() {
            Kind::List | Kind::Tuple => {
                let what = if obj.kind() == Kind::List {
                    "list"
                } else {
                    "tuple"
                };
                if let Some(slice) = key.as_obj().and_then(|o| o.downcast::<SliceObj>()) {
                    let items = self.seq_items(container);
                    let ind = self.slice_indices(slice, items.len())?;
                    let items = self.seq_items(container);
                    let pick = |i: usize| items[(ind.start + i as i64 * ind.step) as usize];
                    return if obj.kind() == Kind::List {
                        let list = self.new_list_with_capacity(ind.count)?;
                        // Filled in place: the buffer has room for `count` items (the
                        // allocation may collect, but the source's buffer stays alive).
                        if let Some(buf) = list.buf.get() {
                            for (i, cell) in buf.cells().iter().take(ind.count).enumerate() {
                                cell.set(pick(i));
                            }
                            list.len.set(ind.count);
                        }
                        Ok(list.value())
                    } else {
                        Ok(self.new_tuple_with(ind.count, pick)?.value())
                    };
                }
                let index = self.index_value(key, what)?;
                let items = self.seq_items(container);
                match normalize_index(index, items.len()) {
                    Some(i) => Ok(items[i]),
                    None => {
                        Err(self
                            .raise_msg(Cls::IndexError, format_args!("{what} index out of range")))
                    }
                }
            }
            Kind::Str => {
                let s = self.expect_str(container);
                if let Some(slice) = key.as_obj().and_then(|o| o.downcast::<SliceObj>()) {
                    return self.str_slice(s, slice);
                }
                let index = self.index_value(key, "string")?;
                let Some(i) = normalize_index(index, s.char_count) else {
                    return Err(
                        self.raise_msg(Cls::IndexError, format_args!("string index out of range"))
                    );
                };
                let c = if s.is_ascii() {
                    char::from(s.as_str().as_bytes()[i])
                } else {
                    s.as_str().chars().nth(i).unwrap_or('\0')
                };
                Ok(self.char_str(c)?.value())
            }
            Kind::Dict => {
                let dict = self.expect_dict(container);
                match self.dict_get(dict, key)? {
                    Some(value) => Ok(value),
                    None => Err(self.raise_with_args(Cls::KeyError, &[key])),
                }
            }
            Kind::Range => {
                let range = self.expect_range(container);
                if let Some(slice) = key.as_obj().and_then(|o| o.downcast::<SliceObj>()) {
                    let ind = self.slice_indices(slice, range.len as usize)?;
                    let start = range.item(ind.start);
                    let step = range
                        .step
                        .checked_mul(ind.step)
                        .ok_or_else(|| self.overflow())?;
                    let stop = start.saturating_add(step.saturating_mul(ind.count as i64));
                    return Ok(self.new_range(start, stop, step)?.value());
                }
                let index = self.index_value(key, "range")?;
                match normalize_index(index, range.len as usize) {
                    Some(i) => Ok(Value::Int(range.item(i as i64))),
                    None => Err(self.raise_msg(
                        Cls::IndexError,
                        format_args!("range object index out of range"),
                    )),
                }
            }
            Kind::Instance => {
                if let Some(method) = self.lookup_special(container, Name::__getitem__)? {
                    return self.call_method_value(
                        method,
                        container,
                        &super::Args::positional(&[key]),
                    );
                }
                if let Some(base) = self.builtin_base(container) {
                    if let Some(dict) = base.as_obj().and_then(|o| o.downcast::<DictObj>()) {
                        return self.dict_subclass_item(container, dict, key);
                    }
                    return self.get_item(base, key);
                }
                Err(self.not_subscriptable(container))
            }
            Kind::Class => Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "type '{}' is not subscriptable",
                    self.class_name_of(container)
                ),
            )),
            _ => Err(self.not_subscriptable(container)),
        }
    }

    /// `instance[key]` for an instance of a dict subclass: the dict's item, else what the
    /// class's `__missing__` returns, else `KeyError`.
    pub(crate) fn dict_subclass_item(
        &mut self,
        instance: Value,
        dict: Gc<DictObj>,
        key: Value,
    ) -> PyResult<Value> {
        if let Some(value) = self.dict_get(dict, key)? {
            return Ok(value);
        }
        if let Some(method) = self.lookup_special(instance, Name::__missing__)? {
            return self.call_method_value(method, instance, &super::Args::positional(&[key]));
        }
        Err(self.raise_with_args(Cls::KeyError, &[key]))
    }

    fn class_name_of(&self, class: Value) -> &'static str {
        match class
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::ClassObj>())
        {
            Some(c) => super::format::extend_str(c.name.get().as_str()),
            None => "?",
        }
    }

    #[cold]
    fn not_subscriptable(&mut self, value: Value) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not subscriptable", self.type_name(value)),
        )
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        let Some(obj) = container.as_obj() else {
            return Err(self.no_item_assignment(container));
        };
        match obj.kind() {
            Kind::List => {
                let list = self.expect_list(container);
                if let Some(slice) = key.as_obj().and_then(|o| o.downcast::<SliceObj>()) {
                    return self.list_set_slice(list, slice, value);
                }
                let index = self.index_value(key, "list")?;
                match normalize_index(index, list.len.get()) {
                    Some(i) => {
                        list.items()[i].set(value);
                        Ok(())
                    }
                    None => Err(self.raise_msg(
                        Cls::IndexError,
                        format_args!("list assignment index out of range"),
                    )),
                }
            }
            Kind::Dict => self.dict_set(self.expect_dict(container), key, value),
            Kind::Instance => {
                if let Some(method) = self.lookup_special(container, Name::__setitem__)? {
                    self.call_method_value(
                        method,
                        container,
                        &super::Args::positional(&[key, value]),
                    )?;
                    return Ok(());
                }
                if let Some(base) = self.builtin_base(container) {
                    return self.set_item(base, key, value);
                }
                Err(self.no_item_assignment(container))
            }
            _ => Err(self.no_item_assignment(container)),
        }
    }

    #[cold]
    fn no_item_assignment(&mut self, value: Value) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object does not support item assignment",
                self.type_name(value)
            ),
        )
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: Value, key: Value) -> PyResult<()> {
        let Some(obj) = container.as_obj() else {
            return Err(self.no_item_deletion(container));
        };
        match obj.kind() {
            Kind::List => {
                let list = self.expect_list(container);
                if let Some(slice) = key.as_obj().and_then(|o| o.downcast::<SliceObj>()) {
                    let ind = self.slice_indices(slice, list.len.get())?;
                    // Mark the deleted positions by walking the slice, then compact.
                    let len = list.len.get();
                    let items = list.items();
                    let mut write = 0;
                    for read in 0..len {
                        let deleted = in_slice(read as i64, ind);
                        if !deleted {
                            items[write].set(items[read].get());
                            write += 1;
                        }
                    }
                    for cell in &items[write..len] {
                        cell.set(Value::Null);
                    }
                    list.len.set(write);
                    return Ok(());
                }
                let index = self.index_value(key, "list")?;
                match normalize_index(index, list.len.get()) {
                    Some(i) => {
                        self.list_remove_at(list, i);
                        Ok(())
                    }
                    None => Err(self.raise_msg(
                        Cls::IndexError,
                        format_args!("list assignment index out of range"),
                    )),
                }
            }
            Kind::Dict => {
                if self.dict_del(self.expect_dict(container), key)? {
                    Ok(())
                } else {
                    Err(self.raise_with_args(Cls::KeyError, &[key]))
                }
            }
            Kind::Instance => {
                if let Some(method) = self.lookup_special(container, Name::__delitem__)? {
                    self.call_method_value(method, container, &super::Args::positional(&[key]))?;
                    return Ok(());
                }
                if let Some(base) = self.builtin_base(container) {
                    return self.del_item(base, key);
                }
                Err(self.no_item_deletion(container))
            }
            _ => Err(self.no_item_deletion(container)),
        }
    }

    #[cold]
    fn no_item_deletion(&mut self, value: Value) -> Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object doesn't support item deletion",
                self.type_name(value)
            ),
        )
    }

    /// Resolves a slice against a sequence of `len` items (CPython's `PySlice_GetIndicesEx`).
    pub(crate) fn slice_indices(
        &mut self,
        slice: Gc<SliceObj>,
        len: usize,
    ) -> PyResult<SliceIndices> {
        let len = len as i64;
        let step = match slice.step {
            Value::None => 1,
            value => self.slice_bound(value)?,
        };
        if step == 0 {
            return Err(self.raise_msg(Cls::ValueError, format_args!("slice step cannot be zero")));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |value: i64| -> i64 {
            if value < 0 {
                (value + len).max(lower)
            } else {
                value.min(upper)
            }
        };
        let start = match slice.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            value => clamp(self.slice_bound(value)?),
        };
        let stop = match slice.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            value => clamp(self.slice_bound(value)?),
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            count: count as usize,
        })
    }

    fn slice_bound(&mut self, value: Value) -> PyResult<i64> {
        match value {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            _ => match self.user_index(value)? {
                Some(i) => Ok(i),
                None => Err(self.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "slice indices must be integers or None or have an __index__ method"
                    ),
                )),
            },
        }
    }

    fn str_slice(&mut self, s: Gc<StrObj>, slice: Gc<SliceObj>) -> PyResult<Value> {
        let ind = self.slice_indices(slice, s.char_count)?;
        if s.is_ascii() {
            if ind.step == 1 {
                let start = ind.start as usize;
                let text = &s.as_str()[start..start + ind.count];
                return Ok(self.new_str(super::format::extend_str(text))?.value());
            }
            let mut builder = super::format::StrBuilder::new();
            for i in 0..ind.count {
                let byte = s.as_str().as_bytes()[(ind.start + i as i64 * ind.step) as usize];
                builder.push_char(self, char::from(byte))?;
            }
            return Ok(builder.finish(self)?.value());
        }
        let mut builder = super::format::StrBuilder::new();
        for i in 0..ind.count {
            let position = (ind.start + i as i64 * ind.step) as usize;
            let c = s.as_str().chars().nth(position).unwrap_or('\0');
            builder.push_char(self, c)?;
        }
        Ok(builder.finish(self)?.value())
    }

    /// `list[slice] = iterable`.
    fn list_set_slice(
        &mut self,
        list: Gc<ListObj>,
        slice: Gc<SliceObj>,
        value: Value,
    ) -> PyResult<()> {
        // Materialize the new items first (the source may be the list itself).
        let source = self.to_tuple(value)?;
        let new_items = source.items();
        let ind = self.slice_indices(slice, list.len.get())?;
        if ind.step == 1 {
            let start = ind.start as usize;
            let old_len = list.len.get();
            let end = start + ind.count;
            let new_len = old_len - ind.count + new_items.len();
            self.list_reserve(list, new_len)?;
            let buf = list.buf.get();
            let items_all: &[core::cell::Cell<Value>] = match &buf {
                Some(b) => b.cells(),
                None => &[],
            };
            // Move the tail.
            if new_items.len() > ind.count {
                for i in (end..old_len).rev() {
                    items_all[i + new_items.len() - ind.count].set(items_all[i].get());
                }
            } else {
                for i in end..old_len {
                    items_all[i + new_items.len() - ind.count].set(items_all[i].get());
                }
                for cell in &items_all[new_len..old_len] {
                    cell.set(Value::Null);
                }
            }
            for (i, &item) in new_items.iter().enumerate() {
                items_all[start + i].set(item);
            }
            list.len.set(new_len);
            return Ok(());
        }
        if new_items.len() != ind.count {
            return Err(self.raise_msg(
                Cls::ValueError,
                format_args!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    ind.count
                ),
            ));
        }
        let items = list.items();
        for (i, &item) in new_items.iter().enumerate() {
            items[(ind.start + i as i64 * ind.step) as usize].set(item);
        }
        Ok(())
    }

    /// Makes room for `cap` items.
    pub(crate) fn list_reserve(&mut self, list: Gc<ListObj>, cap: usize) -> PyResult<()> {
        if cap <= list.capacity() {
            return Ok(());
        }
        // Grow by about 1/8 plus a constant, like CPython, but at least double small lists.
        let grown = cap
            .max(list.capacity() + (list.capacity() >> 3) + 6)
            .max(list.capacity() * 2);
        let buf = self.new_value_buf(grown)?;
        for (dst, src) in buf.cells().iter().zip(list.items()) {
            dst.set(src.get());
        }
        list.buf.set(Some(buf));
        Ok(())
    }

    /// `list.append(item)`.
    pub fn list_append(&mut self, list: Gc<ListObj>, item: Value) -> PyResult<()> {
        let len = list.len.get();
        if len == list.capacity() {
            self.list_reserve(list, len + 1)?;
        }
        if let Some(buf) = list.buf.get() {
            buf.cells()[len].set(item);
        }
        list.len.set(len + 1);
        Ok(())
    }

    /// Appends every item of a slice.
    pub(crate) fn list_extend_from_slice(
        &mut self,
        list: Gc<ListObj>,
        items: &[Value],
    ) -> PyResult<()> {
        self.list_reserve(list, list.len.get() + items.len())?;
        for &item in items {
            self.list_append(list, item)?;
        }
        Ok(())
    }

    /// `list.extend(iterable)`.
    pub fn list_extend(&mut self, list: Gc<ListObj>, iterable: Value) -> PyResult<()> {
        if iterable
            .as_obj()
            .is_some_and(|o| matches!(o.kind(), Kind::List | Kind::Tuple))
        {
            let items = self.seq_items(iterable);
            let count = items.len();
            self.list_reserve(list, list.len.get() + count)?;
            for index in 0..count {
                let item = self.seq_items(iterable)[index];
                self.list_append(list, item)?;
            }
            return Ok(());
        }
        let iter = self.get_iter(iterable)?;
        while let Some(item) = self.iter_next(iter)? {
            self.list_append(list, item)?;
        }
        Ok(())
    }

    /// Replaces a list's items.
    pub(crate) fn list_set_contents(&mut self, list: Gc<ListObj>, items: &[Value]) -> PyResult<()> {
        let buf = self.new_value_buf(items.len().max(1))?;
        for (cell, &item) in buf.cells().iter().zip(items) {
            cell.set(item);
        }
        list.buf.set(Some(buf));
        list.len.set(items.len());
        Ok(())
    }

    /// Removes item `index` (in range), shifting the rest down.
    pub(crate) fn list_remove_at(&mut self, list: Gc<ListObj>, index: usize) -> Value {
        let items = list.items();
        let len = items.len();
        let removed = items[index].get();
        for i in index..len - 1 {
            items[i].set(items[i + 1].get());
        }
        items[len - 1].set(Value::Null);
        list.len.set(len - 1);
        removed
    }

    /// Inserts before `index` (clamped).
    pub(crate) fn list_insert(
        &mut self,
        list: Gc<ListObj>,
        index: usize,
        item: Value,
    ) -> PyResult<()> {
        self.list_append(list, Value::None)?;
        let items = list.items();
        let len = items.len();
        let index = index.min(len - 1);
        for i in (index + 1..len).rev() {
            items[i].set(items[i - 1].get());
        }
        items[index].set(item);
        Ok(())
    }

    /// A tuple with a list's items.
    pub(crate) fn list_to_tuple(&mut self, list: Gc<ListObj>) -> PyResult<Gc<TupleObj>> {
        let items = self.seq_items(list.value());
        self.new_tuple(items)
    }

    /// `tuple(iterable)` (returns tuples as they are).
    pub fn to_tuple(&mut self, value: Value) -> PyResult<Gc<TupleObj>> {
        if let Some(tuple) = value.as_obj().and_then(|o| o.downcast::<TupleObj>()) {
            return Ok(tuple);
        }
        if let Some(list) = value.as_obj().and_then(|o| o.downcast::<ListObj>()) {
            return self.list_to_tuple(list);
        }
        let list = self.new_list(&[])?;
        self.list_extend(list, value)?;
        self.list_to_tuple(list)
    }

    /// `a, b = value`: exactly `count` items.
    /// The items of a tuple or list of exactly `count` items (the unpacking fast path).
    #[inline]
    pub(crate) fn exact_items(&self, value: Value, count: usize) -> Option<&'static [Value]> {
        let obj = value.as_obj()?;
        if !matches!(obj.kind(), Kind::Tuple | Kind::List) {
            return None;
        }
        let items = self.seq_items(value);
        (items.len() == count).then_some(items)
    }

    pub(crate) fn unpack_sequence(&mut self, value: Value, count: usize) -> PyResult<Gc<TupleObj>> {
        let tuple = match self.to_tuple(value) {
            Ok(tuple) => tuple,
            Err(raised) => {
                if self.exc_is(Cls::TypeError) && !self.is_iterable(value) {
                    self.exc = Value::Null;
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(value)
                        ),
                    ));
                }
                return Err(raised);
            }
        };
        if tuple.len > count {
            return Err(self.raise_msg(
                Cls::ValueError,
                format_args!("too many values to unpack (expected {count})"),
            ));
        }
        if tuple.len < count {
            return Err(self.raise_msg(
                Cls::ValueError,
                format_args!(
                    "not enough values to unpack (expected {count}, got {})",
                    tuple.len
                ),
            ));
        }
        Ok(tuple)
    }

    /// `a, *b, c = value`: `before` items, a list, `after` items.
    pub(crate) fn unpack_ex(
        &mut self,
        value: Value,
        before: usize,
        after: usize,
    ) -> PyResult<Gc<TupleObj>> {
        let tuple = self.to_tuple(value)?;
        let needed = before + after;
        if tuple.len < needed {
            return Err(self.raise_msg(
                Cls::ValueError,
                format_args!(
                    "not enough values to unpack (expected at least {needed}, got {})",
                    tuple.len
                ),
            ));
        }
        let middle = &tuple.items()[before..tuple.len - after];
        let list = self.new_list(super::format::extend_values(middle))?;
        let items = tuple.items();
        self.new_tuple_with(needed + 1, |i| {
            if i < before {
                items[i]
            } else if i == before {
                list.value()
            } else {
                items[items.len() - after + (i - before - 1)]
            }
        })
    }

    /// Concatenates strings (f-strings, `+`).
    pub(crate) fn concat_strs(&mut self, parts: &[Value]) -> PyResult<Gc<StrObj>> {
        let mut builder = super::format::StrBuilder::new();
        for &part in parts {
            match part.as_obj().and_then(|o| o.downcast::<StrObj>()) {
                Some(s) => builder.push_str(self, s.as_str())?,
                None => return Err(self.internal("concatenating a non-str")),
            }
        }
        builder.finish(self)
    }

    /// `len(value)`.
    pub fn len_of(&mut self, value: Value) -> PyResult<usize> {
        if let Some(obj) = value.as_obj() {
            match obj.kind() {
                Kind::Str => return Ok(self.expect_str(value).char_count),
                Kind::List | Kind::Tuple => return Ok(self.seq_items(value).len()),
                Kind::Dict => return Ok(self.expect_dict(value).len.get()),
                Kind::Range => return Ok(self.expect_range(value).len as usize),
                Kind::Set | Kind::FrozenSet => return Ok(self.expect_any_set(value).used.get()),
                Kind::DictView => {
                    let view = self.expect_dict_view(value);
                    return Ok(view.dict.len.get());
                }
                Kind::Instance => {
                    if let Some(method) = self.lookup_special(value, Name::__len__)? {
                        let result =
                            self.call_method_value(method, value, &super::Args::positional(&[]))?;
                        return match result {
                            Value::Int(i) if i >= 0 => Ok(i as usize),
                            Value::Int(_) => Err(self.raise_msg(
                                Cls::ValueError,
                                format_args!("__len__() should return >= 0"),
                            )),
                            Value::Bool(b) => Ok(usize::from(b)),
                            _ => Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "'{}' object cannot be interpreted as an integer",
                                    self.type_name(result)
                                ),
                            )),
                        };
                    }
                    if let Some(base) = self.builtin_base(value) {
                        return self.len_of(base);
                    }
                }
                _ => {}
            }
        }
        Err(self.raise_msg(
            Cls::TypeError,
            format_args!("object of type '{}' has no len()", self.type_name(value)),
        ))
    }

    /// `str % args` (printf-style formatting).
    pub(crate) fn percent_format(&mut self, format: Value, args: Value) -> PyResult<Value> {
        super::format::percent_format(self, format, args)
    }
}

/// A Python index (negative counts from the end) as a position in `0..len`.
pub(crate) fn normalize_index(index: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let index = if index < 0 { index + len } else { index };
    if (0..len).contains(&index) {
        Some(index as usize)
    } else {
        None
    }
}

/// Whether position `i` is one of the slice's positions.
fn in_slice(i: i64, ind: SliceIndices) -> bool {
    if ind.count == 0 {
        return false;
    }
    let offset = i - ind.start;
    offset % ind.step == 0 && (0..ind.count as i64).contains(&(offset / ind.step))
}
