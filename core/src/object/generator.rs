//! Generator objects: a suspended Python frame kept in the heap between resumptions.

use super::{CodeObj, DictObj, Gc, Header, Kind, Object, ValueBuf, mark_obj, mark_value};
use crate::heap::Marker;
use crate::value::Value;
use core::cell::Cell;

/// Where a generator is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum GenState {
    /// Made by calling the generator function; its body has not started.
    Created = 0,
    /// Stopped at a `yield`.
    Suspended = 1,
    /// Running (a resumption is on the frame stack).
    Running = 2,
    /// Returned or raised; it yields nothing more.
    Finished = 3,
}

/// A generator: the function it runs and, while it is not running, its frame's slots and
/// value stack.
///
/// ```text
///   saved: | slot 0 .. slot n-1 | stack 0 .. depth-1 | (unused up to stack_size) |
/// ```
#[repr(C)]
pub struct GeneratorObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The generator function (for its name and qualified name).
    pub func: Value,
    /// The code being run.
    pub code: Gc<CodeObj>,
    /// The globals it sees.
    pub globals: Gc<DictObj>,
    /// Slots then value stack, `slot_count + stack_size` cells.
    pub saved: Gc<ValueBuf>,
    /// Values on the frame's value stack while suspended.
    pub depth: Cell<u32>,
    /// Next instruction.
    pub pc: Cell<u32>,
    /// The instruction it stopped at (a `YIELD_VALUE`), for tracebacks of `throw`.
    pub lasti: Cell<u32>,
    /// A [`GenState`].
    pub state: Cell<u8>,
    /// The exception its own handler was handling when it yielded, or `Null`.
    pub handled: Cell<Value>,
    /// A `for` loop made it by iterating a call directly and holds the only reference, so
    /// leaving that loop early closes it (see `POP_ITER`).
    pub loop_owned: Cell<bool>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Generator object.
unsafe impl Object for GeneratorObj {
    const KIND: Kind = Kind::Generator;
}

impl GeneratorObj {
    /// The current state.
    pub fn state(&self) -> GenState {
        match self.state.get() {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Finished,
        }
    }

    /// Moves to `state`.
    pub fn set_state(&self, state: GenState) {
        self.state.set(state as u8);
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.func);
        mark_obj(marker, self.code.obj());
        mark_obj(marker, self.globals.obj());
        mark_obj(marker, self.saved.obj());
        mark_value(marker, self.handled.get());
    }
}
