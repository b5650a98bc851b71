//! Set displays of constants, built the way CPython 3.11 builds them.
//!
//! CPython compiles `{1, 2, 3}` (three or more items, all constants after its constant
//! folding) to `BUILD_SET 0; LOAD_CONST <frozenset>; SET_UPDATE 1`. The frozenset constant
//! is made in two steps: the items are inserted in order into a frozenset, and when the
//! compiler merges duplicate constants it rebuilds that frozenset by inserting its elements
//! in their iteration order into a fresh one. At run time the empty set then merges the
//! constant, which copies its table slot by slot or re-inserts its keys in table order into
//! a table sized for the merge. Each step can change the iteration order (`{20, 5, 3, 1, 40}`
//! prints `{1, 3, 20, 5, 40}`; with `a = 20`, `{a, 5, 3, 1, 40}` prints `{1, 3, 5, 40, 20}`).
//! Tracery keeps no frozenset constants, so it performs the same steps at run time:
//!
//! ```text
//! <items> BUILD_SET n                                  inserted in order
//! BUILD_LIST 0 SWAP 2 LIST_EXTEND 1                    its elements in iteration order
//! BUILD_SET 0 SWAP 2 SET_UPDATE 1                      inserted in that order: the constant
//! BUILD_SET 0 SWAP 2 SET_UPDATE 1                      merged into a new set
//! ```
//!
//! As the iterable of a `for` loop or comprehension clause, CPython iterates the constant
//! itself, so there the final merge is removed again ([`Compiler::constant_set_iterable`]).

use crate::bytecode::{Opcode, decode, encode};

use super::CodeSink;
use super::cursor::{Compiler, R};
use super::expr::Kind;

/// Rebuilds the set on top by inserting its elements in iteration order into a new one.
const REBUILD: [(Opcode, u32); 6] = [
    (Opcode::BUILD_LIST, 0),
    (Opcode::SWAP, 2),
    (Opcode::LIST_EXTEND, 1),
    (Opcode::BUILD_SET, 0),
    (Opcode::SWAP, 2),
    (Opcode::SET_UPDATE, 1),
];

/// The merge that ends a constant set display.
const MERGE: [(Opcode, u32); 3] = [
    (Opcode::BUILD_SET, 0),
    (Opcode::SWAP, 2),
    (Opcode::SET_UPDATE, 1),
];

impl<S: CodeSink> Compiler<'_, '_, S> {
    /// Whether the code emitted since `start` computes one value from constants only (what
    /// CPython's constant folding turns into a single constant: literals, tuples of them,
    /// and operators applied to them).
    pub(crate) fn is_constant_code(&self, start: u32) -> bool {
        self.constant_values(start, self.here()) == Some(1)
    }

    /// How many values the code from `start` to `end` pushes when it only computes values
    /// from constants; `None` when it does anything else.
    fn constant_values(&self, start: u32, end: u32) -> Option<u32> {
        if start >= end {
            return None;
        }
        let mut depth = 0u32;
        for &unit in self.s.code.get(start as usize..end as usize)? {
            let (byte, arg) = decode(unit);
            let (pops, pushes) = match Opcode::from_u8(byte)? {
                Opcode::LOAD_CONST => (0, 1),
                Opcode::BUILD_TUPLE => (arg, 1),
                Opcode::UNARY_NEGATIVE
                | Opcode::UNARY_POSITIVE
                | Opcode::UNARY_INVERT
                | Opcode::UNARY_NOT => (1, 1),
                Opcode::BINARY_OP | Opcode::BINARY_SUBSCR => (2, 1),
                _ => return None,
            };
            depth = depth.checked_sub(pops)? + pushes;
        }
        Some(depth)
    }

    /// Ends a set display of more than two constant items with the rebuild and the merge
    /// CPython performs.
    pub(crate) fn merge_constant_set(&mut self) -> R<()> {
        for (op, arg) in REBUILD.into_iter().chain(MERGE) {
            self.emit(op, arg)?;
        }
        Ok(())
    }

    /// Whether the code ending here is `seq`.
    fn ends_with(&self, seq: &[(Opcode, u32)]) -> bool {
        let frame = self.s.frames[self.top()];
        let end = self.here();
        let len = seq.len() as u32;
        end >= frame.code_start + len
            && self.s.code[(end - len) as usize..end as usize]
                .iter()
                .zip(seq)
                .all(|(&unit, &(op, arg))| unit == encode(op, arg))
    }

    /// After the iterable of a `for` loop or comprehension clause, which started at `start`:
    /// when it was a set display of constants, makes it produce the set CPython iterates
    /// there (its frozenset constant): drops the final merge, or, for one or two items (which
    /// got no rebuild as a display), adds the rebuild.
    pub(crate) fn constant_set_iterable(&mut self, kind: Kind, start: u32) -> R<()> {
        if kind != Kind::Set || self.quiet > 0 {
            return Ok(());
        }
        if self.ends_with(&MERGE) {
            let merge_start = self.here() - MERGE.len() as u32;
            self.truncate(merge_start);
            return Ok(());
        }
        let end = self.here();
        if end <= start {
            return Ok(());
        }
        let (byte, arg) = decode(self.s.code[end as usize - 1]);
        if byte == Opcode::BUILD_SET as u8 && self.constant_values(start, end - 1) == Some(arg) {
            for (op, arg) in REBUILD {
                self.emit(op, arg)?;
            }
        }
        Ok(())
    }

    /// Removes the code from `at` to the end of the current code object.
    fn truncate(&mut self, at: u32) {
        let top = self.top();
        let frame = self.s.frames[top];
        self.s.code_len = at;
        // Line-table rows that began inside the removed code go too.
        let rel = at - frame.code_start;
        while self.s.lines_len > frame.line_start
            && self.s.lines[self.s.lines_len as usize - 1].start >= rel
        {
            self.s.lines_len -= 1;
        }
        if self.s.lines_len > frame.line_start {
            self.s.frames[top].last_line = self.s.lines[self.s.lines_len as usize - 1].line;
        }
    }
}
