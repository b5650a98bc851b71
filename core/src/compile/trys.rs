//! `try`, `with`, and the statements that leave blocks early (`return`, `break`,
//! `continue`), following CPython 3.11's `compile.c` shapes.
//!
//! # The shapes (the interpreter implements the other side from this)
//!
//! Exception-table rows say: an exception raised by an instruction in `start..end` unwinds
//! the value stack to `depth` items, pushes the raising instruction's offset when `lasti`,
//! pushes the exception, and jumps to the handler. `d` is the stack depth where the
//! statement starts. Code not listed under a row is covered by the enclosing rows only.
//!
//! ```text
//! try: B except E as n: H except: H2 else: L
//!         B                              row: B → except, depth d
//!         JUMP_FORWARD else
//! except: PUSH_EXC_INFO                  [.. prev exc]           row → cleanup, d+1, lasti
//!         <E> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next1
//!         STORE n                        [.. prev]
//!         H                              row: H → cleanup_n, d+1, lasti
//!         POP_EXCEPT  n=None  del n  JUMP_FORWARD end           (no row)
//! cleanup_n: n=None del n RERAISE        row → cleanup, d+1, lasti
//! next1:  POP_TOP  H2                    row → cleanup, d+1, lasti
//!         POP_EXCEPT JUMP_FORWARD end                           (no row)
//!         RERAISE                        (no clause matched)     row → cleanup
//! cleanup: COPY 3  POP_EXCEPT  RERAISE   [.. prev lasti exc2]: restore prev, re-raise
//! else:   L
//! end:
//!
//! try: B finally: F
//!         B                              row: B → fin, depth d
//!         F                              (normal path)
//!         JUMP_FORWARD end
//! fin:    PUSH_EXC_INFO  F  RERAISE      [.. prev exc]            row → cleanup, d+1, lasti
//! cleanup: COPY 3  POP_EXCEPT  RERAISE
//! end:
//!
//! with C as t: B
//!         <C> BEFORE_WITH                [.. exit res]
//!         <store t | POP_TOP>  B         row → wexc, depth d+1 (exit stays), lasti
//!         PUSH_NULL LOAD_CONST None ×3 CALL 3 POP_TOP   exit(None, None, None)
//!         JUMP_FORWARD end
//! wexc:   PUSH_EXC_INFO                  [.. exit lasti prev exc]  row → cleanup, d+3, lasti
//!         WITH_EXCEPT_START              [.. exit lasti prev exc res]
//!         POP_JUMP_IF_TRUE suppress
//!         RERAISE
//! cleanup: COPY 3  POP_EXCEPT  RERAISE
//! suppress: POP_TOP                      row → cleanup, d+3, lasti
//!         POP_EXCEPT  POP_TOP  POP_TOP   [..]
//! end:
//! ```
//!
//! Leaving blocks early runs, innermost first, each block's exit code: a `for` pops its
//! iterator, a `try` body stops being protected, a `with` calls `exit(None, None, None)`, an
//! `except` body does `POP_EXCEPT` (and clears its name), a `finally` on the exception path
//! drops the exception and does `POP_EXCEPT`, and a `try ... finally` body runs a copy of
//! the `finally` body (read again from the source) with the returned value kept on the
//! stack. `return v` keeps `v` on top throughout (`SWAP 2` before each pop).
//!
//! Generators: `yield v` is `<v> YIELD_VALUE` (the sent value replaces it); `yield from it`
//! is `<it> GET_YIELD_FROM_ITER LOAD_CONST None  top: SEND end  YIELD_VALUE
//! JUMP_BACKWARD top  end:` (the interpreter delegates `throw`/`close` to the sub-iterator
//! of a generator suspended at that `YIELD_VALUE`).

use crate::bytecode::Opcode;

use super::cursor::{Compiler, R};
use super::expr::Ctx;
use super::lexer::{Tok, Token};
use super::scope::NameCtx;
use super::scratch::{BlockKind, ConstSlot, Fixed, Label, MAX_BLOCKS, MAX_FINALLY, NameRef};
use super::stmt::ends_statement;
use super::{CodeKind, CodeSink};

/// What an exit path changed, to put back once it is emitted.
struct ExitState {
    /// Blocks hidden while unwinding.
    hidden: [u16; MAX_BLOCKS],
    /// How many.
    nhidden: usize,
    /// The frame's handler stack before unwinding.
    handlers: [u16; 4 * MAX_BLOCKS],
    /// How many.
    nhandlers: usize,
    /// Value-stack depth where the statement started.
    depth: u32,
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Starts an exit path: records the handler stack and the depth.
    fn begin_exit(&mut self, depth: u32) -> ExitState {
        let start = self.s.frames[self.top()].hstack_start as usize;
        let len = self.s.hstack_len as usize;
        let mut st = ExitState {
            hidden: [0; MAX_BLOCKS],
            nhidden: 0,
            handlers: [0; 4 * MAX_BLOCKS],
            nhandlers: 0,
            depth,
        };
        let n = (len - start).min(st.handlers.len());
        st.handlers[..n].copy_from_slice(&self.s.hstack[start..start + n]);
        st.nhandlers = n;
        st
    }

    /// Ends an exit path: the following code is unreachable, at the statement's depth,
    /// with the blocks and handlers it had.
    fn end_exit(&mut self, st: &ExitState) -> R<()> {
        for &i in &st.hidden[..st.nhidden] {
            self.s.blocks[i as usize].hidden = false;
        }
        let start = self.s.frames[self.top()].hstack_start as usize;
        let mut len = self.s.hstack_len as usize;
        while len < start + st.nhandlers {
            self.push_handler(u32::from(st.handlers[len - start]))?;
            len += 1;
        }
        self.set_depth(st.depth);
        self.set_reachable(false);
        Ok(())
    }

    /// Emits the exits of the visible blocks from the innermost down to index `floor`.
    fn unwind_to(&mut self, floor: u32, preserve: bool, st: &mut ExitState) -> R<()> {
        let mut i = self.s.blocks_len;
        while i > floor {
            i -= 1;
            if self.s.blocks[i as usize].hidden {
                continue;
            }
            self.s.blocks[i as usize].hidden = true;
            if st.nhidden < MAX_BLOCKS {
                st.hidden[st.nhidden] = i as u16;
                st.nhidden += 1;
            }
            self.unwind_block(i as usize, preserve)?;
        }
        Ok(())
    }

    /// The exit code of one block (see the module docs).
    fn unwind_block(&mut self, i: usize, preserve: bool) -> R<()> {
        let block = self.s.blocks[i];
        match block.kind {
            BlockKind::While => {}
            BlockKind::For | BlockKind::PopValue => {
                if preserve {
                    self.emit(Opcode::SWAP, 2)?;
                }
                let pop = if block.kind == BlockKind::For {
                    Opcode::POP_ITER
                } else {
                    Opcode::POP_TOP
                };
                self.emit(pop, 0)?;
            }
            BlockKind::TryExcept => self.pop_handler()?,
            BlockKind::With => {
                self.pop_handler()?;
                if preserve {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.call_exit_with_nones()?;
                self.emit(Opcode::POP_TOP, 0)?;
            }
            BlockKind::HandlerCleanup => {
                let named = block.datum != 0;
                if named {
                    self.pop_handler()?;
                }
                if preserve {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.pop_handler()?;
                self.emit(Opcode::POP_EXCEPT, 0)?;
                if named {
                    self.clear_name(block.name)?;
                }
            }
            BlockKind::FinallyEnd => {
                if preserve {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.emit(Opcode::POP_TOP, 0)?;
                if preserve {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.pop_handler()?;
                self.emit(Opcode::POP_EXCEPT, 0)?;
            }
            BlockKind::FinallyTry => {
                self.pop_handler()?;
                if preserve {
                    self.push_block(BlockKind::PopValue, 0, 0, NameRef::Static(Fixed::Empty))?;
                }
                self.finally_copy(block.datum)?;
                if preserve {
                    self.pop_block();
                }
            }
        }
        Ok(())
    }

    /// Compiles the `finally` body saved at `index` again, here.
    #[inline(never)]
    fn finally_copy(&mut self, index: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let Some(pos) = self.finally.get(index as usize).and_then(|p| p.clone()) else {
            return Ok(());
        };
        let resume = self.save();
        let line = self.line;
        self.restore(&pos);
        let header = self.prev;
        self.block("'finally' statement", header)?;
        self.restore(&resume);
        self.line = line;
        Ok(())
    }

    /// `PUSH_NULL LOAD_CONST None ×3 CALL 3` below an `__exit__` on the stack.
    fn call_exit_with_nones(&mut self) -> R<()> {
        self.emit(Opcode::PUSH_NULL, 0)?;
        for _ in 0..3 {
            self.load_const(ConstSlot::None)?;
        }
        self.emit(Opcode::CALL, 3)
    }

    /// `name = None; del name` (an `except ... as name` variable going out of scope).
    fn clear_name(&mut self, name: NameRef) -> R<()> {
        let tok = self.tok;
        self.load_const(ConstSlot::None)?;
        self.name_op_ref(name, NameCtx::Store, tok)?;
        self.name_op_ref(name, NameCtx::Del, tok)
    }

    /// Index of the innermost visible loop of the current code object.
    fn innermost_loop(&self) -> Option<usize> {
        let floor = self.s.frames[self.top()].block_start as usize;
        (floor..self.s.blocks_len as usize).rev().find(|&i| {
            let b = self.s.blocks[i];
            !b.hidden && matches!(b.kind, BlockKind::While | BlockKind::For)
        })
    }

    /// `break`.
    pub(crate) fn break_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let Some(l) = self.innermost_loop() else {
            return Err(self.error_at_token(tok, format_args!("'break' outside loop")));
        };
        self.set_line(tok);
        let mut st = self.begin_exit(self.depth());
        self.unwind_to(l as u32 + 1, false, &mut st)?;
        if self.s.blocks[l].kind == BlockKind::For {
            self.emit(Opcode::POP_ITER, 0)?;
        }
        self.set_line(tok);
        let mut exit = self.s.blocks[l].exit;
        self.jump(Opcode::JUMP_FORWARD, &mut exit)?;
        self.s.blocks[l].exit = exit;
        self.end_exit(&st)
    }

    /// `continue`.
    pub(crate) fn continue_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let Some(l) = self.innermost_loop() else {
            return Err(self.error_at_token(tok, format_args!("'continue' not properly in loop")));
        };
        self.set_line(tok);
        let mut st = self.begin_exit(self.depth());
        self.unwind_to(l as u32 + 1, false, &mut st)?;
        self.set_line(tok);
        let top = self.s.blocks[l].top;
        self.jump_back(top)?;
        self.end_exit(&st)
    }

    /// `return [value]`.
    pub(crate) fn return_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        let kind = self.s.frames[self.top()].kind;
        if kind != CodeKind::Function {
            self.quiet += 1;
            self.discard += 1;
            let _ = self.advance().and_then(|()| {
                if ends_statement(self.tok.kind) {
                    Ok(())
                } else {
                    self.star_expressions().map(|_| ())
                }
            });
            self.quiet -= 1;
            self.discard -= 1;
            let last = self.prev;
            return Err(self.error_between(tok, last, format_args!("'return' outside function")));
        }
        self.advance()?;
        let depth = self.depth();
        let value = !ends_statement(self.tok.kind);
        if value {
            self.star_expressions()?;
        }
        self.set_line(tok);
        let mut st = self.begin_exit(depth);
        let floor = self.s.frames[self.top()].block_start;
        self.unwind_to(floor, value, &mut st)?;
        self.set_line(tok);
        if !value {
            self.load_const(ConstSlot::None)?;
        }
        self.emit(Opcode::RETURN_VALUE, 0)?;
        self.end_exit(&st)
    }

    /// `try` with `except`, `else` and/or `finally` clauses.
    pub(crate) fn try_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        self.expect_colon_forced()?;
        let shape = self.scan_try();
        match shape.finally {
            Some(pos) => {
                let index = self.finally_len as usize;
                if index >= MAX_FINALLY {
                    return Err(
                        self.limit("too many nested try statements with finally (limit 16)")
                    );
                }
                self.finally[index] = Some(pos);
                self.finally_len += 1;
                let result = self.try_finally(tok, index as u32, shape.handlers);
                self.finally_len -= 1;
                self.finally[index] = None;
                result
            }
            None if shape.handlers => self.try_except(tok),
            None => {
                // Let the body's own errors come first, then complain about the clauses.
                self.block("'try' statement", tok)?;
                if matches!(
                    self.tok.kind,
                    Tok::Eof | Tok::Newline | Tok::Dedent | Tok::Indent
                ) {
                    Err(self.error_after_prev(format_args!("expected 'except' or 'finally' block")))
                } else {
                    Err(self.error_at_token(
                        self.tok,
                        format_args!("expected 'except' or 'finally' block"),
                    ))
                }
            }
        }
    }

    /// `try ... [except ...] finally: F`.
    fn try_finally(&mut self, tok: Token, index: u32, handlers: bool) -> R<()> {
        let depth = self.depth();
        let fin = self.new_handler(depth, false)?;
        self.push_handler(fin)?;
        self.push_block(
            BlockKind::FinallyTry,
            0,
            index,
            NameRef::Static(Fixed::Empty),
        )?;
        if handlers {
            self.try_except(tok)?;
        } else {
            self.block("'try' statement", tok)?;
        }
        self.pop_block();
        self.pop_handler()?;
        let fin_tok = self.tok;
        self.expect(Tok::Finally)?;
        self.expect_colon_forced()?;
        self.block("'finally' statement", fin_tok)?;
        let mut end = Label::new();
        if self.reachable() {
            self.jump(Opcode::JUMP_FORWARD, &mut end)?;
        }
        self.finally_exception_path(fin, depth, index, fin_tok)?;
        self.bind(&mut end);
        Ok(())
    }

    /// The `finally` body again, on the exception path.
    #[inline(never)]
    fn finally_exception_path(
        &mut self,
        fin: u32,
        depth: u32,
        index: u32,
        fin_tok: Token,
    ) -> R<()> {
        let after = self.save();
        self.set_line(fin_tok);
        self.place_handler(fin);
        let cleanup = self.new_handler(depth + 1, true)?;
        self.push_handler(cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        self.push_block(BlockKind::FinallyEnd, 0, 0, NameRef::Static(Fixed::Empty))?;
        if self.quiet == 0
            && let Some(pos) = self.finally.get(index as usize).and_then(|p| p.clone())
        {
            self.restore(&pos);
            self.block("'finally' statement", fin_tok)?;
        }
        self.pop_block();
        self.set_line(fin_tok);
        self.emit(Opcode::RERAISE, 0)?;
        self.pop_handler()?;
        self.cleanup_handler(cleanup)?;
        self.restore(&after);
        Ok(())
    }

    /// `cleanup: COPY 3 POP_EXCEPT RERAISE`: restores the saved exception and re-raises.
    fn cleanup_handler(&mut self, cleanup: u32) -> R<()> {
        self.place_handler(cleanup);
        self.emit(Opcode::COPY, 3)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.emit(Opcode::RERAISE, 0)
    }

    /// `try: B except ...: H ... [else: L]` (the reader is at the body).
    fn try_except(&mut self, tok: Token) -> R<()> {
        let depth = self.depth();
        let handler = self.new_handler(depth, false)?;
        self.push_handler(handler)?;
        self.push_block(BlockKind::TryExcept, 0, 0, NameRef::Static(Fixed::Empty))?;
        self.block("'try' statement", tok)?;
        self.pop_block();
        self.pop_handler()?;
        let mut orelse = Label::new();
        if self.reachable() {
            self.jump(Opcode::JUMP_FORWARD, &mut orelse)?;
        }

        self.place_handler(handler);
        let cleanup = self.new_handler(depth + 1, true)?;
        self.push_handler(cleanup)?;
        self.set_line(tok);
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        let mut end = Label::new();
        let mut bare_seen: Option<Token> = None;
        while self.at(Tok::Except) {
            let except = self.tok;
            if let Some(bare) = bare_seen {
                return Err(self.bare_not_last(bare));
            }
            self.advance()?;
            if self.at(Tok::Star) {
                return Err(self.error_at_token(except, format_args!("'except*' is not supported")));
            }
            self.set_line(except);
            let mut next = Label::new();
            if self.at(Tok::Colon) {
                bare_seen = Some(except);
            } else {
                let first = self.tok;
                self.expr()?;
                if self.at(Tok::Comma) {
                    self.quiet += 1;
                    let _ = self.skip_until(|kind| matches!(kind, Tok::Colon | Tok::As));
                    self.quiet -= 1;
                    let last = self.prev;
                    return Err(self.error_between(
                        first,
                        last,
                        format_args!("multiple exception types must be parenthesized"),
                    ));
                }
                self.set_line(except);
                self.emit(Opcode::CHECK_EXC_MATCH, 0)?;
                self.jump(Opcode::POP_JUMP_IF_FALSE, &mut next)?;
            }
            let name = if self.eat(Tok::As)? {
                if !self.at(Tok::Name) {
                    return Err(self.invalid_syntax());
                }
                let name = self.tok;
                self.advance()?;
                Some(name)
            } else {
                None
            };
            self.expect_colon()?;
            match name {
                Some(name) => self.named_handler(except, name, depth, cleanup, &mut end)?,
                None => {
                    self.emit(Opcode::POP_TOP, 0)?;
                    self.push_block(
                        BlockKind::HandlerCleanup,
                        0,
                        0,
                        NameRef::Static(Fixed::Empty),
                    )?;
                    self.block("'except' statement", except)?;
                    self.pop_block();
                    self.pop_handler()?;
                    self.set_line(except);
                    self.emit(Opcode::POP_EXCEPT, 0)?;
                    self.jump(Opcode::JUMP_FORWARD, &mut end)?;
                    self.push_handler(cleanup)?;
                }
            }
            self.bind(&mut next);
        }
        if self.reachable() {
            self.set_line(tok);
            self.emit(Opcode::RERAISE, 0)?;
        }
        self.pop_handler()?;
        self.cleanup_handler(cleanup)?;
        self.bind(&mut orelse);
        if self.at(Tok::Else) {
            let tok = self.tok;
            self.advance()?;
            self.expect_colon_forced()?;
            self.block("'else' statement", tok)?;
        }
        self.bind(&mut end);
        Ok(())
    }

    /// The body of `except E as name:` (the exception is on the stack).
    fn named_handler(
        &mut self,
        except: Token,
        name: Token,
        depth: u32,
        cleanup: u32,
        end: &mut Label,
    ) -> R<()> {
        let name_ref = self.name_ref(name);
        self.name_op(name, NameCtx::Store)?;
        let cleanup_end = self.new_handler(depth + 1, true)?;
        self.push_handler(cleanup_end)?;
        self.push_block(BlockKind::HandlerCleanup, 0, 1, name_ref)?;
        self.block("'except' statement", except)?;
        self.pop_block();
        self.pop_handler()?;
        self.pop_handler()?;
        self.set_line(except);
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.clear_name(name_ref)?;
        self.jump(Opcode::JUMP_FORWARD, end)?;
        self.place_handler(cleanup_end);
        self.push_handler(cleanup)?;
        self.clear_name(name_ref)?;
        self.emit(Opcode::RERAISE, 0)
    }

    /// CPython's error for a bare `except:` that is not the last clause.
    #[cold]
    fn bare_not_last(&mut self, bare: Token) -> super::cursor::Fail {
        self.error_at_token(bare, format_args!("default 'except:' must be last"))
    }

    /// `with item [as target], ...: body` (items may be parenthesized).
    pub(crate) fn with_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let paren =
            self.at(Tok::LParen) && self.peek().kind != Tok::Yield && self.bracket_then_colon();
        if paren {
            self.advance()?;
        }
        self.with_item(tok, paren)
    }

    /// One `with` item and (recursively) the rest and the body.
    fn with_item(&mut self, tok: Token, paren: bool) -> R<()> {
        self.enter()?;
        let depth = self.depth();
        self.expr()?;
        self.set_line(tok);
        self.emit(Opcode::BEFORE_WITH, 0)?;
        let handler = self.new_handler(depth + 1, true)?;
        self.push_handler(handler)?;
        if self.eat(Tok::As)? {
            self.single_target(Ctx::Store, false)?;
            if !matches!(self.tok.kind, Tok::Comma | Tok::Colon | Tok::RParen) {
                return Err(self.invalid_syntax());
            }
        } else {
            self.emit(Opcode::POP_TOP, 0)?;
        }
        self.push_block(BlockKind::With, 0, 0, NameRef::Static(Fixed::Empty))?;
        let more = self.eat(Tok::Comma)? && !(paren && self.at(Tok::RParen));
        if more {
            self.with_item(tok, paren)?;
        } else {
            if paren {
                self.expect(Tok::RParen)?;
            }
            self.expect_colon()?;
            self.block("'with' statement", tok)?;
        }
        self.pop_block();
        self.pop_handler()?;
        let mut end = Label::new();
        if self.reachable() {
            self.set_line(tok);
            self.call_exit_with_nones()?;
            self.emit(Opcode::POP_TOP, 0)?;
            self.jump(Opcode::JUMP_FORWARD, &mut end)?;
        }
        self.set_line(tok);
        self.place_handler(handler);
        let cleanup = self.new_handler(depth + 3, true)?;
        self.push_handler(cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        self.emit(Opcode::WITH_EXCEPT_START, 0)?;
        let mut suppress = Label::new();
        self.jump(Opcode::POP_JUMP_IF_TRUE, &mut suppress)?;
        self.emit(Opcode::RERAISE, 0)?;
        self.pop_handler()?;
        self.cleanup_handler(cleanup)?;
        self.bind(&mut suppress);
        self.push_handler(cleanup)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.pop_handler()?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.bind(&mut end);
        self.leave();
        Ok(())
    }
}
