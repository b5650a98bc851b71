//! `set` and `frozenset`: an open-addressing hash table of (hash, key) slots (the layout;
//! operations are in `vm::set`).
//!
//! ```text
//!  SetObj ──table──▶ SetTable [SetSlot; mask + 1]     slot = (hash, key)
//!                              unused: (0, Null)   dummy: (-1, Null)   active: (h, key)
//! ```
//!
//! Unlike a dict, a set keeps no insertion order: iteration walks the slots in table order,
//! exactly as CPython's `setobject.c` does, so programs print sets of numbers in CPython's
//! order. A set without a table (`None`) has eight unused slots. Both `set` and `frozenset`
//! use [`SetObj`] (kinds `Set` and `FrozenSet`); a frozenset never changes after it is built.

use super::{Gc, Kind, Object, mark_value};
use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;

/// Slots of the smallest table (CPython's `PySet_MINSIZE`).
pub const MIN_SLOTS: usize = 8;

/// The hash stored in a dummy slot. No key hashes to -1 (every hash function maps it to -2),
/// so a slot with this hash and a `Null` key was deleted.
pub const DUMMY_HASH: i64 = -1;

/// One table slot.
#[repr(C)]
pub struct SetSlot {
    /// The key's hash (0 in unused slots, [`DUMMY_HASH`] in dummy slots).
    pub hash: Cell<i64>,
    /// The key (`Null` in unused and dummy slots).
    pub key: Cell<Value>,
}

impl SetSlot {
    /// Never used: a probe for a missing key stops here.
    #[inline]
    pub fn is_unused(&self) -> bool {
        self.key.get().is_null() && self.hash.get() == 0
    }

    /// Holds a key.
    #[inline]
    pub fn is_active(&self) -> bool {
        !self.key.get().is_null()
    }
}

/// A set or frozenset.
#[repr(C)]
pub struct SetObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Active plus dummy slots.
    pub fill: Cell<usize>,
    /// Active slots: the length.
    pub used: Cell<usize>,
    /// Table size minus one (the size is a power of two, at least [`MIN_SLOTS`]).
    pub mask: Cell<usize>,
    /// Where `pop` starts looking for an element.
    pub finger: Cell<usize>,
    /// A frozenset's cached hash (-1 until computed).
    pub hash: Cell<i64>,
    /// The slots (`None`: [`MIN_SLOTS`] unused ones).
    pub table: Cell<Option<Gc<SetTable>>>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Set (and Kind::FrozenSet) object.
unsafe impl Object for SetObj {
    const KIND: Kind = Kind::Set;
}

impl SetObj {
    /// The slots (empty while the set has no table).
    #[inline]
    pub fn slots(&self) -> &[SetSlot] {
        match self.table.get() {
            Some(table) => {
                let slots = table.slots();
                // SAFETY: the table lives as long as the set holds it (or a `Gc` to it sits
                // on the native stack), and the caller's `&self` keeps the set alive.
                unsafe { core::slice::from_raw_parts(slots.as_ptr(), slots.len()) }
            }
            None => &[],
        }
    }

    /// Whether this is a frozenset.
    #[inline]
    pub fn is_frozen(&self) -> bool {
        self.header.get().kind == Kind::FrozenSet as u8
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        if let Some(table) = self.table.get() {
            marker.mark(table.obj().header_ptr());
        }
    }
}

/// A set's slots.
#[repr(C)]
pub struct SetTable {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of slots.
    pub len: usize,
}

// SAFETY: repr(C), header first, the layout of every Kind::SetTable object.
unsafe impl Object for SetTable {
    const KIND: Kind = Kind::SetTable;
}

impl SetTable {
    /// Bytes to allocate for `len` slots.
    pub const fn alloc_size(len: usize) -> Option<usize> {
        match len.checked_mul(core::mem::size_of::<SetSlot>()) {
            Some(bytes) => core::mem::size_of::<SetTable>().checked_add(bytes),
            None => None,
        }
    }

    /// All slots (zeroed memory is an unused slot).
    #[inline]
    pub fn slots(&self) -> &[SetSlot] {
        let data = (self as *const SetTable).wrapping_add(1).cast::<SetSlot>();
        // SAFETY: `len` slots follow the fixed fields inside this block; their fields are
        // cells.
        unsafe { core::slice::from_raw_parts(data, self.len) }
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        for slot in self.slots() {
            mark_value(marker, slot.key.get());
        }
    }
}

/// An iterator over a set or frozenset.
#[repr(C)]
pub struct SetIterObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The set (`None` once exhausted).
    pub set: Cell<Option<Gc<SetObj>>>,
    /// The set's length when iteration started; a different length raises `RuntimeError`.
    /// `usize::MAX` once that happened (the error repeats).
    pub expected_len: Cell<usize>,
    /// The next slot to look at.
    pub pos: Cell<usize>,
}

// SAFETY: repr(C), header first, the layout of every Kind::SetIter object.
unsafe impl Object for SetIterObj {
    const KIND: Kind = Kind::SetIter;
}

impl SetIterObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        if let Some(set) = self.set.get() {
            marker.mark(set.obj().header_ptr());
        }
    }
}
