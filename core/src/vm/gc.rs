//! The collector's roots.
//!
//! Precise roots: the VM's well-known objects, the value stack up to the top frame's extent
//! (cells above it are dead: they are written before they are read again; cells below it
//! that a frame popped may be stale, so only pointers that still start an object count), the
//! frame records, and host handles.
//! Conservative roots: the native stack from the current stack pointer (with callee-saved
//! registers spilled) up to `stack_base`, which covers every `Value`, `Gc` and `&T` the Rust
//! code of the interpreter and the builtins holds.

use super::Vm;
use super::frame::Frame;
use crate::heap::Marker;
use crate::object::{mark_obj, mark_value};
use crate::value::Value;

impl Vm<'_> {
    /// Runs a full collection (after freeing the executors that are invalid or cold, so
    /// that this collection reclaims them).
    pub(crate) fn collect_garbage(&mut self) {
        self.reclaim_executors();
        let stack_base = self.stack_base;
        let Vm {
            heap,
            classes,
            names,
            chars,
            interned,
            builtins,
            modules,
            root_shape,
            empty_tuple,
            stack,
            frames,
            frame_count,
            stack_top,
            exc,
            handled,
            memory_error,
            not_implemented,
            compile_roots,
            handles,
            repr_stack,
            executors,
            executor_code,
            tracing,
            ..
        } = self;
        let frame_count = *frame_count;
        let stack_top = *stack_top;
        let frames = *frames;
        crate::heap::with_registers_spilled(|stack_pointer| {
            heap.collect(
                |marker: &mut Marker<'_>| {
                    for class in classes.iter().flatten() {
                        mark_obj(marker, class.obj());
                    }
                    for s in names.iter().chain(chars.iter()).flatten() {
                        mark_obj(marker, s.obj());
                    }
                    for dict in [interned, builtins, modules].into_iter().flatten() {
                        mark_obj(marker, dict.obj());
                    }
                    for obj in [
                        root_shape.map(|s| s.obj()),
                        empty_tuple.map(|t| t.obj()),
                        stack.map(|s| s.obj()),
                        frames.map(|f| f.obj()),
                    ]
                    .into_iter()
                    .flatten()
                    {
                        mark_obj(marker, obj);
                    }
                    for value in [
                        *exc,
                        *handled,
                        *memory_error,
                        *not_implemented,
                        *compile_roots,
                        *executors,
                        *executor_code,
                        tracing.code,
                    ]
                    .into_iter()
                    .chain(handles.iter().copied())
                    {
                        mark_value(marker, value);
                    }
                    for obj in repr_stack.iter().flatten() {
                        mark_obj(marker, *obj);
                    }
                    if let Some(stack) = stack {
                        let cells = stack.data_ptr().cast::<Value>();
                        for index in 0..stack_top {
                            // SAFETY: the value stack holds `len / 16` cells and the high-water
                            // mark never exceeds that; every cell below it holds a Value.
                            let value = unsafe { cells.add(index).read() };
                            // The extent covers each frame's whole evaluation stack, but only
                            // the running frame's interpreter knows its current top: the cells
                            // above it still hold values it popped, whose objects may have
                            // been freed since. Such a cell is never read again before it is
                            // written, so a pointer that no longer starts an object is skipped
                            // (`mark` would take it for a bug in debug builds).
                            if let Value::Obj(obj) = value {
                                marker.mark_if_live(obj.header_ptr());
                            }
                        }
                    }
                    if let Some(frames) = frames {
                        for frame in Frame::records(frames, frame_count) {
                            frame.trace(marker);
                        }
                    }
                    let start = stack_pointer.cast::<usize>();
                    let end = stack_base as *const usize;
                    if start < end {
                        // SAFETY: [stack pointer, stack base) is the live part of this
                        // thread's stack below the frame that recorded the base, which is
                        // still active (we are running inside it): readable memory.
                        unsafe { marker.scan_range(start, end) };
                    }
                },
                crate::object::trace,
            )
        });
    }
}

impl Frame {
    /// Marks what a frame record refers to.
    pub(crate) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.code.obj());
        mark_obj(marker, self.globals.obj());
        mark_value(marker, self.func);
        mark_value(marker, self.locals);
        mark_value(marker, self.generator);
    }
}
