//! Small objects: modules, ranges, slices and iterators.

use super::{DictObj, Gc, Kind, Object, StrObj, TupleObj, mark_obj, mark_value};
use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;

/// A module.
#[repr(C)]
pub struct ModuleObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// `__name__`.
    pub name: Gc<StrObj>,
    /// The module's globals.
    pub dict: Gc<DictObj>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Module object.
unsafe impl Object for ModuleObj {
    const KIND: Kind = Kind::Module;
}

impl ModuleObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.name.obj());
        mark_obj(marker, self.dict.obj());
    }
}

/// `range(start, stop, step)`.
#[repr(C)]
pub struct RangeObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of values.
    pub len: i64,
}

// SAFETY: repr(C), header first, the layout of every Kind::Range object.
unsafe impl Object for RangeObj {
    const KIND: Kind = Kind::Range;
}

impl RangeObj {
    /// The `index`-th value (`index` in `0..len`).
    #[inline]
    pub fn item(&self, index: i64) -> i64 {
        // Cannot overflow: the value lies between start and stop, both i64.
        self.start.wrapping_add(index.wrapping_mul(self.step))
    }
}

/// `slice(start, stop, step)`.
#[repr(C)]
pub struct SliceObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Start (or None).
    pub start: Value,
    /// Stop (or None).
    pub stop: Value,
    /// Step (or None).
    pub step: Value,
}

// SAFETY: repr(C), header first, the layout of every Kind::Slice object.
unsafe impl Object for SliceObj {
    const KIND: Kind = Kind::Slice;
}

impl SliceObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.start);
        mark_value(marker, self.stop);
        mark_value(marker, self.step);
    }
}

/// An iterator over a range.
#[repr(C)]
pub struct RangeIterObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The next value.
    pub next: Cell<i64>,
    /// The step.
    pub step: i64,
    /// Values left.
    pub remaining: Cell<i64>,
}

// SAFETY: repr(C), header first, the layout of every Kind::RangeIter object.
unsafe impl Object for RangeIterObj {
    const KIND: Kind = Kind::RangeIter;
}

/// An iterator over a list, tuple or str (forwards, or backwards for `reversed`).
#[repr(C)]
pub struct SeqIterObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The sequence (`Null` once exhausted).
    pub seq: Cell<Value>,
    /// Next index (items for lists/tuples, bytes for str).
    pub index: Cell<usize>,
    /// Iterates from the end towards the start.
    pub reverse: bool,
}

// SAFETY: repr(C), header first, the layout of every Kind::SeqIter object.
unsafe impl Object for SeqIterObj {
    const KIND: Kind = Kind::SeqIter;
}

impl SeqIterObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.seq.get());
    }
}

/// What a dict iterator or view yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// An iterator over a dict (kind `DictIter`), or a view of one (kind `DictView`).
#[repr(C)]
pub struct DictIterObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The dict.
    pub dict: Gc<DictObj>,
    /// Next entry index.
    pub index: Cell<usize>,
    /// The dict's length when iteration started (a change is an error).
    pub start_len: usize,
    /// What to yield.
    pub part: DictPart,
    /// Iterates from the last entry towards the first (`reversed(d)`); `index` is then one
    /// past the next entry to look at.
    pub reverse: bool,
}

// SAFETY: repr(C), header first, the layout of Kind::DictIter and Kind::DictView objects.
unsafe impl Object for DictIterObj {
    const KIND: Kind = Kind::DictIter;
}

impl DictIterObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.dict.obj());
    }
}

/// `enumerate(iterable, start)`.
#[repr(C)]
pub struct EnumerateObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The underlying iterator.
    pub iter: Value,
    /// The next count.
    pub count: Cell<i64>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Enumerate object.
unsafe impl Object for EnumerateObj {
    const KIND: Kind = Kind::Enumerate;
}

impl EnumerateObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.iter);
    }
}

/// `zip(*iterables)`.
#[repr(C)]
pub struct ZipObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The underlying iterators.
    pub iters: Gc<TupleObj>,
    /// `zip(..., strict=True)`: iterables of different lengths raise `ValueError`.
    pub strict: bool,
}

// SAFETY: repr(C), header first, the layout of every Kind::Zip object.
unsafe impl Object for ZipObj {
    const KIND: Kind = Kind::Zip;
}

impl ZipObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.iters.obj());
    }
}

/// `map(func, *iterables)` and `filter(func, iterable)` (one iterable; `func` may be
/// `None` for `filter`).
#[repr(C)]
pub struct MapObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The function applied to (`map`) or testing (`filter`) each item.
    pub func: Value,
    /// The underlying iterators.
    pub iters: Gc<TupleObj>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Map and Kind::Filter object.
unsafe impl Object for MapObj {
    const KIND: Kind = Kind::Map;
}

impl MapObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.func);
        mark_obj(marker, self.iters.obj());
    }
}

/// `super()`: attribute lookup that starts after `class` in the receiver's class chain.
#[repr(C)]
pub struct SuperObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The class whose bases are searched.
    pub class: Gc<crate::object::ClassObj>,
    /// The object methods are bound to.
    pub receiver: Value,
}

// SAFETY: repr(C), header first, the layout of every Kind::Super object.
unsafe impl Object for SuperObj {
    const KIND: Kind = Kind::Super;
}

impl SuperObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.class.obj());
        mark_value(marker, self.receiver);
    }
}
