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
//!
//! `watch` lets tier 2 fold a dict's *values* (globals, builtins, module attributes) into a
//! trace: while its low bit is set, every change of the dict (a value stored, a key added or
//! deleted, a clear) tells the VM, which invalidates the executors that may have folded one of
//! its values and clears the bit. The other bits count those changes: a dict that keeps
//! changing (a global assigned in a hot loop) stops being folded from
//! ([`DictObj::foldable`]), so it cannot make the VM retrace over and over.

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
    /// Tier 2's watch on the dict's contents (see the module doc): bit 0 set while an
    /// executor may have folded one of its values; the rest counts the changes that
    /// invalidated such executors.
    pub watch: Cell<u32>,
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
    /// Changes of a watched dict after which tier 2 stops folding its values.
    pub const WATCH_LIMIT: u32 = 16;

    /// Whether tier 2 may fold this dict's values (it has not changed too often under watch).
    pub fn foldable(&self) -> bool {
        self.watch.get() >> 1 < Self::WATCH_LIMIT
    }

    /// Whether a change must tell the VM (an executor may hold one of its values).
    #[inline(always)]
    pub fn watched(&self) -> bool {
        self.watch.get() & 1 != 0
    }
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
