//! Set operations (layout in `object::set`): probing, resizing, merging and the set algebra.
//!
//! The table follows the algorithm of CPython 3.11's `Objects/setobject.c` step for step,
//! because a set's iteration order *is* its table order and programs print sets:
//!
//! - a key with hash `h` starts at slot `h & mask`, looks at up to [`LINEAR_PROBES`] slots
//!   after it (when they fit before the end of the table), then jumps to
//!   `(i * 5 + 1 + perturb) & mask` with `perturb` the hash shifted right by
//!   [`PERTURB_SHIFT`] more bits at each jump;
//! - deleting leaves a dummy slot; an insertion reuses the last dummy seen on its probe path;
//! - the table grows (to the smallest power of two above 4 × the length, 2 × above
//!   [`BIG_SET`] elements) once active plus dummy slots reach 3/5 of the mask;
//! - bulk operations (`update` from a set or dict, copies, `&`, `-`, `^`) visit and build
//!   tables in the same order as CPython's.

use super::{Cls, PyResult, Vm};
use crate::bytecode::{BinaryOp, CompareOp};
use crate::object::set::{DUMMY_HASH, MIN_SLOTS, SetSlot};
use crate::object::{DictObj, Gc, Kind, SetIterObj, SetObj, SetTable, StrObj};
use crate::value::Value;
use core::cell::Cell;

/// Slots examined one after another before a probe jumps (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// Hash bits mixed into each jump (CPython's `PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// Above this many elements a full table doubles instead of quadrupling.
const BIG_SET: usize = 50_000;

/// The slot at `index` of a table (masked, so it cannot be out of bounds: tables have a
/// power-of-two length).
#[inline]
fn slot_at(table: &SetTable, index: usize) -> &SetSlot {
    let slots = table.slots();
    &slots[index & (slots.len().wrapping_sub(1))]
}

/// The next probe start after `index`.
#[inline]
fn next_probe(index: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    index
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// How many slots after `index` a probe also looks at.
#[inline]
fn linear_run(index: usize, mask: usize) -> usize {
    if index + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// Mixes one element hash into a frozenset hash (CPython's `_shuffle_bits`).
fn shuffle_bits(hash: u64) -> u64 {
    ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167)
}

/// Stores `key` in the first unused slot of its probe path in a table without dummies.
fn insert_clean(table: &SetTable, key: Value, hash: i64) {
    let mask = table.len - 1;
    let mut perturb = hash as u64;
    let mut index = (hash as u64 as usize) & mask;
    loop {
        for probe in index..=index + linear_run(index, mask) {
            let slot = slot_at(table, probe);
            if slot.key.get().is_null() {
                slot.key.set(key);
                slot.hash.set(hash);
                return;
            }
        }
        index = next_probe(index, &mut perturb, mask);
    }
}

/// Whether `stored` and `key` are the same object or equal strings (no Python code runs).
#[inline(always)]
fn same_key(stored: Value, key: Value) -> bool {
    stored.is(key) || same_str(stored, key)
}

/// Whether `stored` and `key` are equal strings.
#[inline(never)]
fn same_str(stored: Value, key: Value) -> bool {
    match (
        stored.as_obj().and_then(|o| o.downcast::<StrObj>()),
        key.as_obj().and_then(|o| o.downcast::<StrObj>()),
    ) {
        (Some(a), Some(b)) => a.as_str() == b.as_str(),
        _ => false,
    }
}

impl Vm<'_> {
    /// The value as a set or frozenset.
    #[inline]
    pub(crate) fn as_any_set(value: Value) -> Option<Gc<SetObj>> {
        let obj = value.as_obj()?;
        match obj.kind() {
            // SAFETY: both kinds have the SetObj layout.
            Kind::Set | Kind::FrozenSet => Some(unsafe { Gc::from_obj_unchecked(obj) }),
            _ => None,
        }
    }

    /// The value as a set or frozenset (internal; the caller knows it is one).
    pub(crate) fn expect_any_set(&self, value: Value) -> Gc<SetObj> {
        match Self::as_any_set(value) {
            Some(set) => set,
            None => super::internal_error("expected a set"),
        }
    }

    /// A new empty set (`frozen`: a frozenset).
    pub(crate) fn new_set(&mut self, frozen: bool) -> PyResult<Gc<SetObj>> {
        let set = self.alloc_set_object()?;
        if frozen {
            // A frozenset has the set's layout under another kind byte.
            let mut header = set.header.get();
            header.kind = Kind::FrozenSet as u8;
            set.header.set(header);
        }
        Ok(set)
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub(crate) fn new_set_from(&mut self, frozen: bool, iterable: Value) -> PyResult<Gc<SetObj>> {
        let set = self.new_set(frozen)?;
        self.set_update(set, iterable)?;
        Ok(set)
    }

    /// The set's table, allocating the smallest one when it has none.
    fn set_table(&mut self, set: Gc<SetObj>) -> PyResult<Gc<SetTable>> {
        if let Some(table) = set.table.get() {
            return Ok(table);
        }
        let table = self.new_set_table(MIN_SLOTS)?;
        set.table.set(Some(table));
        set.mask.set(MIN_SLOTS - 1);
        Ok(table)
    }

    /// The hash a set uses for `key`: a set key is looked up as the equal frozenset would be
    /// (`{1} in {frozenset({1})}`), anything else by `hash(key)`.
    fn set_lookup_hash(&mut self, key: Value) -> PyResult<i64> {
        match key.as_obj().and_then(|o| o.downcast::<SetObj>()) {
            Some(set) => Ok(self.frozenset_hash(set)),
            None => self.hash(key),
        }
    }

    /// The slot holding `key` (whose hash is `hash`), if any. May run `__eq__` of user
    /// objects; starts over when that changed the set.
    fn set_find(&mut self, set: Gc<SetObj>, key: Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let Some(mut table) = set.table.get() else {
                return Ok(None);
            };
            let mask = set.mask.get();
            let mut perturb = hash as u64;
            let mut index = (hash as u64 as usize) & mask;
            loop {
                for probe in index..=index + linear_run(index, mask) {
                    let slot = slot_at(&table, probe);
                    if slot.is_unused() {
                        return Ok(None);
                    }
                    if slot.hash.get() != hash {
                        continue;
                    }
                    let stored = slot.key.get();
                    if same_key(stored, key) {
                        return Ok(Some(probe));
                    }
                    let equal = self.eq(stored, key)?;
                    table = match self.set_table_after_eq(set, mask, probe, stored) {
                        Some(table) => table,
                        None => continue 'restart,
                    };
                    if equal {
                        return Ok(Some(probe));
                    }
                }
                index = next_probe(index, &mut perturb, mask);
            }
        }
    }

    /// After a comparison with the key `stored` in slot `probe` (which may have run Python
    /// code that changed the set): the table to keep probing, or `None` to start over.
    ///
    /// CPython starts over when the table moved or the slot's key changed. A table rebuilt
    /// at the same size usually lands at the old address in CPython's allocator, so it only
    /// compares sizes, and probing goes on in the current table.
    fn set_table_after_eq(
        &self,
        set: Gc<SetObj>,
        mask: usize,
        probe: usize,
        stored: Value,
    ) -> Option<Gc<SetTable>> {
        let table = set.table.get()?;
        (set.mask.get() == mask && slot_at(&table, probe).key.get().is(stored)).then_some(table)
    }

    /// Whether the set holds `key` (with hash `hash`).
    fn set_has_entry(&mut self, set: Gc<SetObj>, key: Value, hash: i64) -> PyResult<bool> {
        Ok(self.set_find(set, key, hash)?.is_some())
    }

    /// Whether the set holds `key`, which must be hashable (a set key is an error here, as in
    /// CPython's `set_contains_key`).
    fn set_has_key(&mut self, set: Gc<SetObj>, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.set_has_entry(set, key, hash)
    }

    /// `key in set`.
    pub(crate) fn set_contains(&mut self, set: Gc<SetObj>, key: Value) -> PyResult<bool> {
        let hash = self.set_lookup_hash(key)?;
        self.set_has_entry(set, key, hash)
    }

    /// Adds `key` (with hash `hash`) unless an equal key is there.
    fn set_add_entry(&mut self, set: Gc<SetObj>, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let mut table = self.set_table(set)?;
            let mask = set.mask.get();
            let mut perturb = hash as u64;
            let mut index = (hash as u64 as usize) & mask;
            let mut free: Option<usize> = None;
            loop {
                for probe in index..=index + linear_run(index, mask) {
                    let slot = slot_at(&table, probe);
                    if slot.is_unused() {
                        // A dummy seen before a comparison changed the set may be gone.
                        let free = free.filter(|&f| slot_at(&table, f).hash.get() == DUMMY_HASH);
                        let target = slot_at(&table, free.unwrap_or(probe));
                        target.key.set(key);
                        target.hash.set(hash);
                        set.used.set(set.used.get() + 1);
                        if free.is_some() {
                            return Ok(());
                        }
                        let fill = set.fill.get() + 1;
                        set.fill.set(fill);
                        if fill * 5 < mask * 3 {
                            return Ok(());
                        }
                        let used = set.used.get();
                        return self
                            .set_resize(set, if used > BIG_SET { used * 2 } else { used * 4 });
                    }
                    let slot_hash = slot.hash.get();
                    if slot_hash == hash {
                        let stored = slot.key.get();
                        if same_key(stored, key) || self.eq(stored, key)? {
                            return Ok(());
                        }
                        table = match self.set_table_after_eq(set, mask, probe, stored) {
                            Some(table) => table,
                            None => continue 'restart,
                        };
                    } else if slot_hash == DUMMY_HASH {
                        free = Some(probe);
                    }
                }
                index = next_probe(index, &mut perturb, mask);
            }
        }
    }

    /// `set.add(key)`.
    pub(crate) fn set_add(&mut self, set: Gc<SetObj>, key: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        self.set_add_entry(set, key, hash)
    }

    /// Rebuilds the table with the smallest power-of-two size above `min_used` (at least
    /// [`MIN_SLOTS`]), dropping dummies; keys move over in old slot order.
    fn set_resize(&mut self, set: Gc<SetObj>, min_used: usize) -> PyResult<()> {
        let mut size = MIN_SLOTS;
        while size <= min_used {
            size = size
                .checked_mul(2)
                .ok_or_else(|| self.raise_memory_error())?;
        }
        let old = set.table.get();
        if size == MIN_SLOTS && set.mask.get() == MIN_SLOTS - 1 && set.fill.get() == set.used.get()
        {
            return Ok(());
        }
        let table = self.new_set_table(size)?;
        if let Some(old) = old {
            for slot in old.slots() {
                if slot.is_active() {
                    insert_clean(&table, slot.key.get(), slot.hash.get());
                }
            }
        }
        set.table.set(Some(table));
        set.mask.set(size - 1);
        set.fill.set(set.used.get());
        Ok(())
    }

    /// Removes `key` (with hash `hash`); `Ok(false)` when it is not there.
    fn set_discard_entry(&mut self, set: Gc<SetObj>, key: Value, hash: i64) -> PyResult<bool> {
        let Some(index) = self.set_find(set, key, hash)? else {
            return Ok(false);
        };
        let Some(table) = set.table.get() else {
            return Ok(false);
        };
        let slot = slot_at(&table, index);
        slot.key.set(Value::Null);
        slot.hash.set(DUMMY_HASH);
        set.used.set(set.used.get() - 1);
        Ok(true)
    }

    /// `set.discard(key)`: `Ok(false)` when it was not there.
    pub(crate) fn set_discard(&mut self, set: Gc<SetObj>, key: Value) -> PyResult<bool> {
        let hash = self.set_lookup_hash(key)?;
        self.set_discard_entry(set, key, hash)
    }

    /// `set.pop()`: removes the first element at or after the finger; `None` when empty.
    pub(crate) fn set_pop(&mut self, set: Gc<SetObj>) -> Option<Value> {
        let table = set.table.get()?;
        if set.used.get() == 0 {
            return None;
        }
        let mask = set.mask.get();
        let mut index = set.finger.get() & mask;
        while !slot_at(&table, index).is_active() {
            index = if index >= mask { 0 } else { index + 1 };
        }
        let slot = slot_at(&table, index);
        let key = slot.key.get();
        slot.key.set(Value::Null);
        slot.hash.set(DUMMY_HASH);
        set.used.set(set.used.get() - 1);
        set.finger.set(index + 1);
        Some(key)
    }

    /// `set.clear()` (the pop finger stays where it was, as in CPython).
    pub(crate) fn set_clear(&mut self, set: Gc<SetObj>) {
        set.table.set(None);
        set.mask.set(MIN_SLOTS - 1);
        set.fill.set(0);
        set.used.set(0);
        set.hash.set(-1);
    }

    /// The active slot at or after `*pos`, read afresh (the set may have changed since the
    /// last call): its key and hash, advancing `*pos` past it.
    fn set_next(set: Gc<SetObj>, pos: &mut usize) -> Option<(Value, i64)> {
        let table = set.table.get()?;
        let mask = set.mask.get();
        while *pos <= mask {
            let slot = slot_at(&table, *pos);
            *pos += 1;
            if slot.is_active() {
                return Some((slot.key.get(), slot.hash.get()));
            }
        }
        None
    }

    /// Adds every element of `other` (a different set) to `set` (CPython's `set_merge`).
    fn set_merge(&mut self, set: Gc<SetObj>, other: Gc<SetObj>) -> PyResult<()> {
        if set == other || other.used.get() == 0 {
            return Ok(());
        }
        // One big resize first, expecting few shared keys.
        if (set.fill.get() + other.used.get()) * 5 >= set.mask.get() * 3 {
            self.set_resize(set, (set.used.get() + other.used.get()) * 2)?;
        }
        if set.fill.get() == 0 {
            let table = self.set_table(set)?;
            let Some(source) = other.table.get() else {
                return Ok(());
            };
            if set.mask.get() == other.mask.get() && other.fill.get() == other.used.get() {
                // Same size and no dummies: the slots copy over one to one.
                for (to, from) in table.slots().iter().zip(source.slots()) {
                    if from.is_active() {
                        to.key.set(from.key.get());
                        to.hash.set(from.hash.get());
                    }
                }
                set.fill.set(other.fill.get());
            } else {
                for from in source.slots() {
                    if from.is_active() {
                        insert_clean(&table, from.key.get(), from.hash.get());
                    }
                }
                set.fill.set(other.used.get());
            }
            set.used.set(other.used.get());
            return Ok(());
        }
        let mut pos = 0;
        while let Some((key, hash)) = Self::set_next(other, &mut pos) {
            self.set_add_entry(set, key, hash)?;
        }
        Ok(())
    }

    /// Adds every element of `iterable` (CPython's `set_update_internal`).
    pub(crate) fn set_update(&mut self, set: Gc<SetObj>, iterable: Value) -> PyResult<()> {
        if let Some(other) = Self::as_any_set(iterable) {
            return self.set_merge(set, other);
        }
        if let Some(dict) = iterable.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            let len = dict.len.get();
            if (set.fill.get() + len) * 5 >= set.mask.get() * 3 {
                self.set_resize(set, (set.used.get() + len) * 2)?;
            }
            let mut index = 0;
            while let Some(entry) = dict.entries().get(index) {
                index += 1;
                let key = entry.key.get();
                if !key.is_null() {
                    let hash = entry.hash.get();
                    self.set_add_entry(set, key, hash)?;
                }
            }
            return Ok(());
        }
        let iter = self.get_iter(iterable)?;
        while let Some(item) = self.iter_next(iter)? {
            self.set_add(set, item)?;
        }
        Ok(())
    }

    /// A copy with the same kind (set or frozenset) as `set`.
    pub(crate) fn set_copy(&mut self, set: Gc<SetObj>) -> PyResult<Gc<SetObj>> {
        let copy = self.new_set(set.is_frozen())?;
        self.set_merge(copy, set)?;
        Ok(copy)
    }

    /// Exchanges the contents of two sets (the fingers stay).
    fn set_swap_bodies(a: Gc<SetObj>, b: Gc<SetObj>) {
        a.fill.swap(&b.fill);
        a.used.swap(&b.used);
        a.mask.swap(&b.mask);
        a.table.swap(&b.table);
        if a.is_frozen() && b.is_frozen() {
            a.hash.swap(&b.hash);
        } else {
            a.hash.set(-1);
            b.hash.set(-1);
        }
    }

    /// `set & other` for any iterable `other` (CPython's `set_intersection`): walks the
    /// smaller of two sets, or `other` in order.
    pub(crate) fn set_intersection(
        &mut self,
        set: Gc<SetObj>,
        other: Value,
    ) -> PyResult<Gc<SetObj>> {
        if set.value().is(other) {
            return self.set_copy(set);
        }
        let result = self.new_set(set.is_frozen())?;
        if let Some(other) = Self::as_any_set(other) {
            let (small, large) = if other.used.get() > set.used.get() {
                (set, other)
            } else {
                (other, set)
            };
            let mut pos = 0;
            while let Some((key, hash)) = Self::set_next(small, &mut pos) {
                if self.set_has_entry(large, key, hash)? {
                    self.set_add_entry(result, key, hash)?;
                }
            }
            return Ok(result);
        }
        let iter = self.get_iter(other)?;
        while let Some(key) = self.iter_next(iter)? {
            let hash = self.hash(key)?;
            if self.set_has_entry(set, key, hash)? {
                self.set_add_entry(result, key, hash)?;
            }
        }
        Ok(result)
    }

    /// `set.intersection(*others)`.
    pub(crate) fn set_intersection_multi(
        &mut self,
        set: Gc<SetObj>,
        others: &[Value],
    ) -> PyResult<Gc<SetObj>> {
        if others.is_empty() {
            return self.set_copy(set);
        }
        let mut result = set;
        for &other in others {
            result = self.set_intersection(result, other)?;
        }
        Ok(result)
    }

    /// `set.intersection_update(*others)`.
    pub(crate) fn set_intersection_update(
        &mut self,
        set: Gc<SetObj>,
        others: &[Value],
    ) -> PyResult<()> {
        let result = self.set_intersection_multi(set, others)?;
        Self::set_swap_bodies(set, result);
        Ok(())
    }

    /// Removes every element of `other` (CPython's `set_difference_update_internal`).
    pub(crate) fn set_difference_update(&mut self, set: Gc<SetObj>, other: Value) -> PyResult<()> {
        if set.value().is(other) {
            self.set_clear(set);
            return Ok(());
        }
        if let Some(mut other) = Self::as_any_set(other) {
            // Against a much larger set, only the common elements matter.
            if (other.used.get() >> 3) > set.used.get() {
                other = self.set_intersection(set, other.value())?;
            }
            let mut pos = 0;
            while let Some((key, hash)) = Self::set_next(other, &mut pos) {
                self.set_discard_entry(set, key, hash)?;
            }
        } else {
            let iter = self.get_iter(other)?;
            while let Some(key) = self.iter_next(iter)? {
                let hash = self.hash(key)?;
                self.set_discard_entry(set, key, hash)?;
            }
        }
        // More than a quarter dummies: rebuild without them.
        if set.fill.get() - set.used.get() <= set.mask.get() / 4 {
            return Ok(());
        }
        let used = set.used.get();
        self.set_resize(set, if used > BIG_SET { used * 2 } else { used * 4 })
    }

    /// `set - other` for any iterable `other` (CPython's `set_difference`).
    pub(crate) fn set_difference(&mut self, set: Gc<SetObj>, other: Value) -> PyResult<Gc<SetObj>> {
        let other_set = Self::as_any_set(other);
        let other_dict = other.as_obj().and_then(|o| o.downcast::<DictObj>());
        let other_len = match (other_set, other_dict) {
            (Some(s), _) => Some(s.used.get()),
            (None, Some(d)) => Some(d.len.get()),
            (None, None) => None,
        };
        let copy_then_remove = match other_len {
            Some(len) => (set.used.get() >> 2) > len,
            None => true,
        };
        if copy_then_remove {
            let result = self.set_copy(set)?;
            self.set_difference_update(result, other)?;
            return Ok(result);
        }
        let result = self.new_set(set.is_frozen())?;
        let mut pos = 0;
        while let Some((key, hash)) = Self::set_next(set, &mut pos) {
            let present = match (other_set, other_dict) {
                (Some(s), _) => self.set_has_entry(s, key, hash)?,
                (None, Some(d)) => self.dict_get(d, key)?.is_some(),
                (None, None) => false,
            };
            if !present {
                self.set_add_entry(result, key, hash)?;
            }
        }
        Ok(result)
    }

    /// `set.difference(*others)`.
    pub(crate) fn set_difference_multi(
        &mut self,
        set: Gc<SetObj>,
        others: &[Value],
    ) -> PyResult<Gc<SetObj>> {
        let Some((&first, rest)) = others.split_first() else {
            return self.set_copy(set);
        };
        let result = self.set_difference(set, first)?;
        for &other in rest {
            self.set_difference_update(result, other)?;
        }
        Ok(result)
    }

    /// Toggles `key` (with hash `hash`): removes it when present, else adds it.
    fn set_toggle(&mut self, set: Gc<SetObj>, key: Value, hash: i64) -> PyResult<()> {
        if !self.set_discard_entry(set, key, hash)? {
            self.set_add_entry(set, key, hash)?;
        }
        Ok(())
    }

    /// `set.symmetric_difference_update(other)`.
    pub(crate) fn set_symmetric_difference_update(
        &mut self,
        set: Gc<SetObj>,
        other: Value,
    ) -> PyResult<()> {
        if set.value().is(other) {
            self.set_clear(set);
            return Ok(());
        }
        if let Some(dict) = other.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            let mut index = 0;
            while let Some(entry) = dict.entries().get(index) {
                index += 1;
                let key = entry.key.get();
                if !key.is_null() {
                    let hash = entry.hash.get();
                    self.set_toggle(set, key, hash)?;
                }
            }
            return Ok(());
        }
        let other = match Self::as_any_set(other) {
            Some(other) => other,
            None => self.new_set_from(set.is_frozen(), other)?,
        };
        let mut pos = 0;
        while let Some((key, hash)) = Self::set_next(other, &mut pos) {
            self.set_toggle(set, key, hash)?;
        }
        Ok(())
    }

    /// `set ^ other` for any iterable `other`.
    pub(crate) fn set_symmetric_difference(
        &mut self,
        set: Gc<SetObj>,
        other: Value,
    ) -> PyResult<Gc<SetObj>> {
        let result = self.new_set_from(set.is_frozen(), other)?;
        self.set_symmetric_difference_update(result, set.value())?;
        Ok(result)
    }

    /// `set.union(*others)`.
    pub(crate) fn set_union(&mut self, set: Gc<SetObj>, others: &[Value]) -> PyResult<Gc<SetObj>> {
        let result = self.set_copy(set)?;
        for &other in others {
            if !set.value().is(other) {
                self.set_update(result, other)?;
            }
        }
        Ok(result)
    }

    /// `set <= other` for any iterable `other`.
    pub(crate) fn set_issubset(&mut self, set: Gc<SetObj>, other: Value) -> PyResult<bool> {
        let Some(other) = Self::as_any_set(other) else {
            let common = self.set_intersection(set, other)?;
            return Ok(common.used.get() == set.used.get());
        };
        if set.used.get() > other.used.get() {
            return Ok(false);
        }
        let mut pos = 0;
        while let Some((key, hash)) = Self::set_next(set, &mut pos) {
            if !self.set_has_entry(other, key, hash)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set >= other` for any iterable `other`.
    pub(crate) fn set_issuperset(&mut self, set: Gc<SetObj>, other: Value) -> PyResult<bool> {
        if let Some(other) = Self::as_any_set(other) {
            return self.set_issubset(other, set.value());
        }
        let iter = self.get_iter(other)?;
        while let Some(key) = self.iter_next(iter)? {
            if !self.set_has_key(set, key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `set.isdisjoint(other)`.
    pub(crate) fn set_isdisjoint(&mut self, set: Gc<SetObj>, other: Value) -> PyResult<bool> {
        if set.value().is(other) {
            return Ok(set.used.get() == 0);
        }
        if let Some(other) = Self::as_any_set(other) {
            let (small, large) = if other.used.get() > set.used.get() {
                (set, other)
            } else {
                (other, set)
            };
            let mut pos = 0;
            while let Some((key, hash)) = Self::set_next(small, &mut pos) {
                if self.set_has_entry(large, key, hash)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let iter = self.get_iter(other)?;
        while let Some(key) = self.iter_next(iter)? {
            if self.set_has_key(set, key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a == b` for two sets or frozensets.
    pub(crate) fn set_equal(&mut self, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<bool> {
        if a.used.get() != b.used.get() {
            return Ok(false);
        }
        let (ha, hb) = (a.hash.get(), b.hash.get());
        if ha != -1 && hb != -1 && ha != hb {
            return Ok(false);
        }
        self.set_issubset(a, b.value())
    }

    /// `a OP b` when both are sets or frozensets: subset comparisons.
    pub(crate) fn set_compare(
        &mut self,
        op: CompareOp,
        a: Gc<SetObj>,
        b: Gc<SetObj>,
    ) -> PyResult<bool> {
        let (la, lb) = (a.used.get(), b.used.get());
        match op {
            CompareOp::Eq => self.set_equal(a, b),
            CompareOp::Ne => Ok(!self.set_equal(a, b)?),
            CompareOp::Le => self.set_issubset(a, b.value()),
            CompareOp::Ge => self.set_issuperset(a, b.value()),
            CompareOp::Lt => Ok(la < lb && self.set_issubset(a, b.value())?),
            CompareOp::Gt => Ok(la > lb && self.set_issuperset(a, b.value())?),
        }
    }

    /// `lhs | rhs`, `&`, `-`, `^` and their in-place forms when both operands are sets or
    /// frozensets (`None` otherwise: the operator is not defined for them).
    pub(crate) fn set_binary_op(
        &mut self,
        op: BinaryOp,
        inplace: bool,
        lhs: Value,
        rhs: Value,
    ) -> PyResult<Option<Value>> {
        let (Some(set), Some(other)) = (Self::as_any_set(lhs), Self::as_any_set(rhs)) else {
            return Ok(None);
        };
        if inplace && !set.is_frozen() {
            match op {
                BinaryOp::Or => self.set_update(set, rhs)?,
                BinaryOp::And => self.set_intersection_update(set, &[rhs])?,
                BinaryOp::Subtract => self.set_difference_update(set, rhs)?,
                BinaryOp::Xor => self.set_symmetric_difference_update(set, rhs)?,
                _ => return Ok(None),
            }
            return Ok(Some(lhs));
        }
        let result = match op {
            BinaryOp::Or => {
                let result = self.set_copy(set)?;
                if set != other {
                    self.set_merge(result, other)?;
                }
                result
            }
            BinaryOp::And => self.set_intersection(set, rhs)?,
            BinaryOp::Subtract => self.set_difference(set, rhs)?,
            BinaryOp::Xor => self.set_symmetric_difference(set, rhs)?,
            _ => return Ok(None),
        };
        Ok(Some(result.value()))
    }

    /// `hash(frozenset)` as CPython computes it (cached in a frozenset); also the hash a set
    /// is looked up under when used as a key of another set.
    pub(crate) fn frozenset_hash(&mut self, set: Gc<SetObj>) -> i64 {
        let cached = set.hash.get();
        if cached != -1 && set.is_frozen() {
            return cached;
        }
        // Xor is order-independent, so only the active slots need visiting (CPython visits
        // every slot and cancels the unused and dummy ones out).
        let mut hash: u64 = 0;
        for slot in set.slots() {
            if slot.is_active() {
                hash ^= shuffle_bits(slot.hash.get() as u64);
            }
        }
        hash ^= (set.used.get() as u64)
            .wrapping_add(1)
            .wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        let hash = hash as i64;
        if set.is_frozen() {
            set.hash.set(hash);
        }
        hash
    }

    /// `iter(set)`.
    pub(crate) fn new_set_iter(&mut self, set: Gc<SetObj>) -> PyResult<Value> {
        let it = self.alloc_set_iter(set)?;
        Ok(it.value())
    }

    /// `next()` on a set iterator.
    pub(crate) fn set_iter_next(&mut self, it: Gc<SetIterObj>) -> PyResult<Option<Value>> {
        let Some(set) = it.set.get() else {
            return Ok(None);
        };
        if it.expected_len.get() != set.used.get() {
            it.expected_len.set(usize::MAX);
            return Err(self.raise_msg(
                Cls::RuntimeError,
                format_args!("Set changed size during iteration"),
            ));
        }
        let mut pos = it.pos.get();
        let next = Self::set_next(set, &mut pos);
        it.pos.set(pos);
        match next {
            Some((key, _)) => Ok(Some(key)),
            None => {
                it.set.set(None);
                Ok(None)
            }
        }
    }

    /// Writes `set()`, `{1, 2}`, `frozenset()` or `frozenset({1, 2})`.
    pub(crate) fn write_set_repr(
        &mut self,
        out: &mut super::StrBuilder,
        set: Gc<SetObj>,
    ) -> PyResult<()> {
        let name = if set.is_frozen() { "frozenset" } else { "set" };
        if set.used.get() == 0 {
            return out.push_fmt(self, format_args!("{name}()"));
        }
        // Snapshot the elements: a user `__repr__` may change the set.
        let mut pos = 0;
        let items = self.new_tuple_with(set.used.get(), |_| {
            Self::set_next(set, &mut pos).map_or(Value::None, |(key, _)| key)
        })?;
        if set.is_frozen() {
            out.push_str(self, "frozenset(")?;
        }
        out.push_str(self, "{")?;
        for (i, &item) in items.items().iter().enumerate() {
            if i > 0 {
                out.push_str(self, ", ")?;
            }
            self.write_repr(out, item)?;
        }
        out.push_str(self, "}")?;
        if set.is_frozen() {
            out.push_str(self, ")")?;
        }
        Ok(())
    }

    /// A set table of `len` unused slots.
    fn new_set_table(&mut self, len: usize) -> PyResult<Gc<SetTable>> {
        let size = SetTable::alloc_size(len).ok_or_else(|| self.raise_memory_error())?;
        self.alloc_object(size, |header| SetTable { header, len })
    }

    /// An empty set object.
    fn alloc_set_object(&mut self) -> PyResult<Gc<SetObj>> {
        self.alloc_object(core::mem::size_of::<SetObj>(), |header| SetObj {
            header,
            fill: Cell::new(0),
            used: Cell::new(0),
            mask: Cell::new(MIN_SLOTS - 1),
            finger: Cell::new(0),
            hash: Cell::new(-1),
            table: Cell::new(None),
        })
    }

    /// A fresh iterator over `set`.
    fn alloc_set_iter(&mut self, set: Gc<SetObj>) -> PyResult<Gc<SetIterObj>> {
        self.alloc_object(core::mem::size_of::<SetIterObj>(), |header| SetIterObj {
            header,
            set: Cell::new(Some(set)),
            expected_len: Cell::new(set.used.get()),
            pos: Cell::new(0),
        })
    }
}
