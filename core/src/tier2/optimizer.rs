//! The trace optimizer: an abstract interpretation over the uops of a finished trace.
//!
//! It walks the trace once, keeping for the running frame an abstract value stack and
//! abstract locals whose entries are what is known of each value's type ([`Known`]). With it:
//!
//! - **Type guards already proven are dropped**: `_GUARD_BOTH_INT` after an int arithmetic
//!   result and an int constant, `_GUARD_BOTH_FLOAT` on floats computed earlier in the trace,
//!   `_TO_BOOL_BOOL` on a comparison's result, and a guard on a local the trace already
//!   guarded (guards teach the locals their values came from). A value's type never changes,
//!   so this knowledge survives calls; only stores and frame changes replace it. A guard
//!   right before an operation that tests the same operand types itself (and exits to the
//!   same place) is dropped too: it would only cost a dispatch.
//! - **Constants are folded into the uop**: `_LOAD_CONST` of an int, float, bool or None
//!   becomes `_LOAD_CONST_INLINE` with the value in its operand (no constants-tuple lookup).
//! - **Cached globals and attributes are folded**: a global or builtin load the VM marked
//!   foldable (snapshot unit [`FOLD`]: it watches the dict the value came from and
//!   invalidates the executor when the dict changes) becomes `_LOAD_CONST_INLINE` and its keys
//!   guards go; an attribute of such a constant (a module's function, a class's attribute or
//!   class method) replaces the constant's own `_LOAD_CONST_INLINE`, without its guard (the
//!   module's dict is watched; the class's version is among the executor's assumptions).
//!   A folded value's type is known from then on.
//! - **Redundant bookkeeping goes**: a second `_GUARD_GLOBALS_KEYS`/`_GUARD_BUILTINS_KEYS`
//!   with the same cached version in the same frame, with nothing between that can run code
//!   or store a name; a `_CHECK_VALIDITY` with nothing since the previous one that can
//!   invalidate the executor; `_NOP`s.
//!
//! # The output buffer
//!
//! The optimizer rewrites the trace in place: each input uop yields at most one output uop,
//! written at an index no greater than the one being read. So the output needs no buffer of
//! its own and is bounded by the recorder's proof (`len <= trace_capacity(F0)`); `emit`
//! carries only a `debug_assert!`.
//!
//! A trace it cannot model (an abstract stack or frame stack deeper than its fixed arrays) is
//! rejected with a reason; the VM drops it and backs the loop's counter off.

use super::recorder::{SITE_UNITS, UopInst};
use super::uop::Uop;

/// What is known of a value's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// Nothing.
    Unknown,
    /// An int.
    Int,
    /// A float.
    Float,
    /// A bool.
    Bool,
    /// A str.
    Str,
    /// None.
    NoneValue,
    /// The internal NULL of an empty call slot.
    Null,
}

/// What a `LOAD_CONST` snapshot's unit 1 says about the constant (the recorder's VM side
/// writes it): the constant's kind, and for an immediate the uop operand holds its bits.
/// The kinds of values are the tags of `spec_attr::encode_value`, which a folded global or
/// attribute also uses (unit [`FOLD`]); `_LOAD_CONST_INLINE` carries one in its oparg.
pub mod const_kind {
    /// An object the optimizer does not fold (a tuple, code, ...); in unit [`FOLD`]: nothing
    /// folded.
    ///
    /// [`FOLD`]: super::FOLD
    pub const OTHER: u32 = 0;
    /// None.
    pub const NONE: u32 = 1;
    /// A bool (operand: 0 or 1).
    pub const BOOL: u32 = 2;
    /// An int (operand: its bits).
    pub const INT: u32 = 3;
    /// A float (operand: its bits).
    pub const FLOAT: u32 = 4;
    /// A heap object (operand: its address), folded from a watched dict or a class whose
    /// version the executor assumes: whatever holds it keeps it alive while the executor
    /// is valid.
    pub const OBJECT: u32 = 5;
    /// A str constant (not folded, but its type is known).
    pub const STR: u32 = 6;
}

/// The snapshot unit where the VM marks a global or attribute load whose value it lets the
/// optimizer fold: the value's kind ([`const_kind`], 0 for none), its payload in the uop
/// operand. It lies past `LOAD_GLOBAL`'s units, and is the attribute forms' last cache
/// unit, which none of them uses (see `spec_attr`'s layouts).
pub const FOLD: usize = SITE_UNITS - 1;

/// Why the optimizer gave up on a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reject {
    /// The abstract value stack outgrew its array.
    StackTooDeep,
    /// More frames than the abstract frame stack holds.
    FramesTooDeep,
}

impl Reject {
    /// Every reason, in order.
    pub const ALL: &'static [Reject] = &[Reject::StackTooDeep, Reject::FramesTooDeep];

    /// The name `--stats` prints.
    pub const fn name(self) -> &'static str {
        match self {
            Reject::StackTooDeep => "stack_too_deep",
            Reject::FramesTooDeep => "frames_too_deep",
        }
    }
}

/// What the optimizer removed or folded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Removed {
    /// Type guards dropped.
    pub guards: u32,
    /// Constants folded into `_LOAD_CONST_INLINE`.
    pub consts: u32,
    /// Globals and builtins folded into `_LOAD_CONST_INLINE`.
    pub globals: u32,
    /// Module and class attributes of a folded constant folded into `_LOAD_CONST_INLINE`.
    pub attrs: u32,
    /// Globals and builtins keys guards dropped.
    pub keys_guards: u32,
    /// Validity checks and `_NOP`s dropped.
    pub bookkeeping: u32,
}

/// Abstract stack entries per frame.
const STACK: usize = 64;
/// Abstract locals per frame (higher slots are always unknown).
const LOCALS: usize = 64;
/// Abstract frames (the trace's own, plus the recorder's bound on frames it enters).
const FRAMES: usize = super::recorder::MAX_FRAME_DEPTH as usize + 1;

/// One abstract value: its type, and the local it was loaded from (so a guard on it teaches
/// the local too).
#[derive(Clone, Copy, Debug)]
struct Slot {
    known: Known,
    local: Option<u8>,
}

const UNKNOWN: Slot = Slot {
    known: Known::Unknown,
    local: None,
};

/// What is known of a value of kind `kind` ([`const_kind`]).
const fn known_of_kind(kind: u32) -> Known {
    match kind {
        const_kind::NONE => Known::NoneValue,
        const_kind::BOOL => Known::Bool,
        const_kind::INT => Known::Int,
        const_kind::FLOAT => Known::Float,
        const_kind::STR => Known::Str,
        _ => Known::Unknown,
    }
}

/// One frame's abstract state. Entries below the modelled part of the stack are unknown:
/// a trace may start with values already on the stack and return past its first frame.
#[derive(Clone, Copy)]
struct Frame {
    stack: [Slot; STACK],
    depth: usize,
    locals: [Known; LOCALS],
    /// The keys versions last guarded in this frame (globals, builtins), while nothing that
    /// may change them ran since.
    globals_keys: Option<u64>,
    builtins_keys: Option<u64>,
}

impl Frame {
    const FRESH: Frame = Frame {
        stack: [UNKNOWN; STACK],
        depth: 0,
        locals: [Known::Unknown; LOCALS],
        globals_keys: None,
        builtins_keys: None,
    };

    fn push(&mut self, slot: Slot) -> Result<(), Reject> {
        let cell = self.stack.get_mut(self.depth).ok_or(Reject::StackTooDeep)?;
        *cell = slot;
        self.depth += 1;
        Ok(())
    }

    fn push_known(&mut self, known: Known) -> Result<(), Reject> {
        self.push(Slot { known, local: None })
    }

    fn pop(&mut self) -> Slot {
        if self.depth == 0 {
            return UNKNOWN;
        }
        self.depth -= 1;
        self.stack[self.depth]
    }

    fn pop_n(&mut self, n: usize) {
        self.depth = self.depth.saturating_sub(n);
    }

    /// The `n`-th entry from the top (1 = top), unknown below the modelled part.
    fn peek(&self, n: usize) -> Slot {
        match self.depth.checked_sub(n) {
            Some(at) => self.stack[at],
            None => UNKNOWN,
        }
    }

    /// Learns that the `n`-th entry is `known` (and so is the local it came from).
    fn learn(&mut self, n: usize, known: Known) {
        if let Some(at) = self.depth.checked_sub(n) {
            self.stack[at].known = known;
            if let Some(local) = self.stack[at].local {
                self.locals[usize::from(local)] = known;
            }
        }
    }

    fn local(&self, index: u32) -> Known {
        self.locals
            .get(index as usize)
            .copied()
            .unwrap_or(Known::Unknown)
    }

    fn set_local(&mut self, index: u32, known: Known) {
        if let Some(cell) = self.locals.get_mut(index as usize) {
            *cell = known;
        }
        // Stack entries loaded from the old value no longer name the local's value.
        for slot in &mut self.stack[..self.depth] {
            if slot.local == Some(index as u8) && index < LOCALS as u32 {
                slot.local = None;
            }
        }
    }

    /// Something that may run arbitrary code or store names ran: forget the keys guards.
    fn forget_keys(&mut self) {
        self.globals_keys = None;
        self.builtins_keys = None;
    }
}

/// The cache unit pair `at`, `at + 1` of a snapshot as one word (low half first).
fn snapshot_u64(units: &[u32; SITE_UNITS], at: usize) -> u64 {
    u64::from(units[1 + at]) | (u64::from(units[2 + at]) << 32)
}

/// Whether the uop may run Python code or change a namespace (so it may change dict keys,
/// class versions, and executors' validity).
const fn may_run_code(uop: Uop) -> bool {
    matches!(
        uop,
        Uop::LOAD_GLOBAL
            | Uop::STORE_GLOBAL
            | Uop::LOAD_NAME
            | Uop::STORE_NAME
            | Uop::BINARY_OP
            | Uop::COMPARE_OP
            | Uop::CONTAINS_OP
            | Uop::UNARY_NOT
            | Uop::TO_BOOL
            | Uop::BINARY_SUBSCR_DICT
            | Uop::GET_ITER
            | Uop::UNARY_NEGATIVE
            | Uop::UNARY_INVERT
            | Uop::BINARY_SUBSCR
            | Uop::STORE_SUBSCR
            | Uop::FORMAT_VALUE
            | Uop::LIST_EXTEND
            | Uop::LOAD_ATTR
            | Uop::LOAD_METHOD
            | Uop::STORE_ATTR
            | Uop::CALL_BUILTIN
            | Uop::INIT_CALL_PY
            | Uop::PUSH_FRAME
            | Uop::POP_FRAME
    )
}

/// Whether `uop` exits by itself unless its two operands are of type `want` (the
/// specialized operations test their operands' tags before they compute).
const fn checks_types(uop: Uop, want: Known) -> bool {
    match want {
        Known::Int => matches!(
            uop,
            Uop::BINARY_OP_ADD_INT
                | Uop::BINARY_OP_SUBTRACT_INT
                | Uop::BINARY_OP_MULTIPLY_INT
                | Uop::BINARY_OP_INT
                | Uop::COMPARE_OP_INT
        ),
        Known::Float => matches!(
            uop,
            Uop::BINARY_OP_ADD_FLOAT
                | Uop::BINARY_OP_SUBTRACT_FLOAT
                | Uop::BINARY_OP_MULTIPLY_FLOAT
                | Uop::BINARY_OP_FLOAT
                | Uop::COMPARE_OP_FLOAT
        ),
        Known::Str => matches!(uop, Uop::COMPARE_OP_STR),
        _ => false,
    }
}

/// The keys-version units of the globals and builtins guards (`spec_attr::KEYS`,
/// `spec_attr::BUILTIN_KEYS`).
const KEYS: usize = 1;
const BUILTIN_KEYS: usize = 3;

/// Optimizes `uops` (a finished trace, ending with its terminator) in place, reading the
/// recorded instructions' snapshots through `site(step)`. Returns the new length and what
/// was removed, or why the trace is rejected.
pub fn optimize(
    uops: &mut [UopInst],
    site: impl Fn(u16) -> [u32; SITE_UNITS],
) -> Result<(usize, Removed), Reject> {
    let mut frames = [Frame::FRESH; FRAMES];
    let mut current = 0usize;
    let mut removed = Removed::default();
    let mut out = 0usize;
    let mut checked_validity = false;
    for read in 0..uops.len() {
        let mut u = uops[read];
        let f = &mut frames[current];
        let keep = match u.uop {
            Uop::NOP => {
                removed.bookkeeping += 1;
                false
            }
            Uop::GUARD_BOTH_INT | Uop::GUARD_BOTH_FLOAT | Uop::GUARD_BOTH_STR => {
                let want = match u.uop {
                    Uop::GUARD_BOTH_INT => Known::Int,
                    Uop::GUARD_BOTH_FLOAT => Known::Float,
                    _ => Known::Str,
                };
                // The operation right after checks the same types itself, exiting to the same
                // place: the separate guard only costs a dispatch.
                let rechecked = uops
                    .get(read + 1)
                    .is_some_and(|next| next.target == u.target && checks_types(next.uop, want));
                let proven = rechecked || (f.peek(1).known == want && f.peek(2).known == want);
                f.learn(1, want);
                f.learn(2, want);
                if proven {
                    removed.guards += 1;
                }
                !proven
            }
            Uop::GUARD_BOTH_NUMBER => {
                let pair = (f.peek(2).known, f.peek(1).known);
                let proven = matches!(
                    pair,
                    (Known::Int, Known::Float)
                        | (Known::Float, Known::Int)
                        | (Known::Float, Known::Float)
                );
                if proven {
                    removed.guards += 1;
                }
                !proven
            }
            Uop::TO_BOOL_BOOL => {
                let proven = f.peek(1).known == Known::Bool;
                f.learn(1, Known::Bool);
                if proven {
                    removed.guards += 1;
                }
                !proven
            }
            Uop::GUARD_GLOBALS_KEYS | Uop::GUARD_BUILTINS_KEYS
                if site(u.step)[FOLD] != const_kind::OTHER =>
            {
                // The load it guards becomes a constant, kept valid by watching the dict.
                removed.keys_guards += 1;
                false
            }
            Uop::LOAD_GLOBAL_MODULE | Uop::LOAD_GLOBAL_BUILTIN
                if site(u.step)[FOLD] != const_kind::OTHER =>
            {
                u.uop = Uop::LOAD_CONST_INLINE;
                u.oparg = site(u.step)[FOLD];
                removed.globals += 1;
                f.push(Slot {
                    known: known_of_kind(u.oparg),
                    local: None,
                })?;
                true
            }
            Uop::LOAD_ATTR_MODULE
            | Uop::LOAD_METHOD_MODULE
            | Uop::LOAD_ATTR_CLASS
            | Uop::LOAD_METHOD_CLASS
                if site(u.step)[FOLD] != const_kind::OTHER
                    && out > 0
                    && uops[out - 1].uop == Uop::LOAD_CONST_INLINE =>
            {
                // The owner is the constant the uop just before pushed (uops dropped since
                // have no stack effect), the very object the recording saw: the attribute
                // is a constant too. It replaces the owner; a method call's second slot
                // follows (NULL, or the class itself for a class method).
                let owner = uops[out - 1];
                uops[out - 1] = UopInst {
                    uop: Uop::LOAD_CONST_INLINE,
                    oparg: site(u.step)[FOLD],
                    ..u
                };
                f.pop();
                f.push_known(known_of_kind(site(u.step)[FOLD]))?;
                removed.attrs += 1;
                match u.uop {
                    Uop::LOAD_METHOD_MODULE => {
                        u.uop = Uop::PUSH_NULL;
                        f.push_known(Known::Null)?;
                        true
                    }
                    Uop::LOAD_METHOD_CLASS => {
                        // aux 1: the class is passed as self.
                        if site(u.step)[1] >> 16 == 1 {
                            u = owner;
                            f.push_known(Known::Unknown)?;
                        } else {
                            u.uop = Uop::PUSH_NULL;
                            f.push_known(Known::Null)?;
                        }
                        true
                    }
                    _ => false,
                }
            }
            Uop::GUARD_GLOBALS_KEYS | Uop::GUARD_BUILTINS_KEYS => {
                let units = site(u.step);
                let (seen, at) = if u.uop == Uop::GUARD_GLOBALS_KEYS {
                    (&mut f.globals_keys, KEYS)
                } else {
                    (&mut f.builtins_keys, BUILTIN_KEYS)
                };
                let version = snapshot_u64(&units, at);
                let proven = *seen == Some(version);
                *seen = Some(version);
                if proven {
                    removed.keys_guards += 1;
                }
                !proven
            }
            Uop::CHECK_VALIDITY => {
                let proven = checked_validity;
                checked_validity = true;
                if proven {
                    removed.bookkeeping += 1;
                }
                !proven
            }
            Uop::LOAD_CONST => {
                let units = site(u.step);
                let kind = units[1];
                let known = known_of_kind(kind);
                if matches!(
                    kind,
                    const_kind::NONE | const_kind::BOOL | const_kind::INT | const_kind::FLOAT
                ) {
                    u.uop = Uop::LOAD_CONST_INLINE;
                    u.oparg = kind;
                    removed.consts += 1;
                }
                f.push_known(known)?;
                true
            }
            _ => {
                model(f, &u)?;
                true
            }
        };
        // Frame changes and code that may run move the abstract state.
        if may_run_code(u.uop) {
            checked_validity = false;
            // A callee, or code this runs, may store names in any frame's namespace.
            for frame in &mut frames[..=current] {
                frame.forget_keys();
            }
        }
        match u.uop {
            Uop::INIT_CALL_PY => {
                // The callable, self and the arguments go to the callee's frame.
                frames[current].pop_n(u.oparg as usize + 2);
            }
            Uop::PUSH_FRAME => {
                current += 1;
                let fresh = frames.get_mut(current).ok_or(Reject::FramesTooDeep)?;
                *fresh = Frame::FRESH;
            }
            Uop::POP_FRAME => {
                if current > 0 {
                    current -= 1;
                } else {
                    // Returning past the trace's first frame: nothing known of the caller.
                    frames[0] = Frame::FRESH;
                }
                // The result.
                frames[current].push_known(Known::Unknown)?;
            }
            _ => {}
        }
        if keep {
            debug_assert!(out <= read, "the optimizer never grows a trace");
            uops[out] = u;
            out += 1;
        }
    }
    Ok((out, removed))
}

/// The stack effect of the uops not handled in `optimize` itself, on the abstract frame.
fn model(f: &mut Frame, u: &UopInst) -> Result<(), Reject> {
    let n = u.oparg as usize;
    match u.uop {
        Uop::POP_TOP | Uop::STORE_GLOBAL | Uop::STORE_NAME | Uop::STORE_DEREF => {
            f.pop();
        }
        Uop::GUARD_IS_TRUE_POP
        | Uop::GUARD_IS_FALSE_POP
        | Uop::GUARD_IS_NONE_POP
        | Uop::GUARD_IS_NOT_NONE_POP => {
            f.pop();
        }
        Uop::PUSH_NULL => f.push_known(Known::Null)?,
        Uop::COPY => {
            let slot = f.peek(n);
            f.push(slot)?;
        }
        Uop::SWAP => {
            if let (Some(top), Some(other)) = (f.depth.checked_sub(1), f.depth.checked_sub(n)) {
                f.stack.swap(top, other);
            } else {
                // One of them lies below the modelled part: both become unknown.
                f.pop();
                f.push(UNKNOWN)?;
            }
        }
        Uop::LOAD_CONST_INLINE => f.push_known(known_of_kind(u.oparg))?,
        Uop::LOAD_FAST => {
            let known = f.local(u.oparg);
            let local = u8::try_from(u.oparg)
                .ok()
                .filter(|&l| usize::from(l) < LOCALS);
            f.push(Slot { known, local })?;
        }
        Uop::STORE_FAST => {
            let slot = f.pop();
            f.set_local(u.oparg, slot.known);
        }
        Uop::LOAD_DEREF
        | Uop::LOAD_CLOSURE
        | Uop::LOAD_GLOBAL
        | Uop::LOAD_NAME
        | Uop::LOAD_GLOBAL_MODULE
        | Uop::LOAD_GLOBAL_BUILTIN => f.push_known(Known::Unknown)?,
        Uop::BINARY_OP_ADD_INT
        | Uop::BINARY_OP_SUBTRACT_INT
        | Uop::BINARY_OP_MULTIPLY_INT
        | Uop::BINARY_OP_INT => binary(f, Known::Int)?,
        Uop::BINARY_OP_ADD_FLOAT
        | Uop::BINARY_OP_SUBTRACT_FLOAT
        | Uop::BINARY_OP_MULTIPLY_FLOAT
        | Uop::BINARY_OP_FLOAT
        | Uop::BINARY_OP_MIXED => binary(f, Known::Float)?,
        Uop::BINARY_OP_ADD_STR => binary(f, Known::Str)?,
        Uop::BINARY_OP | Uop::COMPARE_OP => binary(f, Known::Unknown)?,
        Uop::COMPARE_OP_INT
        | Uop::COMPARE_OP_FLOAT
        | Uop::COMPARE_OP_STR
        | Uop::IS_OP
        | Uop::CONTAINS_OP => binary(f, Known::Bool)?,
        Uop::UNARY_NOT
        | Uop::TO_BOOL_INT
        | Uop::TO_BOOL_NONE
        | Uop::TO_BOOL_LIST
        | Uop::TO_BOOL => {
            f.pop();
            f.push_known(Known::Bool)?;
        }
        Uop::LOAD_ATTR_INSTANCE_VALUE
        | Uop::LOAD_ATTR_CLASS_VALUE
        | Uop::LOAD_ATTR_MODULE
        | Uop::LOAD_ATTR_CLASS
        | Uop::GET_ITER => {
            f.pop();
            f.push_known(Known::Unknown)?;
        }
        Uop::LOAD_METHOD_WITH_VALUES
        | Uop::LOAD_METHOD_MODULE
        | Uop::LOAD_METHOD_BUILTIN
        | Uop::LOAD_METHOD_CLASS => {
            f.pop();
            f.push_known(Known::Unknown)?;
            f.push_known(Known::Unknown)?;
        }
        Uop::STORE_ATTR_INSTANCE_VALUE | Uop::STORE_ATTR_INSTANCE_ADD | Uop::STORE_ATTR => {
            f.pop_n(2);
        }
        Uop::UNARY_NEGATIVE | Uop::UNARY_INVERT | Uop::LOAD_ATTR | Uop::FORMAT_VALUE => {
            if u.uop == Uop::FORMAT_VALUE && u.oparg & 4 != 0 {
                f.pop();
            }
            f.pop();
            f.push_known(if u.uop == Uop::FORMAT_VALUE {
                Known::Str
            } else {
                Known::Unknown
            })?;
        }
        Uop::LOAD_METHOD => {
            f.pop();
            f.push_known(Known::Unknown)?;
            f.push_known(Known::Unknown)?;
        }
        Uop::BINARY_SUBSCR => binary(f, Known::Unknown)?,
        Uop::STORE_SUBSCR => f.pop_n(3),
        Uop::BUILD_SLICE => {
            f.pop_n(n);
            f.push_known(Known::Unknown)?;
        }
        Uop::BUILD_STRING => {
            f.pop_n(n);
            f.push_known(Known::Str)?;
        }
        Uop::LIST_EXTEND => {
            f.pop();
        }
        Uop::BINARY_SUBSCR_LIST_INT | Uop::BINARY_SUBSCR_TUPLE_INT | Uop::BINARY_SUBSCR_DICT => {
            binary(f, Known::Unknown)?;
        }
        Uop::STORE_SUBSCR_LIST_INT => f.pop_n(3),
        Uop::UNPACK_SEQUENCE_TWO_TUPLE | Uop::UNPACK_SEQUENCE_TUPLE | Uop::UNPACK_SEQUENCE_LIST => {
            f.pop();
            for _ in 0..n {
                f.push_known(Known::Unknown)?;
            }
        }
        Uop::BUILD_TUPLE | Uop::BUILD_LIST => {
            f.pop_n(n);
            f.push_known(Known::Unknown)?;
        }
        Uop::LIST_APPEND => {
            f.pop();
        }
        Uop::ITER_NEXT_RANGE => f.push_known(Known::Int)?,
        Uop::ITER_NEXT_LIST | Uop::ITER_NEXT_TUPLE => f.push_known(Known::Unknown)?,
        Uop::GUARD_EXHAUSTED => {
            // The loop is left: the iterator is popped next (a `_POP_TOP` follows).
        }
        Uop::CALL_BUILTIN => {
            f.pop_n(n + 2);
            f.push_known(Known::Unknown)?;
        }
        // No stack effect, or handled by the caller (frames, terminators, guards above).
        Uop::NOP
        | Uop::LOAD_CONST
        | Uop::GUARD_GLOBALS_KEYS
        | Uop::GUARD_BUILTINS_KEYS
        | Uop::GUARD_BOTH_INT
        | Uop::GUARD_BOTH_FLOAT
        | Uop::GUARD_BOTH_NUMBER
        | Uop::GUARD_BOTH_STR
        | Uop::TO_BOOL_BOOL
        | Uop::BRANCH_ON_BOOL
        | Uop::ITER_CHECK_RANGE
        | Uop::ITER_CHECK_LIST
        | Uop::ITER_CHECK_TUPLE
        | Uop::GUARD_NOT_EXHAUSTED
        | Uop::INIT_CALL_PY
        | Uop::PUSH_FRAME
        | Uop::POP_FRAME
        | Uop::CHECK_VALIDITY
        | Uop::JUMP_TO_TOP
        | Uop::EXIT_TRACE => {}
    }
    Ok(())
}

/// A binary operation: pops two, pushes a result of type `result`.
fn binary(f: &mut Frame, result: Known) -> Result<(), Reject> {
    f.pop_n(2);
    f.push_known(result)
}

#[cfg(test)]
mod tests;
