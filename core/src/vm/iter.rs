//! The iterator protocol: `iter()` and `next()` for built-in and user objects.

use super::{Cls, Name, PyResult, Vm};
use crate::object::misc::DictPart;
use crate::object::{EnumerateObj, Gc, Kind, RangeIterObj, SeqIterObj, ZipObj};
use crate::value::Value;

impl Vm<'_> {
    /// `iter(value)`.
    pub fn get_iter(&mut self, value: Value) -> PyResult<Value> {
        let Some(obj) = value.as_obj() else {
            return Err(self.not_iterable(value));
        };
        match obj.kind() {
            Kind::List | Kind::Tuple | Kind::Str => Ok(self.new_seq_iter(value, 0, false)?.value()),
            Kind::Range => {
                let range = self.expect_range(value);
                Ok(self
                    .new_range_iter(range.start, range.step, range.len)?
                    .value())
            }
            Kind::Dict => self.new_dict_iter(self.expect_dict(value), DictPart::Keys, false),
            Kind::DictView => {
                let view = self.expect_dict_view(value);
                self.new_dict_iter(view.dict, view.part, false)
            }
            Kind::RangeIter
            | Kind::SeqIter
            | Kind::DictIter
            | Kind::Enumerate
            | Kind::Zip
            | Kind::Map
            | Kind::Filter
            | Kind::Generator
            | Kind::SetIter => Ok(value),
            Kind::Set | Kind::FrozenSet => self.new_set_iter(self.expect_any_set(value)),
            Kind::Instance => {
                if let Some(method) = self.lookup_special(value, Name::__iter__)? {
                    let iter =
                        self.call_method_value(method, value, &super::Args::positional(&[]))?;
                    if !self.is_iterator_value(iter) {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(iter)
                            ),
                        ));
                    }
                    return Ok(iter);
                }
                if let Some(base) = self.builtin_base(value) {
                    return self.get_iter(base);
                }
                if self.lookup_special(value, Name::__getitem__)?.is_some() {
                    // The old sequence protocol: index from 0 until IndexError.
                    return Ok(self.new_seq_iter(value, 0, false)?.value());
                }
                Err(self.not_iterable(value))
            }
            _ => Err(self.not_iterable(value)),
        }
    }

    /// Whether `iter(value)` would succeed (without calling anything).
    pub(crate) fn is_iterable(&self, value: Value) -> bool {
        value.as_obj().is_some_and(|o| {
            matches!(
                o.kind(),
                Kind::List
                    | Kind::Tuple
                    | Kind::Str
                    | Kind::Range
                    | Kind::Dict
                    | Kind::DictView
                    | Kind::RangeIter
                    | Kind::SeqIter
                    | Kind::DictIter
                    | Kind::Enumerate
                    | Kind::Zip
                    | Kind::Map
                    | Kind::Filter
                    | Kind::Generator
                    | Kind::Instance
                    | Kind::Set
                    | Kind::FrozenSet
                    | Kind::SetIter
            )
        })
    }

    /// Whether the value is an iterator (has `__next__`).
    pub(crate) fn is_iterator_value(&mut self, value: Value) -> bool {
        match value.as_obj().map(|o| o.kind()) {
            Some(
                Kind::RangeIter
                | Kind::SeqIter
                | Kind::DictIter
                | Kind::Enumerate
                | Kind::Zip
                | Kind::Map
                | Kind::Filter
                | Kind::Generator
                | Kind::SetIter,
            ) => true,
            Some(Kind::Instance) => self
                .lookup_special(value, Name::__next__)
                .ok()
                .flatten()
                .is_some(),
            _ => false,
        }
    }

    #[cold]
    fn not_iterable(&mut self, value: Value) -> super::Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not iterable", self.type_name(value)),
        )
    }

    /// `next(iter)`: `Some(item)`, or `None` when exhausted (StopIteration is absorbed).
    pub fn iter_next(&mut self, iter: Value) -> PyResult<Option<Value>> {
        let Some(obj) = iter.as_obj() else {
            return Err(self.not_an_iterator(iter));
        };
        match obj.kind() {
            Kind::RangeIter => {
                // SAFETY: the kind byte says it is a range iterator.
                let it = unsafe { Gc::<RangeIterObj>::from_obj_unchecked(obj) };
                let remaining = it.remaining.get();
                if remaining <= 0 {
                    return Ok(None);
                }
                let value = it.next.get();
                it.remaining.set(remaining - 1);
                it.next.set(value.wrapping_add(it.step));
                Ok(Some(Value::Int(value)))
            }
            Kind::SeqIter => {
                // SAFETY: the kind byte says it is a sequence iterator.
                let it = unsafe { Gc::<SeqIterObj>::from_obj_unchecked(obj) };
                self.seq_iter_next(it)
            }
            Kind::DictIter => {
                let it = self.expect_dict_view(iter);
                let dict = it.dict;
                if dict.len.get() != it.start_len {
                    it.index.set(usize::MAX);
                    return Err(self.raise_msg(
                        Cls::RuntimeError,
                        format_args!("dictionary changed size during iteration"),
                    ));
                }
                loop {
                    let index = it.index.get();
                    let entries = dict.entries();
                    let entry = if it.reverse {
                        // `index` is one past the next entry; 0 means done.
                        let Some(entry) = index.checked_sub(1).and_then(|i| entries.get(i)) else {
                            it.index.set(0);
                            return Ok(None);
                        };
                        it.index.set(index - 1);
                        entry
                    } else {
                        let Some(entry) = entries.get(index) else {
                            return Ok(None);
                        };
                        it.index.set(index + 1);
                        entry
                    };
                    let key = entry.key.get();
                    if key.is_null() {
                        continue;
                    }
                    return Ok(Some(match it.part {
                        DictPart::Keys => key,
                        DictPart::Values => entry.value.get(),
                        DictPart::Items => {
                            let value = entry.value.get();
                            self.new_tuple(&[key, value])?.value()
                        }
                    }));
                }
            }
            Kind::SetIter => {
                // SAFETY: the kind byte says it is a set iterator.
                let it = unsafe { Gc::<crate::object::SetIterObj>::from_obj_unchecked(obj) };
                self.set_iter_next(it)
            }
            Kind::Enumerate => {
                // SAFETY: the kind byte says it is an enumerate object.
                let it = unsafe { Gc::<EnumerateObj>::from_obj_unchecked(obj) };
                let Some(item) = self.iter_next(it.iter)? else {
                    return Ok(None);
                };
                let count = it.count.get();
                it.count
                    .set(count.checked_add(1).ok_or_else(|| self.overflow())?);
                Ok(Some(self.new_tuple(&[Value::Int(count), item])?.value()))
            }
            Kind::Zip => {
                // SAFETY: the kind byte says it is a zip object.
                let it = unsafe { Gc::<ZipObj>::from_obj_unchecked(obj) };
                let count = it.iters.len;
                let mut items = [Value::Null; 16];
                if count > items.len() {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("zip() supports at most 16 iterables"),
                    ));
                }
                for (i, slot) in items.iter_mut().enumerate().take(count) {
                    let source = it.iters.items()[i];
                    match self.iter_next(source)? {
                        Some(item) => *slot = item,
                        None if it.strict => return self.zip_strict_end(it, i).map(|()| None),
                        None => return Ok(None),
                    }
                }
                if count == 0 {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(&items[..count])?.value()))
            }
            Kind::Instance => {
                let Some(method) = self.lookup_special(iter, Name::__next__)? else {
                    return Err(self.not_an_iterator(iter));
                };
                match self.call_method_value(method, iter, &super::Args::positional(&[])) {
                    Ok(value) => Ok(Some(value)),
                    Err(raised) => {
                        if self.exc_is(Cls::StopIteration) {
                            self.exc = Value::Null;
                            Ok(None)
                        } else {
                            Err(raised)
                        }
                    }
                }
            }
            Kind::Map => {
                // SAFETY: the kind byte says it has the map layout.
                let it = unsafe { Gc::<crate::object::MapObj>::from_obj_unchecked(obj) };
                let count = it.iters.len;
                let mut items = [Value::Null; 16];
                if count > items.len() {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("map() supports at most 16 iterables"),
                    ));
                }
                for (slot, &source) in items.iter_mut().zip(it.iters.items()) {
                    match self.iter_next(source)? {
                        Some(item) => *slot = item,
                        None => return Ok(None),
                    }
                }
                self.call(it.func, &items[..count]).map(Some)
            }
            Kind::Filter => {
                // SAFETY: the kind byte says it has the map layout.
                let it = unsafe { Gc::<crate::object::MapObj>::from_obj_unchecked(obj) };
                let source = it.iters.items()[0];
                while let Some(item) = self.iter_next(source)? {
                    let keep = if matches!(it.func, Value::None) {
                        self.truthy(item)?
                    } else {
                        let verdict = self.call(it.func, &[item])?;
                        self.truthy(verdict)?
                    };
                    if keep {
                        return Ok(Some(item));
                    }
                }
                Ok(None)
            }
            Kind::Generator => {
                // SAFETY: the kind byte says it is a generator.
                let generator =
                    unsafe { Gc::<crate::object::GeneratorObj>::from_obj_unchecked(obj) };
                match self.gen_resume(generator, Value::None, Value::Null)? {
                    super::generator::Resumed::Yielded(value) => Ok(Some(value)),
                    super::generator::Resumed::Returned(_) => Ok(None),
                }
            }
            _ => Err(self.not_an_iterator(iter)),
        }
    }

    /// `zip(..., strict=True)` after iterable `exhausted` (an index) ran out: fine when it is
    /// the first and all the others are exhausted too, else CPython's `ValueError`.
    #[cold]
    fn zip_strict_end(&mut self, it: Gc<ZipObj>, exhausted: usize) -> PyResult<()> {
        let (which, relation) = if exhausted > 0 {
            (exhausted, "shorter")
        } else {
            let mut longer = None;
            for (i, &source) in it.iters.items().iter().enumerate().skip(1) {
                if self.iter_next(source)?.is_some() {
                    longer = Some(i);
                    break;
                }
            }
            match longer {
                Some(i) => (i, "longer"),
                None => return Ok(()),
            }
        };
        let plural = if which == 1 { " " } else { "s 1-" };
        Err(self.raise_msg(
            Cls::ValueError,
            format_args!(
                "zip() argument {} is {relation} than argument{plural}{which}",
                which + 1
            ),
        ))
    }

    /// The next item of a list/tuple/str (or `__getitem__`) iterator.
    pub(crate) fn seq_iter_next(&mut self, it: Gc<SeqIterObj>) -> PyResult<Option<Value>> {
        let seq = it.seq.get();
        let Some(obj) = seq.as_obj() else {
            return Ok(None);
        };
        let index = it.index.get();
        match obj.kind() {
            Kind::List | Kind::Tuple => {
                let items = self.seq_items(seq);
                if it.reverse {
                    if index == 0 || index > items.len() {
                        it.seq.set(Value::Null);
                        return Ok(None);
                    }
                    it.index.set(index - 1);
                    return Ok(Some(items[index - 1]));
                }
                match items.get(index) {
                    Some(&item) => {
                        it.index.set(index + 1);
                        Ok(Some(item))
                    }
                    None => {
                        it.seq.set(Value::Null);
                        Ok(None)
                    }
                }
            }
            Kind::Str => {
                let s = self.expect_str(seq);
                let text = s.as_str();
                if it.reverse {
                    // `index` is a byte offset one past the next character.
                    let Some(c) = text[..index.min(text.len())].chars().next_back() else {
                        it.seq.set(Value::Null);
                        return Ok(None);
                    };
                    it.index.set(index - c.len_utf8());
                    return Ok(Some(self.char_str(c)?.value()));
                }
                let Some(c) = text.get(index..).and_then(|rest| rest.chars().next()) else {
                    it.seq.set(Value::Null);
                    return Ok(None);
                };
                it.index.set(index + c.len_utf8());
                Ok(Some(self.char_str(c)?.value()))
            }
            _ if it.reverse => {
                // `reversed(obj)` by `__getitem__`: `index` is one past the next item.
                let Some(next) = index.checked_sub(1) else {
                    it.seq.set(Value::Null);
                    return Ok(None);
                };
                match self.get_item(seq, Value::Int(next as i64)) {
                    Ok(value) => {
                        it.index.set(next);
                        Ok(Some(value))
                    }
                    Err(raised) => {
                        if self.exc_is(Cls::IndexError) || self.exc_is(Cls::StopIteration) {
                            self.exc = Value::Null;
                            it.seq.set(Value::Null);
                            Ok(None)
                        } else {
                            Err(raised)
                        }
                    }
                }
            }
            _ => match self.get_item(seq, Value::Int(index as i64)) {
                Ok(value) => {
                    it.index.set(index + 1);
                    Ok(Some(value))
                }
                Err(raised) => {
                    if self.exc_is(Cls::IndexError) || self.exc_is(Cls::StopIteration) {
                        self.exc = Value::Null;
                        it.seq.set(Value::Null);
                        Ok(None)
                    } else {
                        Err(raised)
                    }
                }
            },
        }
    }

    #[cold]
    fn not_an_iterator(&mut self, value: Value) -> super::Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not an iterator", self.type_name(value)),
        )
    }
}
