//! Scopes: which instruction reads, writes or deletes a name.
//!
//! A function's body is compiled twice. The *pre-pass* runs the ordinary statement compiler
//! with emission off ([`Compiler::quiet`]) and [`Compiler::dry`] on: every store, delete,
//! import, `def`/`class`, loop/`with`/`except` target and walrus of the scope records its
//! name as bound, reads record the name as used, and `global`/`nonlocal` statements record
//! declarations (checking CPython's ordering errors). Nested `def`/`class` bodies are skipped
//! token by token; lambdas and comprehensions met inline bind nothing here (except a walrus
//! inside a comprehension, which binds in the enclosing function, as in Python). Because the
//! pre-pass is the real parser, every binding form is found exactly as Python's symbol table
//! finds it. Then every bound name gets a local slot and the body is compiled for real.
//!
//! Resolution of a name in the innermost scope (`resolve`):
//! - module: globals (`*_GLOBAL`);
//! - class body: declared global → `*_GLOBAL`; declared nonlocal → `*_DEREF`; bound in the
//!   class → `*_NAME`; else a variable of an enclosing function → `LOAD_DEREF`, else
//!   `LOAD_NAME`;
//! - function, lambda, comprehension: declared global → `*_GLOBAL`; a slot → `*_FAST` (or
//!   `*_DEREF` for a free variable); else a variable of an enclosing function (class bodies
//!   are invisible) becomes a free variable here and in every scope in between, and the
//!   owner's slot becomes a cell; else `*_GLOBAL`.
//!
//! A slot that becomes a cell after code using it was emitted is fixed when its code object
//! is finished: its `*_FAST` instructions turn into `*_DEREF` (same width).

use core::fmt::Write;

use crate::bytecode::Opcode;

use super::cursor::{Compiler, R};
use super::lexer::Token;
use super::scratch::{Fixed, MAX_SLOTS, NameRef, SYM_POOL, Slot, Sym, sym};
use super::{CodeKind, CodeSink, SlotKind};

/// How a name is accessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
    /// A plain local slot.
    Fast(u32),
    /// A cell in a slot (captured local or free variable).
    Deref(u32),
    /// A module global.
    Global,
    /// The class namespace (class bodies).
    Name,
}

/// What is done with a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    /// Read it.
    Load,
    /// Assign it.
    Store,
    /// Delete it.
    Del,
    /// Assign it with `:=` (binds in the enclosing function when inside a comprehension).
    Walrus,
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    // ---- Symbols (pre-pass) -------------------------------------------------------------

    /// Range of a scope's symbols in the pool.
    fn sym_range(&self, level: usize) -> (usize, usize) {
        let start = self.s.frames[level].sym_start as usize;
        let end = if level + 1 < self.s.frames_len as usize {
            self.s.frames[level + 1].sym_start as usize
        } else {
            self.s.syms_len as usize
        };
        (start, end)
    }

    /// Index of a name's symbol in a scope.
    fn find_sym(&self, level: usize, name: NameRef) -> Option<usize> {
        let (start, end) = self.sym_range(level);
        (start..end).find(|&i| self.same_name(self.s.syms[i].name, name))
    }

    /// Flags of a name in a scope (0 when never seen).
    pub(crate) fn sym_flags(&self, level: usize, name: NameRef) -> u8 {
        self.find_sym(level, name)
            .map_or(0, |i| self.s.syms[i].flags)
    }

    /// Adds flags to a name's symbol in the innermost scope.
    pub(crate) fn add_sym(&mut self, name: NameRef, flags: u8) -> R<()> {
        let top = self.top();
        if let Some(i) = self.find_sym(top, name) {
            self.s.syms[i].flags |= flags;
            return Ok(());
        }
        let len = self.s.syms_len as usize;
        if len >= SYM_POOL {
            return Err(self.limit("too many names in the open scopes (limit 2048)"));
        }
        self.s.syms[len] = Sym { name, flags };
        self.s.syms_len += 1;
        Ok(())
    }

    /// Whether pre-pass records go to the innermost scope right now.
    fn recording(&self) -> bool {
        self.dry && self.discard == 0 && self.nest_lambda == 0
    }

    /// Handles `global`/`nonlocal` for one name (`tok`): records the declaration in a
    /// pre-pass, checking CPython's errors.
    pub(crate) fn declare(&mut self, tok: Token, global: bool) -> R<()> {
        let name = self.name_ref(tok);
        let top = self.top();
        let kind = self.s.frames[top].kind;
        if !global && kind == CodeKind::Module {
            let stmt = self.stmt_tok;
            return Err(self.error_at_token(
                stmt,
                format_args!("nonlocal declaration not allowed at module level"),
            ));
        }
        if !self.recording() {
            return Ok(());
        }
        let flags = self.sym_flags(top, name);
        let what = if global { "global" } else { "nonlocal" };
        let text = self.text(tok);
        let stmt = self.stmt_tok;
        let mut msg = super::error::Message::new();
        if flags & sym::PARAM != 0 {
            let _ = write!(msg, "name '{text}' is parameter and {what}");
        } else if flags & (if global { sym::NONLOCAL } else { sym::GLOBAL }) != 0 {
            let _ = write!(msg, "name '{text}' is nonlocal and global");
        } else if flags & sym::ANNOTATED != 0 {
            let _ = write!(msg, "annotated name '{text}' can't be {what}");
        } else if flags & sym::BOUND != 0 {
            let _ = write!(
                msg,
                "name '{text}' is assigned to before {what} declaration"
            );
        } else if flags & sym::USED != 0 {
            let _ = write!(msg, "name '{text}' is used prior to {what} declaration");
        }
        if !msg.as_str().is_empty() {
            return Err(self.error_at_token(stmt, format_args!("{}", msg.as_str())));
        }
        self.add_sym(name, if global { sym::GLOBAL } else { sym::NONLOCAL })?;
        if !global && self.capture(top, name)?.is_none() {
            return Err(
                self.error_at_token(stmt, format_args!("no binding for nonlocal '{text}' found"))
            );
        }
        Ok(())
    }

    /// Records an annotated simple target (`x: int`) in a pre-pass.
    pub(crate) fn note_annotated(&mut self, tok: Token) -> R<()> {
        if !self.recording() || self.nest_comp > 0 {
            return Ok(());
        }
        let name = self.name_ref(tok);
        let flags = self.sym_flags(self.top(), name);
        if flags & (sym::GLOBAL | sym::NONLOCAL) != 0 {
            let what = if flags & sym::GLOBAL != 0 {
                "global"
            } else {
                "nonlocal"
            };
            let text = self.text(tok);
            return Err(
                self.error_at_token(tok, format_args!("annotated name '{text}' can't be {what}"))
            );
        }
        self.add_sym(name, sym::ANNOTATED | sym::BOUND)
    }

    // ---- Slots ----------------------------------------------------------------------------

    /// Slot index of a name in a scope.
    pub(crate) fn find_slot(&self, level: usize, name: NameRef) -> Option<u32> {
        let n = self.s.frames[level].nslots as usize;
        (0..n)
            .find(|&i| self.same_name(self.s.slots[level][i].name, name))
            .map(|i| i as u32)
    }

    /// Adds a slot to a scope.
    pub(crate) fn add_slot(&mut self, level: usize, name: NameRef, kind: SlotKind) -> R<u32> {
        let n = self.s.frames[level].nslots as usize;
        if n >= MAX_SLOTS {
            return Err(self.limit("too many local variables in function (limit 256)"));
        }
        self.s.slots[level][n] = Slot { name, kind };
        self.s.frames[level].nslots += 1;
        Ok(n as u32)
    }

    /// After the pre-pass: gives every name bound in the innermost scope a local slot.
    pub(crate) fn assign_local_slots(&mut self) -> R<()> {
        let top = self.top();
        let (start, end) = self.sym_range(top);
        for i in start..end {
            let sym = self.s.syms[i];
            if sym.flags & sym::BOUND != 0
                && sym.flags & (sym::GLOBAL | sym::NONLOCAL) == 0
                && self.find_slot(top, sym.name).is_none()
            {
                self.add_slot(top, sym.name, SlotKind::Local)?;
            }
        }
        Ok(())
    }

    /// Finds `name` in a function enclosing scope `level` and makes it a free variable of
    /// `level` (and of every scope in between); returns its slot in `level`, or `None` when
    /// no enclosing function binds it.
    pub(crate) fn capture(&mut self, level: usize, name: NameRef) -> R<Option<u32>> {
        let mut owner = None;
        for j in (0..level).rev() {
            match self.s.frames[j].kind {
                CodeKind::Class => continue,
                CodeKind::Module => break,
                CodeKind::Function | CodeKind::Comprehension => {
                    if self.sym_flags(j, name) & sym::GLOBAL != 0 {
                        break;
                    }
                    if let Some(slot) = self.find_slot(j, name) {
                        owner = Some((j, slot));
                        break;
                    }
                }
            }
        }
        let Some((j, slot)) = owner else {
            return Ok(None);
        };
        self.thread_free(j, slot, level, name).map(Some)
    }

    /// Makes slot `slot` of scope `owner` a cell (unless free already) and adds free
    /// variables for it down to `level`.
    fn thread_free(&mut self, owner: usize, slot: u32, level: usize, name: NameRef) -> R<u32> {
        let owned = &mut self.s.slots[owner][slot as usize];
        if owned.kind == SlotKind::Local {
            owned.kind = SlotKind::Cell;
        }
        let mut last = slot;
        for k in owner + 1..=level {
            last = match self.find_slot(k, name) {
                Some(existing) => existing,
                None => self.add_slot(k, name, SlotKind::Free)?,
            };
        }
        Ok(last)
    }

    /// Makes the nearest enclosing class's `__class__` cell reachable from scope `level`
    /// (for `super()` and `__class__` in methods); returns the slot in `level`.
    pub(crate) fn capture_class_cell(&mut self, level: usize) -> R<Option<u32>> {
        let name = NameRef::Static(Fixed::DunderClass);
        let mut class = None;
        for j in (0..level).rev() {
            match self.s.frames[j].kind {
                CodeKind::Class => {
                    class = Some(j);
                    break;
                }
                CodeKind::Module => break,
                CodeKind::Function | CodeKind::Comprehension => {}
            }
        }
        let Some(j) = class else { return Ok(None) };
        let slot = match self.find_slot(j, name) {
            Some(slot) => slot,
            None => self.add_slot(j, name, SlotKind::Cell)?,
        };
        self.thread_free(j, slot, level, name).map(Some)
    }

    // ---- Resolution -------------------------------------------------------------------

    /// How the innermost scope accesses `name` for `ctx`.
    fn resolve(&mut self, name: NameRef, ctx: NameCtx, tok: Token) -> R<Access> {
        let top = self.top();
        let kind = self.s.frames[top].kind;
        let flags = self.sym_flags(top, name);
        if ctx == NameCtx::Walrus && kind == CodeKind::Comprehension {
            return self.resolve_walrus_in_comprehension(top, name, tok);
        }
        Ok(match kind {
            CodeKind::Module => Access::Global,
            CodeKind::Class => {
                if flags & sym::GLOBAL != 0 {
                    Access::Global
                } else if flags & sym::NONLOCAL != 0 {
                    match self.find_slot(top, name) {
                        Some(slot) => Access::Deref(slot),
                        None => Access::Name,
                    }
                } else if flags & sym::BOUND != 0 || ctx != NameCtx::Load {
                    Access::Name
                } else if let Some(slot) = self.capture(top, name)? {
                    Access::Deref(slot)
                } else {
                    Access::Name
                }
            }
            CodeKind::Function | CodeKind::Comprehension => {
                if flags & sym::GLOBAL != 0 {
                    Access::Global
                } else if let Some(slot) = self.find_slot(top, name) {
                    if self.s.slots[top][slot as usize].kind == SlotKind::Free {
                        Access::Deref(slot)
                    } else {
                        Access::Fast(slot)
                    }
                } else if ctx != NameCtx::Load {
                    // The pre-pass finds every binding; this keeps odd cases working.
                    debug_assert!(
                        false,
                        "binding missed by the pre-pass: {}",
                        self.name_text(name)
                    );
                    Access::Fast(self.add_slot(top, name, SlotKind::Local)?)
                } else if self.name_text(name) == "__class__" {
                    match self.capture_class_cell(top)? {
                        Some(slot) => Access::Deref(slot),
                        None => Access::Global,
                    }
                } else if let Some(slot) = self.capture(top, name)? {
                    Access::Deref(slot)
                } else {
                    Access::Global
                }
            }
        })
    }

    /// A walrus inside a comprehension assigns in the nearest enclosing non-comprehension
    /// scope.
    fn resolve_walrus_in_comprehension(
        &mut self,
        top: usize,
        name: NameRef,
        tok: Token,
    ) -> R<Access> {
        if self
            .find_slot(top, name)
            .is_some_and(|slot| self.s.slots[top][slot as usize].kind != SlotKind::Free)
        {
            let text = self.text(tok);
            return Err(self.error_at_token(
                tok,
                format_args!(
                    "assignment expression cannot rebind comprehension iteration variable '{text}'"
                ),
            ));
        }
        let mut j = top;
        while j > 0 && self.s.frames[j].kind == CodeKind::Comprehension {
            j -= 1;
        }
        match self.s.frames[j].kind {
            CodeKind::Module => Ok(Access::Global),
            CodeKind::Class => Err(self.error_at_token(
                tok,
                format_args!(
                    "assignment expression within a comprehension cannot be used in a class body"
                ),
            )),
            _ => {
                if self.sym_flags(j, name) & sym::GLOBAL != 0 {
                    return Ok(Access::Global);
                }
                let slot = match self.find_slot(j, name) {
                    Some(slot) => slot,
                    None => self.add_slot(j, name, SlotKind::Local)?,
                };
                Ok(Access::Deref(self.thread_free(j, slot, top, name)?))
            }
        }
    }

    /// Emits the load, store or delete of a name (or, in a pre-pass, records it).
    pub(crate) fn name_op(&mut self, tok: Token, ctx: NameCtx) -> R<()> {
        let name = self.name_ref(tok);
        self.name_op_ref(name, ctx, tok)
    }

    /// [`Compiler::name_op`] for a name that is not a token's text.
    pub(crate) fn name_op_ref(&mut self, name: NameRef, ctx: NameCtx, tok: Token) -> R<()> {
        if self.quiet > 0 {
            if self.recording() {
                let top = self.top();
                match ctx {
                    NameCtx::Load if self.nest_comp == 0 => self.add_sym(name, sym::USED)?,
                    NameCtx::Store | NameCtx::Del if self.nest_comp == 0 => {
                        self.add_sym(name, sym::BOUND)?
                    }
                    NameCtx::Walrus if self.s.frames[top].kind != CodeKind::Comprehension => {
                        self.add_sym(name, sym::BOUND)?
                    }
                    _ => {}
                }
            }
            return Ok(());
        }
        let top = self.top();
        if ctx == NameCtx::Load
            && self.s.frames[top].kind != CodeKind::Class
            && self.s.frames[top].kind != CodeKind::Module
            && self.name_text(name) == "super"
        {
            self.capture_class_cell(top)?;
        }
        let access = self.resolve(name, ctx, tok)?;
        let (fast, deref, global, named) = match ctx {
            NameCtx::Load => (
                Opcode::LOAD_FAST,
                Opcode::LOAD_DEREF,
                Opcode::LOAD_GLOBAL,
                Opcode::LOAD_NAME,
            ),
            NameCtx::Store | NameCtx::Walrus => (
                Opcode::STORE_FAST,
                Opcode::STORE_DEREF,
                Opcode::STORE_GLOBAL,
                Opcode::STORE_NAME,
            ),
            NameCtx::Del => (
                Opcode::DELETE_FAST,
                Opcode::DELETE_DEREF,
                Opcode::DELETE_GLOBAL,
                Opcode::DELETE_NAME,
            ),
        };
        match access {
            Access::Fast(slot) => self.emit(fast, slot),
            Access::Deref(slot) => self.emit(deref, slot),
            Access::Global => self.emit_name(global, name),
            Access::Name => self.emit_name(named, name),
        }
    }
}
