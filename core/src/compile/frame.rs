//! Opening and finishing code objects: qualified names, the final slot order, the
//! `*_FAST` → `*_DEREF` patch for captured variables, and handing the draft to the sink.

use crate::bytecode::{ArgKind, Opcode, decode, encode};

use super::cursor::{Compiler, R};
use super::error::ErrorKind;
use super::scratch::{
    ConstSlot, Frame, Label, MAX_CODE_HANDLES, MAX_CONSTS, MAX_NAMES, MAX_SCOPE_DEPTH, MAX_SLOTS,
    MAX_STRING_BYTES, MAX_TUPLE_ITEMS_PER_CODE, NameRef, Scratch,
};
use super::{CodeDraft, CodeKind, CodeSink, Const, SinkError, SlotKind};

/// The text of a name, given the source and the scratch memory separately (so that the
/// sink can be borrowed mutably while a draft borrows them).
pub(crate) fn text_in<'x>(src: &'x str, s: &'x Scratch, name: NameRef) -> &'x str {
    match name {
        NameRef::Src(start, len) => src
            .get(start as usize..(start + len) as usize)
            .unwrap_or(""),
        NameRef::Pool(start, len) => s
            .strings
            .get(start as usize..(start + len) as usize)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or(""),
        NameRef::Static(fixed) => fixed.text(),
    }
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Opens a code object; its qualified name is derived from the enclosing one's.
    pub(crate) fn push_frame(&mut self, kind: CodeKind, name: NameRef, first_line: u32) -> R<()> {
        let level = self.s.frames_len as usize;
        if level >= MAX_SCOPE_DEPTH {
            return Err(self.limit(
                "too many nested scopes (functions, classes, lambdas and comprehensions; limit 20)",
            ));
        }
        let s = &*self.s;
        let frame = Frame {
            kind,
            name,
            qualname: name,
            first_line,
            code_start: s.code_len,
            line_start: s.lines_len,
            const_start: s.consts_len,
            name_start: s.names_len,
            sym_start: s.syms_len,
            exc_start: s.exc_len,
            handler_start: s.handlers_len,
            string_start: s.strings_len,
            item_start: s.items_len,
            block_start: s.blocks_len,
            handle_start: self.handles_len,
            hstack_start: s.hstack_len,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            flags: 0,
            nslots: 0,
            depth: 0,
            max_depth: 0,
            reachable: true,
            seg_start: 0,
            last_line: 0,
        };
        self.s.frames[level] = frame;
        self.s.frames_len += 1;
        if level > 0 {
            let parent = self.s.frames[level - 1];
            let qualname = match parent.kind {
                CodeKind::Module => name,
                CodeKind::Class => self.join_names(parent.qualname, ".", name)?,
                CodeKind::Function | CodeKind::Comprehension => {
                    self.join_names(parent.qualname, ".<locals>.", name)?
                }
            };
            self.s.frames[level].qualname = qualname;
        }
        Ok(())
    }

    /// Writes `a + sep + b` into the string pool.
    fn join_names(&mut self, a: NameRef, sep: &str, b: NameRef) -> R<NameRef> {
        let start = self.s.strings_len;
        self.append_name(a)?;
        self.append_str(sep)?;
        self.append_name(b)?;
        Ok(NameRef::Pool(start, self.s.strings_len - start))
    }

    /// Appends text to the string pool.
    pub(crate) fn append_str(&mut self, text: &str) -> R<()> {
        let at = self.s.strings_len as usize;
        let end = at + text.len();
        if end > MAX_STRING_BYTES {
            return Err(self.limit("too many string literal bytes (limit 98304)"));
        }
        self.s.strings[at..end].copy_from_slice(text.as_bytes());
        self.s.strings_len = end as u32;
        Ok(())
    }

    /// Appends a name's text to the string pool.
    pub(crate) fn append_name(&mut self, name: NameRef) -> R<()> {
        match name {
            NameRef::Src(start, len) => {
                let src: &'src str = self.src;
                let text = src
                    .get(start as usize..(start + len) as usize)
                    .unwrap_or("");
                self.append_str(text)
            }
            NameRef::Pool(start, len) => {
                let at = self.s.strings_len as usize;
                let end = at + len as usize;
                if end > MAX_STRING_BYTES {
                    return Err(self.limit("too many string literal bytes (limit 98304)"));
                }
                self.s
                    .strings
                    .copy_within(start as usize..(start + len) as usize, at);
                self.s.strings_len = end as u32;
                Ok(())
            }
            NameRef::Static(fixed) => self.append_str(fixed.text()),
        }
    }

    /// Finishes the innermost code object: hands it to the sink, closes it, and returns the
    /// index of its handle (for a `ConstSlot::Code` of the enclosing code object).
    #[inline(never)]
    pub(crate) fn finish_frame(&mut self) -> R<u32> {
        let top = self.top();
        let frame = self.s.frames[top];
        let nslots = frame.nslots as usize;

        // Final slot order: locals and cells first, free variables last.
        let mut order = [0u16; MAX_SLOTS];
        let mut next = 0u16;
        for pass_free in [false, true] {
            for (i, slot) in self.s.slots[top][..nslots].iter().enumerate() {
                if (slot.kind == SlotKind::Free) == pass_free {
                    order[i] = next;
                    next += 1;
                }
            }
        }
        self.patch_slots(top, &order);

        // Exception rows carry handler ids until now.
        for i in frame.exc_start..self.s.exc_len {
            let id = self.s.exc[i as usize].target;
            let pos = self.s.handlers[(frame.handler_start + id) as usize].pos;
            debug_assert!(pos != Label::NONE, "exception handler never placed");
            self.s.exc[i as usize].target = if pos == Label::NONE { 0 } else { pos };
        }

        let src: &'src str = self.src;
        let s: &Scratch = self.s;
        let mut names = [""; MAX_NAMES];
        let nnames = (s.names_len - frame.name_start) as usize;
        for (i, name) in s.names[frame.name_start as usize..s.names_len as usize]
            .iter()
            .enumerate()
        {
            names[i] = text_in(src, s, *name);
        }
        let mut slot_names = [""; MAX_SLOTS];
        let mut slot_kinds = [SlotKind::Local; MAX_SLOTS];
        for (i, slot) in s.slots[top][..nslots].iter().enumerate() {
            let at = order[i] as usize;
            slot_names[at] = text_in(src, s, slot.name);
            slot_kinds[at] = slot.kind;
        }
        let mut items = [""; MAX_TUPLE_ITEMS_PER_CODE];
        for (i, item) in s.items[frame.item_start as usize..s.items_len as usize]
            .iter()
            .enumerate()
        {
            items[i] = text_in(src, s, *item);
        }
        let mut consts = [Const::None; MAX_CONSTS];
        let nconsts = (s.consts_len - frame.const_start) as usize;
        let items = &items;
        for (i, c) in s.consts[frame.const_start as usize..s.consts_len as usize]
            .iter()
            .enumerate()
        {
            consts[i] = match *c {
                ConstSlot::None => Const::None,
                ConstSlot::Bool(b) => Const::Bool(b),
                ConstSlot::Ellipsis => Const::Ellipsis,
                ConstSlot::Int(v) => Const::Int(v),
                ConstSlot::Float(bits) => Const::Float(f64::from_bits(bits)),
                ConstSlot::Str(name) => Const::Str(text_in(src, s, name)),
                ConstSlot::StrTuple(start, len) => {
                    let from = (start - frame.item_start) as usize;
                    Const::StrTuple(&items[from..from + len as usize])
                }
                ConstSlot::Code(handle) => match self.handles[handle as usize] {
                    Some(h) => Const::Code(h),
                    None => Const::None,
                },
            };
        }
        let draft = CodeDraft {
            kind: frame.kind,
            name: text_in(src, s, frame.name),
            qualname: text_in(src, s, frame.qualname),
            first_line: frame.first_line,
            arg_count: frame.arg_count,
            posonly_count: frame.posonly_count,
            kwonly_count: frame.kwonly_count,
            flags: frame.flags,
            slot_names: &slot_names[..nslots],
            slot_kinds: &slot_kinds[..nslots],
            names: &names[..nnames],
            consts: &consts[..nconsts],
            code: &s.code[frame.code_start as usize..s.code_len as usize],
            lines: &s.lines[frame.line_start as usize..s.lines_len as usize],
            exceptions: &s.exc[frame.exc_start as usize..s.exc_len as usize],
            stack_size: frame.max_depth,
        };
        let stored = self.sink.finish(&draft);
        let handle = match stored {
            Ok(handle) => handle,
            Err(SinkError::OutOfMemory) => {
                let line = self.line;
                return Err(self.error_span(
                    ErrorKind::MemoryError,
                    line,
                    0,
                    0,
                    format_args!("out of memory while storing a code object"),
                ));
            }
        };
        self.pop_frame();
        let index = self.handles_len;
        if index as usize >= MAX_CODE_HANDLES {
            return Err(
                self.limit("too many functions and classes in one code object (limit 1024)")
            );
        }
        self.handles[index as usize] = Some(handle);
        self.handles_len = index + 1;
        Ok(index)
    }

    /// Finishes the module code object and returns its handle.
    pub(crate) fn finish_module(&mut self) -> R<S::CodeRef> {
        let index = self.finish_frame()?;
        match self.handles[index as usize] {
            Some(handle) => Ok(handle),
            None => Err(self.limit("internal error: module code object lost")),
        }
    }

    /// Closes the innermost code object, releasing its pool regions.
    fn pop_frame(&mut self) {
        let top = self.top();
        let frame = self.s.frames[top];
        let s = &mut *self.s;
        s.code_len = frame.code_start;
        s.lines_len = frame.line_start;
        s.consts_len = frame.const_start;
        s.names_len = frame.name_start;
        s.syms_len = frame.sym_start;
        s.exc_len = frame.exc_start;
        s.handlers_len = frame.handler_start;
        s.strings_len = frame.string_start;
        s.items_len = frame.item_start;
        s.blocks_len = frame.block_start;
        s.hstack_len = frame.hstack_start;
        s.frames_len -= 1;
        self.handles_len = frame.handle_start;
    }

    /// Renumbers slot arguments to the final order and turns `*_FAST` on captured slots
    /// into `*_DEREF` (same width, so no jump moves).
    fn patch_slots(&mut self, top: usize, order: &[u16; MAX_SLOTS]) {
        let frame = self.s.frames[top];
        let mut at = frame.code_start;
        while at < self.s.code_len {
            let (byte, arg) = decode(self.s.code[at as usize]);
            let Some(op) = Opcode::from_u8(byte) else {
                break;
            };
            if op.arg_kind() == ArgKind::Local && (arg as usize) < frame.nslots as usize {
                let kind = self.s.slots[top][arg as usize].kind;
                let op = match (op, kind) {
                    (Opcode::LOAD_FAST, SlotKind::Cell) => Opcode::LOAD_DEREF,
                    (Opcode::STORE_FAST, SlotKind::Cell) => Opcode::STORE_DEREF,
                    (Opcode::DELETE_FAST, SlotKind::Cell) => Opcode::DELETE_DEREF,
                    _ => op,
                };
                self.s.code[at as usize] = encode(op, u32::from(order[arg as usize]));
            }
            at += op.size();
        }
    }
}
