//! Sequences and buffers: `tuple`, `list`, and the raw blocks behind containers.

use super::{Kind, Object, mark_cells, mark_value};
use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;

/// A tuple: fixed fields followed by `len` values, immutable once built.
#[repr(C)]
pub struct TupleObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of items.
    pub len: usize,
}

// SAFETY: repr(C), header first, the layout of every Kind::Tuple object.
unsafe impl Object for TupleObj {
    const KIND: Kind = Kind::Tuple;
}

impl TupleObj {
    /// Bytes to allocate for a tuple of `len` items.
    pub const fn alloc_size(len: usize) -> Option<usize> {
        match len.checked_mul(core::mem::size_of::<Value>()) {
            Some(bytes) => core::mem::size_of::<TupleObj>().checked_add(bytes),
            None => None,
        }
    }

    /// The items.
    #[inline]
    pub fn items(&self) -> &[Value] {
        let data = (self as *const TupleObj).wrapping_add(1).cast::<Value>();
        // SAFETY: `len` values follow the fixed fields inside this block (zeroed, i.e. Null,
        // until the constructor fills them), and they never change afterwards.
        unsafe { core::slice::from_raw_parts(data, self.len) }
    }

    /// Pointer to the first item, for the constructor.
    pub(crate) fn items_ptr(this: *mut TupleObj) -> *mut Value {
        this.wrapping_add(1).cast::<Value>()
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        for &item in self.items() {
            mark_value(marker, item);
        }
    }
}

/// A block of value cells: a list's items, an instance's attributes, the value stack.
#[repr(C)]
pub struct ValueBuf {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of cells.
    pub cap: usize,
}

// SAFETY: repr(C), header first, the layout of Kind::ValueBuf (and Kind::Stack) objects.
unsafe impl Object for ValueBuf {
    const KIND: Kind = Kind::ValueBuf;
}

impl ValueBuf {
    /// Bytes to allocate for `cap` cells.
    pub const fn alloc_size(cap: usize) -> Option<usize> {
        match cap.checked_mul(core::mem::size_of::<Value>()) {
            Some(bytes) => core::mem::size_of::<ValueBuf>().checked_add(bytes),
            None => None,
        }
    }

    /// The cells (zeroed memory is `Null` in every cell).
    #[inline]
    pub fn cells(&self) -> &[Cell<Value>] {
        let data = (self as *const ValueBuf)
            .wrapping_add(1)
            .cast::<Cell<Value>>();
        // SAFETY: `cap` value cells follow the fixed fields inside this block; Cell makes
        // shared access to them sound.
        unsafe { core::slice::from_raw_parts(data, self.cap) }
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_cells(marker, self.cells());
    }
}

/// A list: a length and a buffer of at least that many cells.
#[repr(C)]
pub struct ListObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of items.
    pub len: Cell<usize>,
    /// The items' buffer (`None` while the capacity is zero). Cells past `len` are `Null`.
    pub buf: Cell<Option<super::Gc<ValueBuf>>>,
}

// SAFETY: repr(C), header first, the layout of every Kind::List object.
unsafe impl Object for ListObj {
    const KIND: Kind = Kind::List;
}

impl ListObj {
    /// The items, as cells (valid until the list grows or shrinks its buffer).
    #[inline]
    pub fn items(&self) -> &[Cell<Value>] {
        match self.buf.get() {
            Some(buf) => {
                let cells = buf.cells();
                let len = self.len.get().min(cells.len());
                // Re-borrow through the list: the buffer lives as long as the list holds it,
                // and the caller's `&self` keeps the list alive.
                let ptr = cells.as_ptr();
                // SAFETY: `ptr` points to `cells.len()` cells and `len` does not exceed that.
                unsafe { core::slice::from_raw_parts(ptr, len) }
            }
            None => &[],
        }
    }

    /// Current capacity.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.buf.get().map_or(0, |buf| buf.cap)
    }

    /// The item at `index` (no bounds adjustment; `None` when out of range).
    #[inline]
    pub fn get(&self, index: usize) -> Option<Value> {
        self.items().get(index).map(Cell::get)
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        if let Some(buf) = self.buf.get() {
            marker.mark(buf.obj().header_ptr());
        }
    }
}

/// Bytes the collector does not look into: bytecode, hash indices, line tables.
#[repr(C)]
pub struct RawBuf {
    /// Heap header.
    pub header: Cell<Header>,
    /// Number of bytes.
    pub len: usize,
}

// SAFETY: repr(C), header first, the layout of every Kind::RawBuf object.
unsafe impl Object for RawBuf {
    const KIND: Kind = Kind::RawBuf;
}

impl RawBuf {
    /// Bytes to allocate for `len` payload bytes.
    pub const fn alloc_size(len: usize) -> Option<usize> {
        core::mem::size_of::<RawBuf>().checked_add(len)
    }

    /// Pointer to the payload (8-byte aligned).
    #[inline]
    pub fn data_ptr(&self) -> *mut u8 {
        (self as *const RawBuf)
            .wrapping_add(1)
            .cast::<u8>()
            .cast_mut()
    }

    /// The payload viewed as `u32` cells (bytecode, tables).
    #[inline]
    pub fn u32_cells(&self) -> &[Cell<u32>] {
        // SAFETY: the payload is `len` bytes inside this block, 8-byte aligned; Cell<u32> has
        // u32's layout and makes shared mutation (quickening) sound.
        unsafe { core::slice::from_raw_parts(self.data_ptr().cast::<Cell<u32>>(), self.len / 4) }
    }

    /// The payload viewed as `i32` cells (dict index tables).
    #[inline]
    pub fn i32_cells(&self) -> &[Cell<i32>] {
        // SAFETY: as for `u32_cells`.
        unsafe { core::slice::from_raw_parts(self.data_ptr().cast::<Cell<i32>>(), self.len / 4) }
    }
}
