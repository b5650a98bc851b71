//! Dict operations: lookup, insertion, deletion, resizing (layout in `object::dict`).

use super::{Cls, PyResult, Vm};
use crate::object::dict::Entry;
use crate::object::{DictObj, Gc, StrObj};
use crate::value::Value;

/// Index-table marker: never used.
const EMPTY: i32 = -1;
/// Index-table marker: used by an entry that was deleted (probing continues past it).
const DELETED: i32 = -2;
/// Smallest index table.
const MIN_TABLE: usize = 8;

/// Where a probe ended.
struct Probe {
    /// The entry holding the key, if found.
    entry: Option<usize>,
    /// The first reusable table slot seen (for an insertion).
    free_slot: Option<usize>,
}

impl Vm<'_> {
    /// Table slots of a dict's index table.
    fn table(dict: Gc<DictObj>) -> &'static [core::cell::Cell<i32>] {
        match dict.indices.get() {
            Some(indices) => {
                let cells = indices.i32_cells();
                // SAFETY: the index table lives as long as the dict holds it; callers use the
                // slice before anything can replace it.
                unsafe { core::slice::from_raw_parts(cells.as_ptr(), cells.len()) }
            }
            None => &[],
        }
    }

    /// Finds `key` (whose hash is `hash`) in `dict`. May call `__eq__` of user objects.
    fn dict_probe(&mut self, dict: Gc<DictObj>, key: Value, hash: i64) -> PyResult<Probe> {
        let table = Self::table(dict);
        if table.is_empty() {
            return Ok(Probe {
                entry: None,
                free_slot: None,
            });
        }
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        let mut free_slot = None;
        loop {
            let index = table[slot].get();
            if index == EMPTY {
                return Ok(Probe {
                    entry: None,
                    free_slot: free_slot.or(Some(slot)),
                });
            }
            if index == DELETED {
                free_slot = free_slot.or(Some(slot));
            } else {
                let entries = dict.entries();
                if let Some(entry) = entries.get(index as usize) {
                    let stored = entry.key.get();
                    if stored.is(key) {
                        return Ok(Probe {
                            entry: Some(index as usize),
                            free_slot,
                        });
                    }
                    if entry.hash.get() == hash && !stored.is_null() && self.eq(stored, key)? {
                        return Ok(Probe {
                            entry: Some(index as usize),
                            free_slot,
                        });
                    }
                }
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `dict[key]`, or `None` when missing.
    pub fn dict_get(&mut self, dict: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        if let Some(s) = key.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            return Ok(self.dict_get_str(dict, s));
        }
        let hash = self.hash(key)?;
        let probe = self.dict_probe(dict, key, hash)?;
        Ok(probe.entry.map(|i| dict.entries()[i].value.get()))
    }

    /// Lookup by a string key; never calls Python code.
    pub fn dict_get_str(&self, dict: Gc<DictObj>, key: Gc<StrObj>) -> Option<Value> {
        let hash = self.str_hash(key);
        let index = Self::dict_index_of_str(dict, key.as_str(), hash, Some(key))?;
        dict.entries().get(index).map(|entry| entry.value.get())
    }

    /// Lookup of the str key `text` with hash `hash`.
    #[inline]
    pub(crate) fn dict_lookup_str(
        &self,
        dict: Gc<DictObj>,
        text: &str,
        hash: i64,
    ) -> Option<Value> {
        let index = Self::dict_index_of_str(dict, text, hash, None)?;
        dict.entries().get(index).map(|entry| entry.value.get())
    }

    /// The entry index of the str key `key`, if present (for inline caches, which keep it
    /// with the dict's keys version).
    pub(crate) fn dict_index_str(&self, dict: Gc<DictObj>, key: Gc<StrObj>) -> Option<usize> {
        let hash = self.str_hash(key);
        Self::dict_index_of_str(dict, key.as_str(), hash, Some(key))
    }

    /// The entry index of the str key `text` with hash `hash`; `same`, when given, is a str
    /// object holding `text`, found by identity without comparing text (attribute and global
    /// names are interned, so the key stored is usually that very object).
    #[inline]
    fn dict_index_of_str(
        dict: Gc<DictObj>,
        text: &str,
        hash: i64,
        same: Option<Gc<StrObj>>,
    ) -> Option<usize> {
        let table = Self::table(dict);
        if table.is_empty() {
            return None;
        }
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        let entries = dict.entries();
        loop {
            let index = table[slot].get();
            if index == EMPTY {
                return None;
            }
            if index >= 0
                && let Some(entry) = entries.get(index as usize)
                && entry.hash.get() == hash
                && let Value::Obj(stored) = entry.key.get()
                && (same.is_some_and(|key| key.obj() == stored)
                    || stored
                        .downcast::<StrObj>()
                        .is_some_and(|s| s.as_str() == text))
            {
                return Some(index as usize);
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The dict's keys version (see `object::dict`), naming its layout now if it has no name:
    /// never 0, and never the version of another dict or of another layout of this one.
    pub(crate) fn dict_keys_version(&mut self, dict: Gc<DictObj>) -> u64 {
        let current = dict.keys_version.get();
        if current != 0 {
            return current;
        }
        let version = self.next_keys_version;
        // A u64 counter does not wrap in practice (one new layout per nanosecond for 500
        // years); `max(1)` keeps 0 meaning "unnamed" regardless.
        self.next_keys_version = version.wrapping_add(1).max(1);
        dict.keys_version.set(version);
        version
    }

    /// The (cached) hash of a string.
    #[inline]
    pub(crate) fn str_hash(&self, s: Gc<StrObj>) -> i64 {
        let cached = s.hash.get();
        if cached != -1 {
            return cached;
        }
        let hash = crate::object::str::hash_str(s.as_str());
        s.hash.set(hash);
        hash
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: Gc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        self.dict_insert(dict, key, hash, value)
    }

    /// `dict[key] = value` (same as [`Vm::dict_set`]; the name the interpreter uses).
    #[inline]
    pub(crate) fn dict_set_item(
        &mut self,
        dict: Gc<DictObj>,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        self.dict_set(dict, key, value)
    }

    fn dict_insert(
        &mut self,
        dict: Gc<DictObj>,
        key: Value,
        hash: i64,
        value: Value,
    ) -> PyResult<()> {
        let probe = self.dict_probe(dict, key, hash)?;
        if dict.watched() {
            self.watched_dict_changed(dict);
        }
        if let Some(index) = probe.entry {
            // The layout stays: the keys version too.
            dict.entries()[index].value.set(value);
            return Ok(());
        }
        let cap = dict.entries.get().map_or(0, |e| e.cap);
        let (slot, must_reprobe) = if dict.used.get() >= cap {
            self.dict_resize(dict, dict.len.get() + 1)?;
            (0, true)
        } else {
            (probe.free_slot.unwrap_or(0), false)
        };
        let slot = if must_reprobe {
            self.free_slot_for(dict, hash)
        } else {
            slot
        };
        let index = dict.used.get();
        let Some(entries) = dict.entries.get() else {
            return Err(self.internal("dict without entries after resize"));
        };
        let entry: &Entry = &entries.entries()[index];
        entry.hash.set(hash);
        entry.key.set(key);
        entry.value.set(value);
        Self::table(dict)[slot].set(index as i32);
        dict.used.set(index + 1);
        dict.len.set(dict.len.get() + 1);
        dict.keys_version.set(0);
        Ok(())
    }

    /// The first empty slot for `hash` (after a resize there are no deleted slots).
    fn free_slot_for(&self, dict: Gc<DictObj>, hash: i64) -> usize {
        let table = Self::table(dict);
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        while table[slot].get() != EMPTY {
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        slot
    }

    /// Rebuilds the tables with room for at least `min_len` entries, dropping deleted ones.
    fn dict_resize(&mut self, dict: Gc<DictObj>, min_len: usize) -> PyResult<()> {
        let mut table_size = MIN_TABLE;
        while table_size * 2 / 3 < min_len.max(1) * 3 / 2 + 1 {
            table_size *= 2;
        }
        let cap = table_size * 2 / 3;
        let indices = self.new_raw_buf(table_size * 4)?;
        let new_entries = self.new_entry_buf(cap)?;
        for cell in indices.i32_cells() {
            cell.set(EMPTY);
        }
        let mut used = 0;
        for entry in dict.entries() {
            let key = entry.key.get();
            if key.is_null() {
                continue;
            }
            let target = &new_entries.entries()[used];
            target.hash.set(entry.hash.get());
            target.key.set(key);
            target.value.set(entry.value.get());
            used += 1;
        }
        dict.indices.set(Some(indices));
        dict.entries.set(Some(new_entries));
        dict.keys_version.set(0);
        dict.used.set(used);
        dict.len.set(used);
        for index in 0..used {
            let hash = new_entries.entries()[index].hash.get();
            let slot = self.free_slot_for(dict, hash);
            Self::table(dict)[slot].set(index as i32);
        }
        Ok(())
    }

    /// `del dict[key]`; `Ok(false)` when the key is missing.
    pub fn dict_del(&mut self, dict: Gc<DictObj>, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let table = Self::table(dict);
        if table.is_empty() {
            return Ok(false);
        }
        let probe = self.dict_probe(dict, key, hash)?;
        let Some(index) = probe.entry else {
            return Ok(false);
        };
        // Find the table slot that points at the entry.
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        while table[slot].get() != index as i32 {
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        table[slot].set(DELETED);
        if dict.watched() {
            self.watched_dict_changed(dict);
        }
        let entry = &dict.entries()[index];
        entry.key.set(Value::Null);
        entry.value.set(Value::Null);
        dict.len.set(dict.len.get() - 1);
        dict.keys_version.set(0);
        Ok(true)
    }

    /// Removes every entry.
    pub fn dict_clear(&mut self, dict: Gc<DictObj>) {
        if dict.watched() {
            self.watched_dict_changed(dict);
        }
        dict.indices.set(None);
        dict.entries.set(None);
        dict.used.set(0);
        dict.len.set(0);
        dict.keys_version.set(0);
    }

    /// `dict.update(other)` (`merge`: a repeated key is a TypeError, for `**kwargs`).
    pub(crate) fn dict_update(
        &mut self,
        dict: Gc<DictObj>,
        other: Value,
        merge: bool,
    ) -> PyResult<()> {
        let other = self.builtin_base(other).unwrap_or(other);
        if let Some(src) = other.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            let count = src.used.get();
            for index in 0..count {
                let Some(entry) = src.entries().get(index) else {
                    break;
                };
                let key = entry.key.get();
                if key.is_null() {
                    continue;
                }
                if merge && self.dict_get(dict, key)?.is_some() {
                    let text = self.repr_of(key)?;
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("got multiple values for keyword argument {}", text.as_str()),
                    ));
                }
                let value = entry.value.get();
                self.dict_insert(dict, key, entry.hash.get(), value)?;
            }
            return Ok(());
        }
        // An iterable of pairs.
        let iter = self.get_iter(other)?;
        let mut position = 0usize;
        while let Some(item) = self.iter_next(iter)? {
            let pair = match self.unpack_sequence(item, 2) {
                Ok(pair) => pair,
                Err(raised) => {
                    if self.exc_is(Cls::ValueError) || self.exc_is(Cls::TypeError) {
                        let len = self.len_of(item).ok();
                        self.exc = Value::Null;
                        return Err(match len {
                            Some(len) => self.raise_msg(
                                Cls::ValueError,
                                format_args!(
                                    "dictionary update sequence element #{position} has length {len}; 2 is required"
                                ),
                            ),
                            None => self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "cannot convert dictionary update sequence element #{position} to a sequence"
                                ),
                            ),
                        });
                    }
                    return Err(raised);
                }
            };
            self.dict_set(dict, pair.items()[0], pair.items()[1])?;
            position += 1;
        }
        Ok(())
    }

    /// A copy of a dict.
    pub fn dict_copy(&mut self, dict: Gc<DictObj>) -> PyResult<Gc<DictObj>> {
        let copy = self.new_dict()?;
        if dict.len.get() > 0 {
            self.dict_resize(copy, dict.len.get())?;
            self.dict_update(copy, dict.value(), false)?;
        }
        Ok(copy)
    }

    /// The value as a dict (internal; the caller knows it is one).
    pub(crate) fn expect_dict(&self, value: Value) -> Gc<DictObj> {
        match value.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            Some(dict) => dict,
            None => super::internal_error("expected a dict"),
        }
    }

    /// True when the exception being raised is an instance of `cls`.
    pub(crate) fn exc_is(&self, cls: Cls) -> bool {
        !self.exc.is_null() && self.is_instance_of(self.exc, self.class(cls))
    }
}
