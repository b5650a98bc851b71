//! Frame records: one per active Python call, in a fixed array the VM allocates at start-up.
//!
//! A frame's local slots and value stack live in the VM's value stack, from `base`:
//!
//! ```text
//!   value stack:  ... | caller's stack ... | slot 0 .. slot n-1 | stack ... sp) | free ...
//!                                           ^ base                ^ base + n
//! ```
//!
//! A Python-to-Python call with exactly the right positional arguments makes the arguments,
//! already pushed by the caller, the callee's first slots: no copying.

use super::{Cls, PyResult, Vm};
use crate::object::{CodeObj, DictObj, Gc, RawBuf};
use crate::value::Value;

/// One active call.
#[repr(C)]
#[derive(Clone, Copy)]
pub(crate) struct Frame {
    /// The code being run.
    pub code: Gc<CodeObj>,
    /// The globals it sees.
    pub globals: Gc<DictObj>,
    /// The function called (`Null` for module and class-body code).
    pub func: Value,
    /// The namespace `LOAD_NAME`/`STORE_NAME` use (class bodies), or `Null`.
    pub locals: Value,
    /// Value-stack index of slot 0.
    pub base: usize,
    /// Value-stack index one past the top, saved while the frame is not running.
    pub sp: usize,
    /// Next instruction (code-unit index), saved while the frame is not running.
    pub pc: usize,
    /// The instruction running when the frame last left it (a call or an error).
    pub lasti: usize,
    /// Returning from this frame returns to Rust code, not to a Python caller.
    pub entry: bool,
    /// An `__init__` call made by instantiating a class: its result must be None, and the
    /// caller receives the instance (kept in the caller's callable cell) instead.
    pub init: bool,
    /// The generator this frame runs for (`YIELD_VALUE` suspends into it), or `Null`.
    pub generator: Value,
}

impl Frame {
    /// The active records of a frame array.
    pub(crate) fn records(frames: Gc<RawBuf>, count: usize) -> &'static [Frame] {
        let capacity = frames.len / core::mem::size_of::<Frame>();
        let count = count.min(capacity);
        // SAFETY: records below `count` were written by `push_frame` as whole Frames into the
        // 16-aligned payload; the array lives as long as the VM, which outlives any use of
        // this slice (it is only read during a collection or a traceback).
        unsafe { core::slice::from_raw_parts(frames.data_ptr().cast::<Frame>(), count) }
    }

    /// The first slot's value-stack index plus the slot count: where the value stack starts.
    #[inline]
    pub(crate) fn stack_start(&self) -> usize {
        self.base + self.code.slot_count as usize
    }
}

impl Vm<'_> {
    /// Frames the frame array has room for: the recursion limit plus room for builtins that
    /// call back into Python.
    pub(crate) fn frame_capacity(&self) -> usize {
        self.config.recursion_limit as usize + 64
    }

    /// Pointer to frame record `index`.
    #[inline]
    pub(crate) fn frame_ptr(&self, index: usize) -> *mut Frame {
        let frames = self.frames.unwrap_or_else(|| super::not_booted());
        debug_assert!(index < self.frame_capacity());
        frames.data_ptr().cast::<Frame>().wrapping_add(index)
    }

    /// The running frame's record.
    #[inline]
    pub(crate) fn top_frame(&self) -> *mut Frame {
        debug_assert!(self.frame_count > 0);
        self.frame_ptr(self.frame_count - 1)
    }

    /// Cells in the value stack.
    #[inline]
    pub(crate) fn stack_capacity(&self) -> usize {
        self.stack
            .map_or(0, |s| s.len / core::mem::size_of::<Value>())
    }

    /// Pointer to the value stack's first cell.
    #[inline]
    pub(crate) fn stack_ptr(&self) -> *mut Value {
        let stack = self.stack.unwrap_or_else(|| super::not_booted());
        stack.data_ptr().cast::<Value>()
    }

    /// Pushes a frame record for `code` whose slots start at value-stack index `base`. Slots
    /// at and above `filled` are set to `Null`.
    ///
    /// # Errors
    /// `RecursionError` when the recursion limit or the value stack would be exceeded.
    #[expect(
        clippy::too_many_arguments,
        reason = "a frame record has this many parts"
    )]
    pub(crate) fn push_frame(
        &mut self,
        code: Gc<CodeObj>,
        globals: Gc<DictObj>,
        func: Value,
        locals: Value,
        base: usize,
        filled: usize,
        entry: bool,
    ) -> PyResult<*mut Frame> {
        let needed = base + code.slot_count as usize + code.stack_size as usize;
        let stack_cap = self.stack_capacity();
        if self.frame_count >= self.config.recursion_limit as usize
            || self.frame_count >= self.frame_capacity()
            || needed > stack_cap
        {
            return Err(self.raise_msg(
                Cls::RecursionError,
                format_args!("maximum recursion depth exceeded"),
            ));
        }
        let stack = self.stack_ptr();
        for index in base + filled..base + code.slot_count as usize {
            // SAFETY: index < needed <= the value stack's capacity.
            unsafe { stack.add(index).write(Value::Null) };
        }
        let frame = self.frame_ptr(self.frame_count);
        // SAFETY: frame_count < frame_capacity, so the record lies inside the frame array.
        unsafe {
            frame.write(Frame {
                code,
                globals,
                func,
                locals,
                base,
                sp: base + code.slot_count as usize,
                pc: 0,
                lasti: 0,
                entry,
                init: false,
                generator: Value::Null,
            });
        }
        self.frame_count += 1;
        self.cover_stack(base + code.slot_count as usize, needed);
        Ok(frame)
    }

    /// Makes the collector's scan extent `needed` cells for a new top frame whose evaluation
    /// stack starts at `eval_start`. Cells above the old extent may hold values left by frames
    /// popped since, whose objects may have been freed: the collector must not follow them,
    /// so the new frame's evaluation cells there become `Null` first (its slots are written by
    /// the caller).
    #[inline]
    pub(crate) fn cover_stack(&mut self, eval_start: usize, needed: usize) {
        let stack = self.stack_ptr();
        for index in eval_start.max(self.stack_top)..needed {
            // SAFETY: index < needed, which the caller checked against the value stack's
            // capacity.
            unsafe { stack.add(index).write(Value::Null) };
        }
        self.stack_top = needed;
    }

    /// For zero-argument `super()`: the running frame's first argument and its `__class__`.
    pub(crate) fn caller_self_and_class(&self) -> Option<(Value, Gc<crate::object::ClassObj>)> {
        if self.frame_count == 0 {
            return None;
        }
        // SAFETY: frame_count > 0, so the top record is active.
        let record = unsafe { *self.top_frame() };
        let code = record.code;
        if code.arg_count == 0 {
            return None;
        }
        let stack = self.stack_ptr();
        let unwrap_cell = |value: Value| match value
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::CellObj>())
        {
            Some(cell) => cell.value.get(),
            None => value,
        };
        // SAFETY: the frame's slots lie in the value stack.
        let first = unsafe { stack.add(record.base).read() };
        let receiver = if code.slot_kind(0) == crate::compile::SlotKind::Local {
            first
        } else {
            unwrap_cell(first)
        };
        for slot in 0..code.slot_count as usize {
            let is_class_slot = code
                .slot_names
                .items()
                .get(slot)
                .and_then(|v| v.as_obj())
                .and_then(|o| o.downcast::<crate::object::StrObj>())
                .is_some_and(|s| s.as_str() == "__class__");
            if is_class_slot && code.slot_kind(slot) == crate::compile::SlotKind::Free {
                // SAFETY: as above.
                let cell = unsafe { stack.add(record.base + slot).read() };
                let class = unwrap_cell(cell)
                    .as_obj()
                    .and_then(|o| o.downcast::<crate::object::ClassObj>())?;
                return Some((receiver, class));
            }
        }
        None
    }

    /// Pops the top frame record. The value-stack cells it used become dead: the collector
    /// scans only up to the new top frame's extent, and cells are written before they are
    /// read again, so stale values there keep nothing alive.
    #[inline]
    pub(crate) fn pop_frame(&mut self) {
        self.frame_count -= 1;
        self.stack_top = if self.frame_count == 0 {
            0
        } else {
            // SAFETY: frame_count > 0, so the top record is active.
            let record = unsafe { *self.top_frame() };
            record.base + record.code.slot_count as usize + record.code.stack_size as usize
        };
    }

    /// Allocates the frame array and the value stack.
    pub(crate) fn make_frame_storage(&mut self) -> PyResult<()> {
        let frames = self.new_raw_buf(self.frame_capacity() * core::mem::size_of::<Frame>())?;
        self.frames = Some(frames);
        // A raw block: the collector scans it up to the high-water mark only (see gc.rs).
        let bytes = self.config.stack_cells * core::mem::size_of::<Value>();
        let stack = self.new_raw_buf(bytes)?;
        self.stack = Some(stack);
        Ok(())
    }
}
