//! `str`: immutable UTF-8 text.

use super::{Kind, Object};
use crate::heap::Header;
use core::cell::Cell;

/// A string: fixed fields followed by `len` bytes of UTF-8.
#[repr(C)]
pub struct StrObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Length in bytes.
    pub len: usize,
    /// Length in characters (equal to `len` for ASCII, which makes indexing O(1)).
    pub char_count: usize,
    /// Cached hash; -1 until computed (Python hashes are never -1).
    pub hash: Cell<i64>,
}

// SAFETY: repr(C), starts with the header, and is the layout of every Kind::Str object.
unsafe impl Object for StrObj {
    const KIND: Kind = Kind::Str;
}

impl StrObj {
    /// Bytes to allocate for a string of `len` bytes.
    pub const fn alloc_size(len: usize) -> Option<usize> {
        core::mem::size_of::<StrObj>().checked_add(len)
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        let data = (self as *const StrObj).wrapping_add(1).cast::<u8>();
        // SAFETY: the constructor copied `len` bytes of valid UTF-8 right after the fixed
        // fields, inside this object's block, and they never change.
        unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(data, self.len)) }
    }

    /// True when every character is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len == self.char_count
    }
}

/// The string hash Tracery uses (FNV-1a over the bytes, folded so it is never -1).
///
/// CPython randomizes string hashes per process, so no program can depend on their values;
/// any good deterministic hash will do.
pub fn hash_str(text: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in text.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let hash = hash as i64;
    if hash == -1 { -2 } else { hash }
}
