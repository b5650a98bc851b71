//! Emitting instructions into the innermost open code object: code units, the line table,
//! stack-depth tracking, jump labels, constants, names and the exception table.
//!
//! Depth tracking follows the straight-line order of emission: every instruction applies its
//! [`Opcode::stack_effect`]; a jump records the depth at its target in the [`Label`]; binding
//! a label takes that depth back (code after an unconditional jump is only reached through
//! labels). Nothing is emitted while [`Compiler::quiet`] is set.
//!
//! Exception-table rows are produced as flat, non-overlapping segments: whenever the innermost
//! active handler changes (a `try` body starts or ends), the code emitted since the previous
//! change becomes a row for the handler that was innermost over it.

use crate::bytecode::{MAX_ARG, Opcode, decode, encode, flags};

use super::cursor::{Compiler, R};
use super::scratch::{
    CONST_POOL, ConstSlot, Handler, Label, MAX_CODE_UNITS, MAX_CONSTS, MAX_EXCEPTION_ROWS,
    MAX_HANDLERS, MAX_LINE_ROWS, MAX_NAMES, MAX_TUPLE_ITEMS, MAX_TUPLE_ITEMS_PER_CODE, NAME_POOL,
    NameRef,
};
use super::{CodeSink, ExceptionEntry, LineEntry};

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Index of the innermost open code object.
    pub(crate) fn top(&self) -> usize {
        self.s.frames_len as usize - 1
    }

    /// Current code position (absolute, in the code pool).
    pub(crate) fn here(&self) -> u32 {
        self.s.code_len
    }

    /// Emits one instruction.
    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        self.put(op, arg)?;
        let (pops, pushes) = op.stack_effect(arg);
        self.apply_depth(pops, pushes);
        if op.has(flags::TERMINATOR) || matches!(op, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD) {
            self.s.frames[self.top()].reachable = false;
        }
        Ok(())
    }

    /// Writes an instruction and its cache units; returns its position.
    fn put(&mut self, op: Opcode, arg: u32) -> R<u32> {
        debug_assert!(arg <= MAX_ARG);
        let at = self.s.code_len;
        let size = op.size();
        if at as usize + size as usize > MAX_CODE_UNITS {
            return Err(self.limit(
                "function too large (code objects being compiled exceed 65536 code units)",
            ));
        }
        self.mark_line(at)?;
        self.s.code[at as usize] = encode(op, arg.min(MAX_ARG));
        for unit in 1..size {
            self.s.code[(at + unit) as usize] = 0;
        }
        self.s.code_len = at + size;
        let frame = &self.s.frames[self.top()];
        if frame.reachable && self.s.hstack_len > frame.hstack_start {
            let id = u32::from(self.s.hstack[self.s.hstack_len as usize - 1]);
            self.s.handlers[(frame.handler_start + id) as usize].live = true;
        }
        Ok(at)
    }

    /// Starts a line-table row at `at` when the current line differs from the last row's.
    fn mark_line(&mut self, at: u32) -> R<()> {
        let top = self.top();
        let frame = self.s.frames[top];
        let rel = at - frame.code_start;
        let line = self.line;
        let rows = self.s.lines_len;
        if rows > frame.line_start {
            let last = &mut self.s.lines[rows as usize - 1];
            if last.line == line {
                return Ok(());
            }
            if last.start == rel {
                last.line = line;
                self.s.frames[top].last_line = line;
                return Ok(());
            }
        }
        if rows as usize >= MAX_LINE_ROWS {
            return Err(self.limit("function too large (too many line-table rows)"));
        }
        self.s.lines[rows as usize] = LineEntry { start: rel, line };
        self.s.lines_len = rows + 1;
        self.s.frames[top].last_line = line;
        Ok(())
    }

    /// Applies a stack effect to the tracked depth.
    fn apply_depth(&mut self, pops: u32, pushes: u32) {
        let top = self.top();
        let frame = &mut self.s.frames[top];
        debug_assert!(
            frame.depth >= pops || !frame.reachable,
            "stack underflow in emitted code"
        );
        frame.depth = frame.depth.saturating_sub(pops) + pushes;
        if frame.depth > frame.max_depth {
            frame.max_depth = frame.depth;
        }
    }

    /// Current tracked stack depth.
    pub(crate) fn depth(&self) -> u32 {
        self.s.frames[self.top()].depth
    }

    /// Overrides the tracked depth (after code paths that the emitter cannot follow).
    pub(crate) fn set_depth(&mut self, depth: u32) {
        if self.quiet > 0 {
            return;
        }
        let top = self.top();
        let frame = &mut self.s.frames[top];
        frame.depth = depth;
        if depth > frame.max_depth {
            frame.max_depth = depth;
        }
    }

    /// Whether the next instruction can be reached by falling through.
    pub(crate) fn reachable(&self) -> bool {
        self.s.frames[self.top()].reachable
    }

    /// Marks the code that follows as reachable or not (after code paths that end a block).
    pub(crate) fn set_reachable(&mut self, reachable: bool) {
        if self.quiet > 0 {
            return;
        }
        let top = self.top();
        self.s.frames[top].reachable = reachable;
    }

    // ---- Jumps ----------------------------------------------------------------------

    /// Emits a forward jump to `label` (linked into its chain until the label is bound).
    pub(crate) fn jump(&mut self, op: Opcode, label: &mut Label) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        debug_assert!(op.has(flags::JUMP) && op != Opcode::JUMP_BACKWARD);
        let depth = self.depth();
        let (jpops, jpushes) = op.jump_stack_effect(0);
        let target_depth = depth.saturating_sub(jpops) + jpushes;
        if self.reachable() {
            if label.depth == Label::NONE {
                label.depth = target_depth;
            } else {
                debug_assert_eq!(
                    label.depth, target_depth,
                    "jumps to one label disagree on depth"
                );
            }
        }
        let link = if label.head == Label::NONE {
            0
        } else {
            label.head + 1
        };
        let at = self.put(op, link)?;
        label.head = at;
        let (pops, pushes) = op.stack_effect(0);
        self.apply_depth(pops, pushes);
        if op == Opcode::JUMP_FORWARD {
            self.s.frames[self.top()].reachable = false;
        }
        Ok(())
    }

    /// Places `label` here: patches every jump waiting for it.
    pub(crate) fn bind(&mut self, label: &mut Label) {
        if self.quiet > 0 {
            return;
        }
        let here = self.s.code_len;
        let mut at = label.head;
        while at != Label::NONE {
            let (byte, link) = decode(self.s.code[at as usize]);
            let Some(op) = Opcode::from_u8(byte) else {
                break;
            };
            let next = at + op.size();
            self.s.code[at as usize] = encode(op, here - next);
            at = if link == 0 { Label::NONE } else { link - 1 };
        }
        label.head = Label::NONE;
        let top = self.top();
        if label.depth != Label::NONE {
            let frame = &mut self.s.frames[top];
            debug_assert!(
                !frame.reachable || frame.depth == label.depth,
                "fall-through and jumps disagree on depth"
            );
            frame.depth = label.depth;
            frame.reachable = true;
        }
    }

    /// Moves every jump waiting for `from` over to `to` (same sense, same target depth).
    pub(crate) fn merge_label(&mut self, from: &mut Label, to: &mut Label) {
        if self.quiet > 0 || from.head == Label::NONE {
            return;
        }
        // Find the oldest jump of `from` (its link is 0) and chain `to`'s jumps after it.
        let mut at = from.head;
        loop {
            let (byte, link) = decode(self.s.code[at as usize]);
            if link == 0 {
                let rest = if to.head == Label::NONE {
                    0
                } else {
                    to.head + 1
                };
                self.s.code[at as usize] =
                    encode(Opcode::from_u8(byte).unwrap_or(Opcode::NOP), rest);
                break;
            }
            at = link - 1;
        }
        to.head = from.head;
        if to.depth == Label::NONE {
            to.depth = from.depth;
        }
        from.head = Label::NONE;
        from.depth = Label::NONE;
    }

    /// Moves the most recent jump waiting for `from` (which must be the last instruction
    /// emitted) over to `to`, with the opposite sense (`POP_JUMP_IF_TRUE` ↔
    /// `POP_JUMP_IF_FALSE`). Returns false when the last instruction is not such a jump.
    ///
    /// Used by conditions: the last operand of `and`/`or` jumps to the final target with the
    /// opposite sense instead of to the short-circuit label.
    pub(crate) fn retarget_last(&mut self, from: &mut Label, to: &mut Label) -> bool {
        if self.quiet > 0 || from.head == Label::NONE {
            return false;
        }
        let at = from.head;
        let (byte, link) = decode(self.s.code[at as usize]);
        let op = match Opcode::from_u8(byte) {
            Some(Opcode::POP_JUMP_IF_FALSE) => Opcode::POP_JUMP_IF_TRUE,
            Some(Opcode::POP_JUMP_IF_TRUE) => Opcode::POP_JUMP_IF_FALSE,
            _ => return false,
        };
        if at + op.size() != self.s.code_len {
            return false;
        }
        from.head = if link == 0 { Label::NONE } else { link - 1 };
        if from.head == Label::NONE {
            from.depth = Label::NONE;
        }
        let new_link = if to.head == Label::NONE {
            0
        } else {
            to.head + 1
        };
        self.s.code[at as usize] = encode(op, new_link);
        to.head = at;
        if to.depth == Label::NONE && self.reachable() {
            to.depth = self.depth();
        }
        true
    }

    /// Emits a backward jump to `target` (an absolute code position).
    pub(crate) fn jump_back(&mut self, target: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let at = self.here();
        let next = at + Opcode::JUMP_BACKWARD.size();
        self.emit(Opcode::JUMP_BACKWARD, next - target)
    }

    /// Moves the code emitted since `mid` in front of the code from `start` to `mid`.
    ///
    /// `start..mid` and `mid..here` must each be complete (no label waiting inside them) and
    /// free of exception-table rows; the line table is rotated with them. This is how
    /// `x if c else y` evaluates `c` first although it is read second.
    pub(crate) fn rotate(&mut self, start: u32, mid: u32) -> R<()> {
        if self.quiet > 0 || start == mid || mid == self.s.code_len {
            return Ok(());
        }
        let end = self.s.code_len;
        self.s.code[start as usize..end as usize].rotate_left((mid - start) as usize);
        let top = self.top();
        let frame = self.s.frames[top];
        let base = frame.code_start;
        let a = self.split_row(start - base)?;
        let b = self.split_row(mid - base)?;
        let n = self.s.lines_len as usize;
        let moved_back = n - b;
        self.s.lines[a..n].rotate_left(b - a);
        for (i, row) in self.s.lines[a..n].iter_mut().enumerate() {
            if i < moved_back {
                row.start -= mid - start;
            } else {
                row.start += end - mid;
            }
        }
        let last = self.s.lines[n - 1].line;
        self.s.frames[top].last_line = last;
        Ok(())
    }

    /// Makes sure a line-table row starts at relative offset `rel`; returns its index.
    fn split_row(&mut self, rel: u32) -> R<usize> {
        let top = self.top();
        let first = self.s.frames[top].line_start as usize;
        let n = self.s.lines_len as usize;
        let mut i = n;
        while i > first && self.s.lines[i - 1].start > rel {
            i -= 1;
        }
        if i > first && self.s.lines[i - 1].start == rel {
            return Ok(i - 1);
        }
        if n >= MAX_LINE_ROWS {
            return Err(self.limit("function too large (too many line-table rows)"));
        }
        let line = if i > first {
            self.s.lines[i - 1].line
        } else {
            self.line
        };
        self.s.lines.copy_within(i..n, i + 1);
        self.s.lines[i] = LineEntry { start: rel, line };
        self.s.lines_len += 1;
        Ok(i)
    }

    // ---- Constants and names --------------------------------------------------------

    /// The text a [`NameRef`] stands for.
    pub(crate) fn name_text(&self, name: NameRef) -> &str {
        match name {
            NameRef::Src(start, len) => self
                .src
                .get(start as usize..(start + len) as usize)
                .unwrap_or(""),
            NameRef::Pool(start, len) => self
                .s
                .strings
                .get(start as usize..(start + len) as usize)
                .and_then(|b| core::str::from_utf8(b).ok())
                .unwrap_or(""),
            NameRef::Static(fixed) => fixed.text(),
        }
    }

    /// Whether two names have the same text.
    pub(crate) fn same_name(&self, a: NameRef, b: NameRef) -> bool {
        a == b || self.name_text(a) == self.name_text(b)
    }

    /// Whether two constants are the same value of the same type.
    fn same_const(&self, a: ConstSlot, b: ConstSlot) -> bool {
        match (a, b) {
            (ConstSlot::Str(x), ConstSlot::Str(y)) => self.same_name(x, y),
            (ConstSlot::StrTuple(s1, l1), ConstSlot::StrTuple(s2, l2)) => {
                l1 == l2
                    && (0..l1).all(|i| {
                        self.same_name(
                            self.s.items[(s1 + i) as usize],
                            self.s.items[(s2 + i) as usize],
                        )
                    })
            }
            (ConstSlot::Code(_), _) | (_, ConstSlot::Code(_)) => false,
            _ => a == b,
        }
    }

    /// Index of a constant in the innermost code object, adding it if new.
    pub(crate) fn add_const(&mut self, c: ConstSlot) -> R<u32> {
        if self.quiet > 0 {
            return Ok(0);
        }
        let start = self.s.frames[self.top()].const_start;
        let len = self.s.consts_len;
        for i in start..len {
            if self.same_const(self.s.consts[i as usize], c) {
                return Ok(i - start);
            }
        }
        if (len - start) as usize >= MAX_CONSTS || len as usize >= CONST_POOL {
            return Err(self.limit("too many constants in one code object (limit 1024)"));
        }
        self.s.consts[len as usize] = c;
        self.s.consts_len = len + 1;
        Ok(len - start)
    }

    /// Emits `LOAD_CONST` of a constant.
    pub(crate) fn load_const(&mut self, c: ConstSlot) -> R<()> {
        let index = self.add_const(c)?;
        self.emit(Opcode::LOAD_CONST, index)
    }

    /// Index of a name in the innermost code object's names, adding it if new.
    pub(crate) fn add_name(&mut self, name: NameRef) -> R<u32> {
        if self.quiet > 0 {
            return Ok(0);
        }
        let start = self.s.frames[self.top()].name_start;
        let len = self.s.names_len;
        for i in start..len {
            if self.same_name(self.s.names[i as usize], name) {
                return Ok(i - start);
            }
        }
        if (len - start) as usize >= MAX_NAMES || len as usize >= NAME_POOL {
            return Err(self.limit("too many names in one code object (limit 1024)"));
        }
        self.s.names[len as usize] = name;
        self.s.names_len = len + 1;
        Ok(len - start)
    }

    /// Emits an instruction whose argument is a name index.
    pub(crate) fn emit_name(&mut self, op: Opcode, name: NameRef) -> R<()> {
        let index = self.add_name(name)?;
        self.emit(op, index)
    }

    /// Starts a string-tuple constant; push items with [`Compiler::push_item`].
    pub(crate) fn items_mark(&self) -> u32 {
        self.s.items_len
    }

    /// Adds a string to the string-tuple constant being built.
    pub(crate) fn push_item(&mut self, name: NameRef) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let len = self.s.items_len;
        let start = self.s.frames[self.top()].item_start;
        if len as usize >= MAX_TUPLE_ITEMS || (len - start) as usize >= MAX_TUPLE_ITEMS_PER_CODE {
            return Err(self.limit("too many keyword or import names in one code object"));
        }
        self.s.items[len as usize] = name;
        self.s.items_len = len + 1;
        Ok(())
    }

    /// Finishes a string-tuple constant started at `mark` and emits `LOAD_CONST` of it.
    pub(crate) fn load_items(&mut self, mark: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let c = ConstSlot::StrTuple(mark, self.s.items_len - mark);
        let before = self.s.consts_len;
        let index = self.add_const(c)?;
        if self.s.consts_len == before {
            // An equal tuple already exists: drop the new items.
            self.s.items_len = mark;
        }
        self.emit(Opcode::LOAD_CONST, index)
    }

    // ---- Exception handlers -----------------------------------------------------------

    /// A new handler that unwinds to `depth` (and pushes the raising offset when `lasti`).
    pub(crate) fn new_handler(&mut self, depth: u32, lasti: bool) -> R<u32> {
        if self.quiet > 0 {
            return Ok(0);
        }
        let len = self.s.handlers_len;
        if len as usize >= MAX_HANDLERS {
            return Err(self.limit("too many exception handlers"));
        }
        self.s.handlers[len as usize] = Handler {
            pos: Label::NONE,
            depth,
            lasti,
            live: false,
        };
        self.s.handlers_len = len + 1;
        Ok(len - self.s.frames[self.top()].handler_start)
    }

    /// Makes `handler` the innermost active handler.
    pub(crate) fn push_handler(&mut self, handler: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        self.close_segment()?;
        let len = self.s.hstack_len;
        if len as usize >= MAX_HANDLERS {
            return Err(self.limit("too many nested exception handlers"));
        }
        self.s.hstack[len as usize] = handler as u16;
        self.s.hstack_len = len + 1;
        Ok(())
    }

    /// Deactivates the innermost handler.
    pub(crate) fn pop_handler(&mut self) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        self.close_segment()?;
        let start = self.s.frames[self.top()].hstack_start;
        if self.s.hstack_len > start {
            self.s.hstack_len -= 1;
        }
        Ok(())
    }

    /// Places `handler` here; the code that follows runs with the unwound stack plus the
    /// offset (when `lasti`) and the exception. It is reachable only if some reachable
    /// instruction was protected by the handler.
    pub(crate) fn place_handler(&mut self, handler: u32) {
        if self.quiet > 0 {
            return;
        }
        let top = self.top();
        let frame = self.s.frames[top];
        let index = (frame.handler_start + handler) as usize;
        self.s.handlers[index].pos = self.s.code_len - frame.code_start;
        let h = self.s.handlers[index];
        let depth = h.depth + u32::from(h.lasti) + 1;
        let frame = &mut self.s.frames[top];
        frame.depth = depth;
        frame.max_depth = frame.max_depth.max(depth);
        // A handler over dead code is dead code.
        frame.reachable = h.live;
    }

    /// Ends the current exception-table segment here (a row for the innermost handler).
    fn close_segment(&mut self) -> R<()> {
        let top = self.top();
        let frame = self.s.frames[top];
        let here = self.s.code_len - frame.code_start;
        let start = frame.seg_start;
        self.s.frames[top].seg_start = here;
        if here == start || self.s.hstack_len <= frame.hstack_start {
            return Ok(());
        }
        let handler = u32::from(self.s.hstack[self.s.hstack_len as usize - 1]);
        let h = self.s.handlers[(frame.handler_start + handler) as usize];
        let rows = self.s.exc_len;
        if rows > frame.exc_start {
            let last = &mut self.s.exc[rows as usize - 1];
            if last.target == handler && last.end == start {
                last.end = here;
                return Ok(());
            }
        }
        if rows as usize >= MAX_EXCEPTION_ROWS {
            return Err(self.limit("too many exception-table rows"));
        }
        // `target` holds the handler id until the code object is finished.
        self.s.exc[rows as usize] = ExceptionEntry {
            start,
            end: here,
            target: handler,
            depth: h.depth,
            push_lasti: h.lasti,
        };
        self.s.exc_len = rows + 1;
        Ok(())
    }
}
