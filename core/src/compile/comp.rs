//! Comprehensions and generator expressions: nested code objects, as in CPython 3.11.
//!
//! ```text
//! [elt for x in it if c]     (enclosing)  [closure] LOAD_CONST <code> MAKE_FUNCTION flags
//!                                         PUSH_NULL <it> GET_ITER CALL 1
//! <listcomp> (one parameter .0, the iterator):
//!         BUILD_LIST 0
//!         LOAD_FAST .0
//!   top:  FOR_ITER end
//!         <store x>
//!         <c> POP_JUMP_IF_FALSE skip
//!         <elt> LIST_APPEND 2          (depth of the list below the element: for-clauses + 1)
//!   skip: JUMP_BACKWARD top
//!   end:  RETURN_VALUE
//! ```
//! Sets use `BUILD_SET`/`SET_ADD`, dicts `BUILD_MAP`/`<key> <value> MAP_ADD`. A generator
//! expression has the GENERATOR flag, no collection, `<elt> YIELD_VALUE POP_TOP` for the
//! element, and ends `LOAD_CONST None RETURN_VALUE`. Later `for` clauses evaluate their
//! iterable inside: `<it2> GET_ITER top2: FOR_ITER end2 <store y> ...`.
//!
//! The element is read first but runs innermost: the compiler remembers where it starts,
//! compiles the clauses, then goes back for it. The first iterable belongs to the enclosing
//! scope; it is compiled there once the code object is finished.

use crate::bytecode::Opcode;

use super::CodeSink;
use super::cursor::{Compiler, R};
use super::lexer::{Tok, Token};
use super::scratch::{ConstSlot, Fixed, Label, MAX_COMPREHENSION_FORS, NameRef};
use super::{CodeKind, SlotKind, code_flags};

/// Which comprehension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompKind {
    /// `[...]`.
    List,
    /// `{...}`.
    Set,
    /// `{k: v ...}`.
    Dict,
    /// `(...)`.
    Gen,
}

impl CompKind {
    /// The code object's name.
    fn name(self) -> Fixed {
        match self {
            CompKind::List => Fixed::ListComp,
            CompKind::Set => Fixed::SetComp,
            CompKind::Dict => Fixed::DictComp,
            CompKind::Gen => Fixed::GenExpr,
        }
    }

    /// Its name in messages.
    fn describe(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Gen => "generator expression",
        }
    }
}

/// One `for` clause being compiled.
#[derive(Debug, Clone, Copy)]
struct Loop {
    /// Its `FOR_ITER`.
    top: u32,
    /// Where `FOR_ITER` goes when the iterator is exhausted.
    exit: Label,
    /// Where failed `if` clauses go (the `JUMP_BACKWARD`).
    skip: Label,
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// A comprehension whose element starts at the current token (the opening bracket has
    /// been read); reads through `close`.
    pub(crate) fn comprehension(&mut self, kind: CompKind, close: Tok) -> R<()> {
        self.enter()?;
        let result = if self.quiet > 0 {
            self.comp_inline(kind, close)
        } else {
            self.comp_real(kind, close)
        };
        self.leave();
        result
    }

    /// In a pre-pass or classifying parse: reads the comprehension in order; its targets
    /// bind nothing in the scope being scanned.
    fn comp_inline(&mut self, kind: CompKind, close: Tok) -> R<()> {
        let saved = self.inline_comp_name;
        self.inline_comp_name = kind.describe();
        self.nest_comp += 1;
        let result = self.comp_inline_body(kind, close);
        self.nest_comp -= 1;
        self.inline_comp_name = saved;
        result
    }

    fn comp_inline_body(&mut self, kind: CompKind, close: Tok) -> R<()> {
        self.comp_element(kind)?;
        self.comp_clauses_quiet(close)?;
        self.expect(close)
    }

    /// The element (`key: value` for a dict).
    fn comp_element(&mut self, kind: CompKind) -> R<()> {
        if kind == CompKind::Dict {
            self.expr()?;
            self.expect(Tok::Colon)?;
            self.expr()?;
        } else {
            self.named_expr()?;
        }
        if !matches!(self.tok.kind, Tok::For | Tok::Async) {
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    /// The `for`/`if` clauses, read without emitting (up to, not including, `close`).
    fn comp_clauses_quiet(&mut self, close: Tok) -> R<()> {
        loop {
            self.reject_async()?;
            self.expect(Tok::For)?;
            self.for_targets()?;
            self.expect(Tok::In)?;
            self.or_test()?;
            while self.eat(Tok::If)? {
                self.or_test()?;
            }
            if !matches!(self.tok.kind, Tok::For | Tok::Async) {
                break;
            }
        }
        if !self.at(close) {
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    /// `async` comprehensions are not supported.
    fn reject_async(&mut self) -> R<()> {
        if self.at(Tok::Async) {
            let tok = self.tok;
            return Err(self.error_at_token(tok, format_args!("'async' is not supported")));
        }
        Ok(())
    }

    /// Compiles a comprehension as its own code object.
    #[inline(never)]
    fn comp_real(&mut self, kind: CompKind, close: Tok) -> R<()> {
        let open = self.prev;
        let element = self.save();
        self.skip_until(|tok| matches!(tok, Tok::For | Tok::Async))?;
        self.reject_async()?;
        if !self.at(Tok::For) {
            return Err(self.invalid_syntax());
        }
        self.comp_prepare(kind, open, close)?;

        self.set_line(open);
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0)?,
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0)?,
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0)?,
            CompKind::Gen => {}
        }
        self.emit(Opcode::LOAD_FAST, 0)?;
        let mut loops = [Loop {
            top: 0,
            exit: Label::new(),
            skip: Label::new(),
        }; MAX_COMPREHENSION_FORS];
        let for_tok = self.tok;
        self.advance()?;
        loops[0].top = self.here();
        self.set_line(for_tok);
        self.jump(Opcode::FOR_ITER, &mut loops[0].exit)?;
        self.for_targets()?;
        self.expect(Tok::In)?;
        let first_iterable = self.save();
        self.skip_until(|tok| matches!(tok, Tok::For | Tok::If | Tok::Async))?;
        let mut count = 1usize;
        loop {
            match self.tok.kind {
                Tok::If => {
                    self.advance()?;
                    let mut skip = loops[count - 1].skip;
                    self.cond_or(false, &mut skip)?;
                    loops[count - 1].skip = skip;
                }
                Tok::For => {
                    if count == MAX_COMPREHENSION_FORS {
                        return Err(
                            self.limit("too many 'for' clauses in one comprehension (limit 20)")
                        );
                    }
                    let mut lp = loops[count];
                    self.comp_clause(&mut lp)?;
                    loops[count] = lp;
                    count += 1;
                }
                Tok::Async => self.reject_async()?,
                _ => break,
            }
        }
        if !self.at(close) {
            return Err(self.invalid_syntax());
        }
        let after = self.save();
        self.restore(&element);
        let elt = self.tok;
        self.comp_element(kind)?;
        self.set_line(elt);
        let depth = count as u32 + 1;
        match kind {
            CompKind::List => self.emit(Opcode::LIST_APPEND, depth)?,
            CompKind::Set => self.emit(Opcode::SET_ADD, depth)?,
            CompKind::Dict => self.emit(Opcode::MAP_ADD, depth)?,
            CompKind::Gen => {
                self.emit(Opcode::YIELD_VALUE, 0)?;
                self.emit(Opcode::POP_TOP, 0)?;
            }
        }
        self.set_line(for_tok);
        for lp in loops[..count].iter_mut().rev() {
            self.bind(&mut lp.skip);
            self.jump_back(lp.top)?;
            self.bind(&mut lp.exit);
        }
        self.set_line(open);
        if kind == CompKind::Gen {
            self.load_const(ConstSlot::None)?;
        }
        self.emit(Opcode::RETURN_VALUE, 0)?;
        self.make_function(0, open)?;
        self.emit(Opcode::PUSH_NULL, 0)?;
        self.restore(&first_iterable);
        let start = self.here();
        let kind = self.or_test()?;
        self.constant_set_iterable(kind, start)?;
        self.set_line(open);
        self.emit(Opcode::GET_ITER, 0)?;
        self.emit(Opcode::CALL, 1)?;
        self.restore(&after);
        self.expect(close)
    }

    /// Opens the comprehension's code object (the reader is at its first `for`) and runs
    /// the pre-pass over its clauses.
    #[inline(never)]
    fn comp_prepare(&mut self, kind: CompKind, open: Token, close: Tok) -> R<()> {
        let clauses = self.save();
        self.push_frame(
            CodeKind::Comprehension,
            NameRef::Static(kind.name()),
            self.line_of(open),
        )?;
        let top = self.top();
        self.s.frames[top].arg_count = 1;
        if kind == CompKind::Gen {
            self.s.frames[top].flags |= code_flags::GENERATOR;
        }
        self.add_slot(top, NameRef::Static(Fixed::DotZero), SlotKind::Local)?;
        self.pre_pass(|c| c.comp_clauses_quiet(close))?;
        self.restore(&clauses);
        self.assign_local_slots()
    }

    /// A later `for` clause: its iterable, `GET_ITER`, `FOR_ITER`, then its target.
    #[inline(never)]
    fn comp_clause(&mut self, lp: &mut Loop) -> R<()> {
        let for_tok = self.tok;
        self.advance()?;
        let target = self.save();
        self.skip_until(|tok| tok == Tok::In)?;
        self.expect(Tok::In)?;
        let start = self.here();
        let kind = self.or_test()?;
        self.constant_set_iterable(kind, start)?;
        self.set_line(for_tok);
        self.emit(Opcode::GET_ITER, 0)?;
        lp.top = self.here();
        self.jump(Opcode::FOR_ITER, &mut lp.exit)?;
        let after = self.save();
        self.restore(&target);
        self.for_targets()?;
        self.restore(&after);
        Ok(())
    }
}
