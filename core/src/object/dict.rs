//! `dict`: an insertion-ordered hash table (the layout; operations are in `vm::dict`).
//!
//! ```text
//!  DictObj ──indices──▶ RawBuf  [i32; table size]   -1 empty, -2 deleted, else entry index
//!          └─entries──▶ EntryBuf [Entry; cap]        (hash, key, value) in insertion order
//! ```
//!
//! The table size is a power of two; `cap` is two thirds of it. A deleted entry keeps its
//! place in the entries with a `Null` key, so iteration order is insertion order.
//!
//! `keys_version` names the dict's current *layout* (which key sits in which entry) for the
//! inline caches of `LOAD_GLOBAL` and module attributes: it is 0 while unnamed, and every
//! change of the layout (a new key, a deletion, a resize, a clear) resets it to 0. Assigning
//! a value to an existing key leaves it alone. `Vm::dict_keys_version` names the layout on
//! demand with a number from a VM-wide counter, so two equal non-zero versions mean the same
//! dict with the same layout, and a cached entry index stays valid while its version matches.

use super::{Gc, Kind, Object, RawBuf, mark_value};
use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;

/// One key/value pair with the key's hash.
#[repr(C)]
pub struct Entry {
    /// The key's hash.
    pub hash: Cell<i64>,
    /// The key (`Null` for a deleted entry).
    pub key: Cell<Value>,
    /// The value.
    pub value: Cell<Value>,
}

/// A dict.
#[repr(C)]
pub struct DictObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Live entries.
    pub len: Cell<usize>,
    /// Entries used so far, deleted ones included (the next entry index).
    pub used: Cell<usize>,
    /// The layout's name (see the module doc): 0 when unnamed or changed since.
    pub keys_version: Cell<u64>,
    /// Slot table (`None` while empty).
    pub indices: Cell<Option<Gc<RawBuf>>>,
    /// Entries (`None` while empty).
    pub entries: Cell<Option<Gc<EntryBuf>>>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Dict object.
unsafe impl Object for DictObj {
    const KIND: Kind = Kind::Dict;
}

impl DictObj {
    /// The used entries (deleted ones have a `Null` key).
    #[inline]
    pub fn entries(&self) -> &[Entry] {
        match self.entries.get() {
            Some(buf) => {
                let all = buf.entries();
                let used = self.used.get().min(all.len());
                let ptr = all.as_ptr();
                // SAFETY: `ptr` points to `all.len()` entries and `used` does not exceed it.
                unsafe { core::slice::from_raw_parts(ptr, used) }
            }
            None => &[],
        }
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        if let Some(indices) = self.indices.get() {
            marker.mark(indices.obj().header_ptr());
        }
        if let Some(entries) = self.entries.get() {
            marker.mark(entries.obj().header_ptr());
        }
    }
}

/// A dict's entries.
#[repr(C)]
pub struct EntryBuf {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of entries.
    pub cap: usize,
}

// SAFETY: repr(C), header first, the layout of every Kind::EntryBuf object.
unsafe impl Object for EntryBuf {
    const KIND: Kind = Kind::EntryBuf;
}

impl EntryBuf {
    /// Bytes to allocate for `cap` entries.
    pub const fn alloc_size(cap: usize) -> Option<usize> {
        match cap.checked_mul(core::mem::size_of::<Entry>()) {
            Some(bytes) => core::mem::size_of::<EntryBuf>().checked_add(bytes),
            None => None,
        }
    }

    /// All entries (zeroed ones have hash 0 and `Null` key and value).
    #[inline]
    pub fn entries(&self) -> &[Entry] {
        let data = (self as *const EntryBuf).wrapping_add(1).cast::<Entry>();
        // SAFETY: `cap` entries follow the fixed fields inside this block; their fields are
        // cells.
        unsafe { core::slice::from_raw_parts(data, self.cap) }
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        for entry in self.entries() {
            mark_value(marker, entry.key.get());
            mark_value(marker, entry.value.get());
        }
    }
}
