//! Statements: blocks, simple statements, assignments, `if`, `while`, `for`, imports.
//!
//! ```text
//! while c: body else: e     top: <c> POP_JUMP_IF_FALSE else  body  JUMP_BACKWARD top
//!                           else: e  end:                 (`while True:` has no test)
//! for t in it: body else: e <it> GET_ITER  top: FOR_ITER else  <store t>  body
//!                           JUMP_BACKWARD top  else: e  end:
//! break (in for)            POP_TOP  JUMP_FORWARD end      continue: JUMP_BACKWARD top
//! a = b = v                 <v> COPY 1 <store a> <store b>
//! x += v                    <x> <v> BINARY_OP 13+op <store x>
//! a.b += v                  <a> COPY 1 LOAD_ATTR b <v> BINARY_OP SWAP 2 STORE_ATTR b
//! a[i] += v                 <a> <i> COPY 2 COPY 2 BINARY_SUBSCR <v> BINARY_OP
//!                           SWAP 3 SWAP 2 STORE_SUBSCR
//! assert c, m               <c> POP_JUMP_IF_TRUE end LOAD_ASSERTION_ERROR PUSH_NULL <m>
//!                           CALL 1 RAISE_VARARGS 1 end:
//! import a.b.c as d         LOAD_CONST 0 LOAD_CONST None IMPORT_NAME a.b.c IMPORT_FROM b
//!                           SWAP 2 POP_TOP IMPORT_FROM c <store d> POP_TOP
//! from m import x, y as z   LOAD_CONST 0 LOAD_CONST ('x', 'y') IMPORT_NAME m
//!                           IMPORT_FROM x <store x> IMPORT_FROM y <store z> POP_TOP
//! ```
//! An assignment's targets come before its value in the source but are stored after it is
//! computed: the statement is scanned for top-level `=`, the value is compiled first, then
//! the reader goes back to compile each target.

use crate::bytecode::{BinaryOp, Opcode};

use super::cursor::{Compiler, Fail, R};
use super::error::ErrorKind;
use super::expr::{Ctx, Kind};
use super::lexer::{Tok, Token};
use super::scan::is_aug;
use super::scope::NameCtx;
use super::scratch::{BlockKind, ConstSlot, Label, NameRef};
use super::{CodeKind, CodeSink, Mode};

/// Parts of a dotted module name kept for `import a.b.c as d`.
const MAX_DOTTED_PARTS: usize = 32;

/// Whether a token ends a simple statement.
pub(crate) fn ends_statement(tok: Tok) -> bool {
    matches!(tok, Tok::Newline | Tok::Semi | Tok::Eof)
}

/// The operator of an augmented assignment token.
fn aug_op(tok: Tok) -> BinaryOp {
    match tok {
        Tok::PlusEq => BinaryOp::Add,
        Tok::MinusEq => BinaryOp::Subtract,
        Tok::StarEq => BinaryOp::Multiply,
        Tok::SlashEq => BinaryOp::TrueDivide,
        Tok::DoubleSlashEq => BinaryOp::FloorDivide,
        Tok::PercentEq => BinaryOp::Remainder,
        Tok::AmperEq => BinaryOp::And,
        Tok::VBarEq => BinaryOp::Or,
        Tok::CaretEq => BinaryOp::Xor,
        Tok::LShiftEq => BinaryOp::LShift,
        Tok::RShiftEq => BinaryOp::RShift,
        Tok::DoubleStarEq => BinaryOp::Power,
        _ => BinaryOp::MatMul,
    }
}

/// Whether unreachable statements are dropped (as CPython does). Off for now: dropping them
/// also dropped `finally` bodies that exception handlers still reach, and the interpreter
/// does not run try/finally yet, so correctness wins over code size.
const DROP_UNREACHABLE: bool = true;

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// The whole module.
    pub(crate) fn file_input(&mut self) -> R<()> {
        loop {
            while self.at(Tok::Newline) {
                self.advance()?;
            }
            if self.at(Tok::Eof) {
                return Ok(());
            }
            self.statement()?;
        }
    }

    /// A block after a compound statement's `:`: an indented suite or simple statements on
    /// the same line. `what` names the statement for the IndentationError.
    pub(crate) fn block(&mut self, what: &str, header: Token) -> R<()> {
        self.enter()?;
        let result = self.block_inner(what, header);
        self.leave();
        result
    }

    fn block_inner(&mut self, what: &str, header: Token) -> R<()> {
        if !self.at(Tok::Newline) {
            return self.simple_stmts();
        }
        self.advance()?;
        if !self.at(Tok::Indent) {
            return Err(self.expected_block(what, header));
        }
        self.advance()?;
        loop {
            self.statement()?;
            match self.tok.kind {
                Tok::Dedent => return self.advance(),
                Tok::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// CPython's "expected an indented block after ..." at the current token.
    #[cold]
    pub(crate) fn expected_block(&mut self, what: &str, header: Token) -> Fail {
        let tok = self.tok;
        let (_, end) = self.cols(tok);
        let line = self.line_of(tok);
        let header_line = self.line_of(header);
        self.error_span(
            ErrorKind::IndentationError,
            line,
            0,
            end,
            format_args!("expected an indented block after {what} on line {header_line}"),
        )
    }

    /// One statement.
    fn statement(&mut self) -> R<()> {
        self.enter()?;
        let depth = self.depth();
        let dead = self.begin_statement();
        let tok = self.tok;
        self.stmt_tok = tok;
        self.set_line(tok);
        let result = match tok.kind {
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(),
            Tok::Try => self.try_stmt(),
            Tok::With => self.with_stmt(),
            Tok::Def => self.funcdef(),
            Tok::Class => self.classdef(),
            Tok::At => self.decorated(),
            Tok::Async => Err(self.error_at_token(tok, format_args!("'async' is not supported"))),
            Tok::Indent => {
                let next = self.peek();
                let line = self.line_of(next);
                let col = next.span.col.saturating_sub(1);
                Err(self.error_span(
                    ErrorKind::IndentationError,
                    line,
                    col,
                    col + 1,
                    format_args!("unexpected indent"),
                ))
            }
            Tok::Name if self.tok_text() == "match" && self.looks_like_match() => {
                Err(self.error_at_token(tok, format_args!("match statements are not supported")))
            }
            Tok::Name
                if self.tok_text() == "type"
                    && self.peek().kind == Tok::Name
                    && !self.scan_statement().annotated
                    && self.scan_statement().assigns == 1 =>
            {
                Err(self.error_at_token(tok, format_args!("type aliases are not supported")))
            }
            _ => self.simple_stmts(),
        };
        self.leave();
        self.end_statement(dead, depth, result.is_ok());
        result
    }

    /// A statement that cannot be reached (after `return`, `raise`, `break`, ...) is read
    /// but not emitted, as CPython drops unreachable code; returns whether this one is.
    fn begin_statement(&mut self) -> bool {
        let dead = DROP_UNREACHABLE && self.quiet == 0 && !self.reachable();
        if dead {
            self.quiet += 1;
            self.dead = true;
        }
        dead
    }

    /// Ends a statement started with [`Compiler::begin_statement`]. The depth check only
    /// applies to statements that compiled: an error leaves the code half-emitted.
    fn end_statement(&mut self, dead: bool, depth: u32, compiled: bool) {
        if dead {
            self.quiet -= 1;
            self.dead = false;
        } else if compiled {
            self.statement_done(depth);
        }
    }

    /// Every statement leaves the value stack as it found it (checked in debug builds);
    /// after one that cannot complete, the depth is put back to what it is structurally.
    fn statement_done(&mut self, depth: u32) {
        if self.quiet > 0 {
            return;
        }
        debug_assert!(
            !self.reachable() || self.depth() == depth,
            "a statement changed the stack depth"
        );
        if !self.reachable() {
            self.set_depth(depth);
        }
    }

    /// Whether a statement starting with the soft keyword `match` is a match statement: it
    /// ends with `:` and has no top-level `=`.
    #[inline(never)]
    fn looks_like_match(&self) -> bool {
        let next = self.peek().kind;
        if matches!(
            next,
            Tok::Eq | Tok::Dot | Tok::Newline | Tok::Eof | Tok::Semi | Tok::Colon
        ) || is_aug(next)
        {
            return false;
        }
        let mut a = self.ahead();
        let mut last = a.tok.kind;
        loop {
            if !a.bump() {
                return false;
            }
            if a.top() && matches!(a.tok.kind, Tok::Newline | Tok::Eof) {
                return last == Tok::Colon;
            }
            if a.top() && a.tok.kind == Tok::Eq {
                return false;
            }
            last = a.tok.kind;
        }
    }

    /// Simple statements separated by `;`, through the end of the line.
    fn simple_stmts(&mut self) -> R<()> {
        loop {
            let tok = self.tok;
            self.stmt_tok = tok;
            self.set_line(tok);
            let depth = self.depth();
            let dead = self.begin_statement();
            let result = self.simple_stmt();
            self.end_statement(dead, depth, result.is_ok());
            result?;
            if self.eat(Tok::Semi)? {
                if matches!(self.tok.kind, Tok::Newline | Tok::Eof) {
                    break;
                }
                continue;
            }
            break;
        }
        match self.tok.kind {
            Tok::Newline => self.advance(),
            Tok::Eof => Ok(()),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// One simple statement.
    fn simple_stmt(&mut self) -> R<()> {
        match self.tok.kind {
            Tok::Pass => self.advance(),
            Tok::Break => self.break_stmt(),
            Tok::Continue => self.continue_stmt(),
            Tok::Return => self.return_stmt(),
            Tok::Raise => self.raise_stmt(),
            Tok::Global | Tok::Nonlocal => self.global_stmt(),
            Tok::Del => self.del_stmt(),
            Tok::Assert => self.assert_stmt(),
            Tok::Import => self.import_stmt(),
            Tok::From => self.import_from_stmt(),
            Tok::Name
                if matches!(self.tok_text(), "print" | "exec") && self.legacy_call_follows() =>
            {
                Err(self.legacy_print())
            }
            _ => self.expr_stmt(),
        }
    }

    /// Whether `print`/`exec` is followed by something Python 2 would print.
    #[inline(never)]
    fn legacy_call_follows(&self) -> bool {
        matches!(
            self.peek().kind,
            Tok::Name
                | Tok::Int
                | Tok::Float
                | Tok::Imaginary
                | Tok::String
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::LBrace
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
        )
    }

    /// CPython's message for `print x`.
    #[cold]
    fn legacy_print(&mut self) -> Fail {
        let first = self.tok;
        let name = self.tok_text();
        self.quiet += 1;
        self.discard += 1;
        let _ = self.advance().and_then(|()| self.star_expressions());
        self.quiet -= 1;
        self.discard -= 1;
        let last = self.prev;
        self.error_between(
            first,
            last,
            format_args!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        )
    }

    /// An expression statement or an assignment of some kind.
    fn expr_stmt(&mut self) -> R<()> {
        if !super::expr::starts_expression(self.tok.kind)
            && !matches!(self.tok.kind, Tok::Star | Tok::Yield)
        {
            return Err(self.invalid_syntax());
        }
        let shape = self.scan_statement();
        if shape.assigns > 0 {
            return self.assignment(shape.assigns);
        }
        if shape.aug.is_some() {
            return self.aug_assign();
        }
        if shape.annotated {
            return self.ann_assign();
        }
        let first = self.tok;
        if self.at(Tok::Yield) {
            self.yield_expr()?;
        } else {
            self.star_expressions()?;
        }
        self.set_line(first);
        let top = self.top();
        if self.mode == Mode::Single && self.s.frames[top].kind == CodeKind::Module {
            self.emit(Opcode::PRINT_EXPR, 0)
        } else {
            self.emit(Opcode::POP_TOP, 0)
        }
    }

    /// `t1 = t2 = ... = value` with `count` top-level `=`.
    #[inline(never)]
    fn assignment(&mut self, count: u32) -> R<()> {
        let stmt = self.save();
        let line = self.line_of(self.tok);
        self.skip_assigns(count)?;
        let value = self.tok;
        if self.at(Tok::Yield) {
            self.yield_expr()?;
        } else {
            self.star_expressions()?;
        }
        if !ends_statement(self.tok.kind) {
            return Err(self.invalid_syntax());
        }
        let end = self.save();
        for i in 0..count {
            self.restore(&stmt);
            self.skip_assigns(i)?;
            if self.at(Tok::Yield) {
                let tok = self.tok;
                self.quiet += 1;
                self.discard += 1;
                let _ = self.yield_expr();
                self.quiet -= 1;
                self.discard -= 1;
                let last = self.prev;
                return Err(self.error_between(
                    tok,
                    last,
                    format_args!("assignment to yield expression not possible"),
                ));
            }
            self.line = line;
            if i + 1 < count {
                self.emit(Opcode::COPY, 1)?;
            }
            self.target_list_hinted(
                Ctx::Store,
                |tok| tok == Tok::Eq,
                count == 1 && value.kind != Tok::Yield,
            )?;
            if !self.at(Tok::Eq) {
                return Err(self.invalid_syntax());
            }
        }
        self.restore(&end);
        Ok(())
    }

    /// `target op= value`.
    #[inline(never)]
    fn aug_assign(&mut self) -> R<()> {
        let first = self.tok;
        let start = self.save();
        let primary = self.primary(Ctx::Aug);
        let primary = match primary {
            Ok(p)
                if matches!(p.kind, Kind::Name | Kind::Attribute | Kind::Subscript)
                    && is_aug(self.tok.kind) =>
            {
                p
            }
            _ => return Err(self.target_error(&start, Ctx::Aug, false)),
        };
        let op = aug_op(self.tok.kind);
        self.advance()?;
        if self.at(Tok::Yield) {
            self.yield_expr()?;
        } else {
            self.star_expressions()?;
        }
        self.set_line(first);
        self.emit(Opcode::BINARY_OP, op as u32 + BinaryOp::INPLACE)?;
        match primary.kind {
            Kind::Name => self.name_op(primary.name, NameCtx::Store),
            Kind::Attribute => {
                self.emit(Opcode::SWAP, 2)?;
                let attr = self.name_ref(primary.name);
                self.emit_name(Opcode::STORE_ATTR, attr)
            }
            _ => {
                self.emit(Opcode::SWAP, 3)?;
                self.emit(Opcode::SWAP, 2)?;
                self.emit(Opcode::STORE_SUBSCR, 0)
            }
        }
    }

    /// `target: annotation [= value]` (the annotation is not evaluated).
    #[inline(never)]
    fn ann_assign(&mut self) -> R<()> {
        let first = self.tok;
        let simple = self.at(Tok::Name) && self.peek().kind == Tok::Colon;
        let (_, _, _, comma) = self.scan_items(|tok| tok == Tok::Colon);
        if comma {
            let what = if first.kind == Tok::LBracket {
                "list"
            } else {
                "tuple"
            };
            return Err(self.error_at_token(
                first,
                format_args!("only single target (not {what}) can be annotated"),
            ));
        }
        let target = self.save();
        self.skip_until(|tok| tok == Tok::Colon)?;
        self.expect(Tok::Colon)?;
        self.read_quietly(|c| c.expr().map(|_| ()))?;
        if !ends_statement(self.tok.kind) && !self.at(Tok::Eq) {
            return Err(self.invalid_syntax());
        }
        if simple {
            self.note_annotated(first)?;
        }
        if !self.eat(Tok::Eq)? {
            return Ok(());
        }
        if self.at(Tok::Yield) {
            self.yield_expr()?;
        } else {
            self.star_expressions()?;
        }
        let end = self.save();
        self.restore(&target);
        self.set_line(first);
        self.single_target(Ctx::Store, false)?;
        self.restore(&end);
        Ok(())
    }

    /// `if` / `elif` / `else`.
    fn if_stmt(&mut self) -> R<()> {
        let mut header = self.tok;
        let mut what = "'if' statement";
        let mut end = Label::new();
        self.advance()?;
        loop {
            let mut next = Label::new();
            self.cond(false, &mut next)?;
            self.expect_colon()?;
            self.block(what, header)?;
            match self.tok.kind {
                Tok::Elif => {
                    if self.reachable() {
                        self.jump(Opcode::JUMP_FORWARD, &mut end)?;
                    }
                    self.bind(&mut next);
                    header = self.tok;
                    self.set_line(header);
                    what = "'elif' statement";
                    self.advance()?;
                }
                Tok::Else => {
                    if self.reachable() {
                        self.jump(Opcode::JUMP_FORWARD, &mut end)?;
                    }
                    self.bind(&mut next);
                    let tok = self.tok;
                    self.advance()?;
                    self.expect_colon_forced()?;
                    self.block("'else' statement", tok)?;
                    break;
                }
                _ => {
                    self.bind(&mut next);
                    break;
                }
            }
        }
        self.bind(&mut end);
        Ok(())
    }

    /// Pushes a block-stack entry, checking CPython's static nesting limit.
    pub(crate) fn push_block(
        &mut self,
        kind: BlockKind,
        top: u32,
        datum: u32,
        name: NameRef,
    ) -> R<()> {
        let frame = self.s.frames[self.top()];
        let visible = (frame.block_start..self.s.blocks_len)
            .filter(|&i| !self.s.blocks[i as usize].hidden)
            .count();
        if visible >= super::scratch::MAX_BLOCKS {
            return Err(self.limit("too many statically nested blocks"));
        }
        let len = self.s.blocks_len as usize;
        if len >= self.s.blocks.len() {
            return Err(self.limit("too many statically nested blocks"));
        }
        self.s.blocks[len] = super::scratch::Block {
            kind,
            top,
            exit: Label::new(),
            datum,
            name,
            hidden: false,
        };
        self.s.blocks_len += 1;
        Ok(())
    }

    /// Pops the innermost block-stack entry.
    pub(crate) fn pop_block(&mut self) -> super::scratch::Block {
        self.s.blocks_len -= 1;
        self.s.blocks[self.s.blocks_len as usize]
    }

    /// `while cond: body [else: body]`.
    fn while_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let top = self.here();
        let mut orelse = Label::new();
        let always = match self.tok.kind {
            Tok::True => true,
            Tok::Int => super::lexer::parse_int(self.tok_text()).is_ok_and(|v| v != 0),
            _ => false,
        } && self.peek().kind == Tok::Colon;
        if always {
            self.advance()?;
        } else {
            self.cond(false, &mut orelse)?;
        }
        self.expect_colon()?;
        self.push_block(
            BlockKind::While,
            top,
            0,
            NameRef::Static(super::scratch::Fixed::Empty),
        )?;
        self.block("'while' statement", tok)?;
        self.set_line(tok);
        if self.reachable() {
            self.jump_back(top)?;
        }
        let mut block = self.pop_block();
        self.bind(&mut orelse);
        self.else_clause()?;
        self.bind(&mut block.exit);
        Ok(())
    }

    /// An optional `else:` block after a loop.
    fn else_clause(&mut self) -> R<()> {
        if self.at(Tok::Else) {
            let tok = self.tok;
            self.advance()?;
            self.expect_colon_forced()?;
            self.block("'else' statement", tok)?;
        }
        Ok(())
    }

    /// `for target in iterable: body [else: body]`.
    fn for_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        let mut orelse = Label::new();
        let top = self.for_header(&mut orelse)?;
        self.push_block(
            BlockKind::For,
            top,
            0,
            NameRef::Static(super::scratch::Fixed::Empty),
        )?;
        self.block("'for' statement", tok)?;
        self.set_line(tok);
        if self.reachable() {
            self.jump_back(top)?;
        }
        let mut block = self.pop_block();
        self.bind(&mut orelse);
        self.else_clause()?;
        self.bind(&mut block.exit);
        Ok(())
    }

    /// Whether the iterable of the `for` at the cursor is one call of a dotted name
    /// (`f(...)`, `obj.method(...)`) and nothing else, so that a generator it makes is
    /// referenced by the loop alone. Only looks ahead; the cursor does not move.
    fn iterable_is_call(&mut self) -> R<bool> {
        let start = self.save();
        let result = self.scan_plain_call();
        self.restore(&start);
        // A lexing error is reported when the expression itself is compiled.
        Ok(result.unwrap_or(false))
    }

    /// The look-ahead of [`Self::iterable_is_call`].
    fn scan_plain_call(&mut self) -> R<bool> {
        if !self.eat(Tok::Name)? {
            return Ok(false);
        }
        while self.eat(Tok::Dot)? {
            if !self.eat(Tok::Name)? {
                return Ok(false);
            }
        }
        if !self.eat(Tok::LParen)? {
            return Ok(false);
        }
        let mut depth = 1usize;
        while depth > 0 {
            match self.tok.kind {
                Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                Tok::Eof => return Ok(false),
                _ => {}
            }
            self.advance()?;
        }
        Ok(self.at(Tok::Colon))
    }

    /// `for t in it:`: the iterable, `GET_ITER`, `FOR_ITER`, then the target (read
    /// before the iterable); returns the loop head.
    #[inline(never)]
    fn for_header(&mut self, orelse: &mut Label) -> R<u32> {
        let tok = self.tok;
        self.advance()?;
        let target = self.save();
        self.skip_until(|kind| kind == Tok::In)?;
        if !self.at(Tok::In) {
            return Err(self.invalid_syntax());
        }
        self.advance()?;
        let owned = self.iterable_is_call()?;
        let start = self.here();
        let kind = self.star_expressions()?;
        self.constant_set_iterable(kind, start)?;
        self.expect_colon()?;
        let body = self.save();
        self.set_line(tok);
        self.emit(Opcode::GET_ITER, u32::from(owned))?;
        let top = self.here();
        self.jump(Opcode::FOR_ITER, orelse)?;
        self.restore(&target);
        self.for_targets()?;
        self.restore(&body);
        Ok(top)
    }

    /// The targets of a `for` loop or comprehension clause, up to `in`.
    pub(crate) fn for_targets(&mut self) -> R<()> {
        self.for_target = true;
        let result = self.target_list(Ctx::Store, |kind| kind == Tok::In);
        self.for_target = false;
        result
    }

    /// `del targets`.
    fn del_stmt(&mut self) -> R<()> {
        self.advance()?;
        self.target_list(Ctx::Del, ends_statement)
    }

    /// `assert test[, message]`.
    fn assert_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let mut end = Label::new();
        self.cond(true, &mut end)?;
        self.set_line(tok);
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0)?;
        if self.eat(Tok::Comma)? {
            self.emit(Opcode::PUSH_NULL, 0)?;
            self.expr()?;
            self.set_line(tok);
            self.emit(Opcode::CALL, 1)?;
        }
        self.emit(Opcode::RAISE_VARARGS, 1)?;
        self.bind(&mut end);
        Ok(())
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn raise_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        let mut count = 0;
        if !ends_statement(self.tok.kind) {
            self.expr()?;
            count = 1;
            if self.eat(Tok::From)? {
                self.expr()?;
                count = 2;
            }
        }
        self.set_line(tok);
        self.emit(Opcode::RAISE_VARARGS, count)
    }

    /// `global a, b` / `nonlocal a, b`.
    fn global_stmt(&mut self) -> R<()> {
        let global = self.at(Tok::Global);
        self.advance()?;
        loop {
            if !self.at(Tok::Name) {
                return Err(self.invalid_syntax());
            }
            let name = self.tok;
            self.advance()?;
            self.declare_with_end(name, global)?;
            if !self.eat(Tok::Comma)? {
                return Ok(());
            }
        }
    }

    /// Runs [`Compiler::declare`], making its errors span the whole statement as CPython's
    /// do.
    fn declare_with_end(&mut self, name: Token, global: bool) -> R<()> {
        let result = self.declare(name, global);
        if result.is_err() && self.err.kind == ErrorKind::SyntaxError {
            while !ends_statement(self.tok.kind) {
                if self.advance().is_err() {
                    break;
                }
            }
            let stmt = self.stmt_tok;
            let (_, end) = self.cols(self.prev);
            if self.prev.span.line == stmt.span.line {
                self.err.end_col = end;
            }
        }
        result
    }

    /// A dotted module name: its text and its parts' tokens (first, and how many).
    fn dotted_name(&mut self, parts: &mut [Token; MAX_DOTTED_PARTS]) -> R<(NameRef, usize)> {
        if !self.at(Tok::Name) {
            return Err(self.invalid_syntax());
        }
        let first = self.tok;
        parts[0] = first;
        let mut count = 1;
        self.advance()?;
        while self.at(Tok::Dot) {
            self.advance()?;
            if !self.at(Tok::Name) {
                return Err(self.invalid_syntax());
            }
            if count == MAX_DOTTED_PARTS {
                return Err(self.limit("too many parts in a dotted module name (limit 32)"));
            }
            parts[count] = self.tok;
            count += 1;
            self.advance()?;
        }
        let last = parts[count - 1];
        let contiguous = (last.span.end - first.span.start) as usize
            == parts[..count]
                .iter()
                .map(|t| (t.span.end - t.span.start) as usize)
                .sum::<usize>()
                + count
                - 1;
        if count == 1 || contiguous {
            let start = self.name_ref(first);
            if let NameRef::Src(offset, _) = start {
                return Ok((
                    NameRef::Src(offset, last.span.end - first.span.start),
                    count,
                ));
            }
        }
        if self.quiet > 0 {
            return Ok((self.name_ref(first), count));
        }
        let start = self.s.strings_len;
        for (i, part) in parts[..count].iter().enumerate() {
            if i > 0 {
                self.append_str(".")?;
            }
            let name = self.name_ref(*part);
            self.append_name(name)?;
        }
        Ok((NameRef::Pool(start, self.s.strings_len - start), count))
    }

    /// `import a.b [as c], ...`.
    fn import_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        if self.at(Tok::Star) {
            return Err(self.invalid_syntax());
        }
        let mut parts = [tok; MAX_DOTTED_PARTS];
        loop {
            let (module, count) = self.dotted_name(&mut parts)?;
            self.set_line(tok);
            self.load_const(ConstSlot::Int(0))?;
            self.load_const(ConstSlot::None)?;
            self.emit_name(Opcode::IMPORT_NAME, module)?;
            if self.eat(Tok::As)? {
                if !self.at(Tok::Name) {
                    return Err(self.invalid_syntax());
                }
                let alias = self.tok;
                self.advance()?;
                if count > 1 {
                    for (i, part) in parts[1..count].iter().enumerate() {
                        let attr = self.name_ref(*part);
                        self.emit_name(Opcode::IMPORT_FROM, attr)?;
                        if i + 2 < count {
                            self.emit(Opcode::SWAP, 2)?;
                            self.emit(Opcode::POP_TOP, 0)?;
                        }
                    }
                    self.name_op(alias, NameCtx::Store)?;
                    self.emit(Opcode::POP_TOP, 0)?;
                } else {
                    self.name_op(alias, NameCtx::Store)?;
                }
            } else {
                self.name_op(parts[0], NameCtx::Store)?;
            }
            if !self.eat(Tok::Comma)? {
                return Ok(());
            }
        }
    }

    /// `from module import a [as b], ...`.
    #[inline(never)]
    fn import_from_stmt(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        if matches!(self.tok.kind, Tok::Dot | Tok::Ellipsis) {
            let dot = self.tok;
            return Err(
                self.error_at_token(dot, format_args!("relative imports are not supported"))
            );
        }
        let mut parts = [tok; MAX_DOTTED_PARTS];
        let (module, _) = self.dotted_name(&mut parts)?;
        self.expect(Tok::Import)?;
        if self.at(Tok::Star) {
            let star = self.tok;
            return Err(self.error_at_token(star, format_args!("'import *' is not supported")));
        }
        let paren = self.eat(Tok::LParen)?;
        let names = self.save();
        let mark = self.items_mark();
        loop {
            if !self.at(Tok::Name) {
                return Err(self.invalid_syntax());
            }
            let name = self.name_ref(self.tok);
            self.push_item(name)?;
            self.advance()?;
            if self.eat(Tok::As)? {
                if !self.at(Tok::Name) {
                    return Err(self.invalid_syntax());
                }
                self.advance()?;
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
            if paren && self.at(Tok::RParen) {
                break;
            }
            if !paren && ends_statement(self.tok.kind) {
                let comma = self.prev;
                return Err(self.error_at_token(
                    comma,
                    format_args!("trailing comma not allowed without surrounding parentheses"),
                ));
            }
        }
        if paren {
            self.expect(Tok::RParen)?;
        }
        let end = self.save();
        self.set_line(tok);
        self.load_const(ConstSlot::Int(0))?;
        self.load_items(mark)?;
        self.emit_name(Opcode::IMPORT_NAME, module)?;
        self.restore(&names);
        loop {
            let name = self.tok;
            self.advance()?;
            let attr = self.name_ref(name);
            self.set_line(tok);
            self.emit_name(Opcode::IMPORT_FROM, attr)?;
            let bound = if self.eat(Tok::As)? {
                let alias = self.tok;
                self.advance()?;
                alias
            } else {
                name
            };
            self.name_op(bound, NameCtx::Store)?;
            if !self.eat(Tok::Comma)? || !self.at(Tok::Name) {
                break;
            }
        }
        self.restore(&end);
        self.set_line(tok);
        self.emit(Opcode::POP_TOP, 0)
    }
}
