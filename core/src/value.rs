//! `Value`: what a Python variable, stack slot or container element holds.
//!
//! # Representation
//!
//! A `Value` is a 16-byte tagged union: a tag word and an 8-byte payload.
//!
//! ```text
//!   0        8                16
//!  +--------+-----------------+
//!  |  tag   |     payload     |   tag: Null | None | Bool | Int | Float | Obj
//!  +--------+-----------------+   payload: bool, i64, f64 bits, or an object pointer
//! ```
//!
//! Why not NaN-boxing (8 bytes)? Tracery's ints are full 64-bit (a result outside `i64` raises
//! `OverflowError`); a NaN-boxed word has at most ~48 payload bits, so every int outside that
//! range would need a heap box, a second int representation on every arithmetic fast path and
//! an allocation where CPython 3.11 programs expect none.
//!
//! Measured with `cargo bench -p tracery-core --bench value_repr` (x86-64, median of 7; the
//! interpreter's hot pattern of load slot, type check, checked arithmetic, store slot, written
//! once for each representation):
//!
//! ```text
//!   workload                       16-byte tagged   8-byte NaN-box
//!   int loop, 20M iterations           80 ms           140 ms     (encode/decode + range check)
//!   float loop, 20M iterations        244 ms           234 ms     (about a tie)
//!   sum of a 4M-int list                9.7 ms           8.2 ms   (half the memory traffic)
//! ```
//!
//! Int arithmetic dominates the interpreter's loops and the JIT's guards, so the tagged union
//! wins where it matters; it costs bandwidth on long scans of big containers. It keeps every
//! int and float unboxed, makes the type check a byte compare, and maps onto two machine
//! registers in the JIT. Small values (`None`, `True`, ints, floats) never allocate.
//!
//! The tag is a whole `u64` (`repr(C, u64)`), not a byte padded to 8: with a byte tag the
//! compiler copies a `Value` inside `Option`/`Result` as the tag byte plus 15 payload bytes
//! (two overlapping 8-byte stores), and the 16-byte load that follows stalls on store
//! forwarding. Measured on `tests/bench` (user CPU seconds, median of 3, same build otherwise):
//! richards 2.10 s with a byte tag, 1.53 s with a word tag; nbody 2.96 s vs 2.78 s.
//!
//! `Null` is internal: an unbound local, the empty "self" slot of a call, a deleted dict entry.
//! Python code never sees it.

use crate::object::ObjRef;

/// A Python value (or the internal `Null` marker).
#[derive(Clone, Copy, Debug)]
#[repr(C, u64)]
pub enum Value {
    /// Internal marker: no value (unbound local, empty call slot). Never visible to Python.
    Null,
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A 64-bit int.
    Int(i64),
    /// A float.
    Float(f64),
    /// Everything else lives in the heap.
    Obj(ObjRef),
}

/// The tag words of [`Value`]'s variants (its `repr(C, u64)` layout: a tag word, then the
/// payload), for code that inspects a value in place without copying it.
pub mod tag {
    /// `Value::Int`.
    pub const INT: u64 = 3;
    /// `Value::Float`.
    pub const FLOAT: u64 = 4;
}

impl Value {
    /// The tag word (see [`tag`]).
    #[inline(always)]
    pub fn tag_word(&self) -> u64 {
        // SAFETY: `repr(C, u64)` lays a Value out as a u64 discriminant followed by the
        // payload, so the first word of any Value is its initialized tag.
        unsafe { core::ptr::from_ref(self).cast::<u64>().read() }
    }

    /// True for the internal `Null` marker.
    #[inline]
    pub const fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    /// The object, when the value is a heap object.
    #[inline]
    pub const fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(obj) => Some(obj),
            _ => None,
        }
    }

    /// Python's `is`: the same object, or the same immediate value.
    ///
    /// Immediate ints and floats compare by value (CPython caches small ints; Tracery never
    /// boxes them, so `is` on equal ints is always true). Floats compare by bit pattern, so a
    /// NaN `is` itself.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_words_are_the_discriminants() {
        assert_eq!(Value::Int(-7).tag_word(), tag::INT);
        assert_eq!(Value::Float(0.5).tag_word(), tag::FLOAT);
        assert_ne!(Value::Bool(true).tag_word(), tag::INT);
        assert_ne!(Value::None.tag_word(), tag::FLOAT);
    }

    #[test]
    fn value_is_two_words() {
        assert_eq!(core::mem::size_of::<Value>(), 16);
        assert_eq!(core::mem::align_of::<Value>(), 8);
    }

    #[test]
    fn identity() {
        assert!(Value::Int(5).is(Value::Int(5)));
        assert!(!Value::Int(1).is(Value::Bool(true)));
        assert!(Value::Float(f64::NAN).is(Value::Float(f64::NAN)));
        assert!(!Value::Float(0.0).is(Value::Float(-0.0)));
        assert!(Value::None.is(Value::None));
    }
}
