//! Functions, lambdas and classes: parameters, defaults, closures, decorators.
//!
//! ```text
//! @d                      <d> PUSH_NULL
//! def f(a, b=1, *, k=2):  LOAD_CONST 1  BUILD_TUPLE 1            defaults
//!     ...                 LOAD_CONST 'k'  LOAD_CONST 2  BUILD_MAP 1   keyword-only defaults
//!                         LOAD_CLOSURE x ... BUILD_TUPLE n       free variables of f
//!                         LOAD_CONST <code f>  MAKE_FUNCTION 0x0b
//!                         CALL 1                                  per decorator, last first
//!                         STORE f
//!
//! class C(B, metaclass=M):
//!                         LOAD_BUILD_CLASS  PUSH_NULL
//!                         [closure]  LOAD_CONST <code C>  MAKE_FUNCTION
//!                         LOAD_CONST 'C'  <B>  <M>  LOAD_CONST ('metaclass',)  CALL_KW 4
//! class body:             LOAD_NAME __name__  STORE_NAME __module__
//!                         LOAD_CONST 'Outer.C'  STORE_NAME __qualname__
//!                         ...
//!                         LOAD_CLOSURE __class__  RETURN_VALUE     (when a method uses
//!                                                                   super or __class__)
//!                         LOAD_CONST None  RETURN_VALUE            (otherwise)
//! ```
//! The parameter list is read twice: once in the enclosing code object (compiling the
//! defaults there), once inside the new one (naming the slots, skipping the defaults).

use crate::bytecode::Opcode;

use super::cursor::{Compiler, R};
use super::lexer::{Tok, Token};
use super::scope::NameCtx;
use super::scratch::{ConstSlot, Fixed, MAX_PARAMS, NameRef, sym};
use super::{CodeKind, CodeSink, SlotKind, code_flags};

/// `MAKE_FUNCTION` flag: a defaults tuple is on the stack.
const MAKE_DEFAULTS: u32 = 0x01;
/// `MAKE_FUNCTION` flag: a keyword-only defaults dict is on the stack.
const MAKE_KWDEFAULTS: u32 = 0x02;
/// `MAKE_FUNCTION` flag: a closure tuple is on the stack.
const MAKE_CLOSURE: u32 = 0x08;

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Reads a parameter list up to `close` in the enclosing code object, compiling the
    /// defaults; returns `MAKE_FUNCTION` flags for them.
    fn param_defaults(&mut self, close: Tok, lambda: bool) -> R<u32> {
        let mut positional_defaults = 0u32;
        let mut kw_defaults = 0u32;
        let mut star = false;
        let mut dstar = false;
        let mut seen_default = false;
        let mut slash = false;
        let mut params = 0usize;
        let first = self.tok;
        self.set_line(first);
        while !self.at(close) {
            if dstar {
                let tok = self.tok;
                return Err(self.error_at_token(
                    tok,
                    format_args!("arguments cannot follow var-keyword argument"),
                ));
            }
            match self.tok.kind {
                Tok::Star => {
                    let star_tok = self.tok;
                    if star {
                        return Err(self.error_at_token(
                            star_tok,
                            format_args!("* argument may appear only once"),
                        ));
                    }
                    self.advance()?;
                    star = true;
                    if positional_defaults > 0 {
                        self.emit(Opcode::BUILD_TUPLE, positional_defaults)?;
                    }
                    if self.at(Tok::Name) {
                        self.advance()?;
                        self.skip_annotation(lambda)?;
                    } else if self.at(close)
                        || (self.at(Tok::Comma) && {
                            let next = self.peek().kind;
                            next == close || next == Tok::DoubleStar
                        })
                    {
                        return Err(self.error_at_token(
                            star_tok,
                            format_args!("named arguments must follow bare *"),
                        ));
                    } else if !self.at(Tok::Comma) {
                        return Err(self.invalid_syntax());
                    }
                }
                Tok::DoubleStar => {
                    self.advance()?;
                    if !self.at(Tok::Name) {
                        return Err(self.invalid_syntax());
                    }
                    self.advance()?;
                    self.skip_annotation(lambda)?;
                    dstar = true;
                }
                Tok::Slash => {
                    if slash {
                        let tok = self.tok;
                        return Err(
                            self.error_at_token(tok, format_args!("/ may appear only once"))
                        );
                    }
                    if star || params == 0 {
                        return Err(self.invalid_syntax());
                    }
                    slash = true;
                    self.advance()?;
                }
                Tok::Name => {
                    let name = self.tok;
                    params += 1;
                    if params > MAX_PARAMS {
                        return Err(self.limit("too many parameters (limit 255)"));
                    }
                    self.advance()?;
                    self.skip_annotation(lambda)?;
                    if self.eat(Tok::Eq)? {
                        if star {
                            self.load_const(ConstSlot::Str(self.name_ref(name)))?;
                            self.expr()?;
                            kw_defaults += 1;
                        } else {
                            self.expr()?;
                            positional_defaults += 1;
                            seen_default = true;
                        }
                    } else if seen_default && !star {
                        return Err(self.error_at_token(
                            name,
                            format_args!("non-default argument follows default argument"),
                        ));
                    }
                }
                _ => return Err(self.invalid_syntax()),
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        if !self.at(close) {
            return Err(self.invalid_syntax());
        }
        self.set_line(first);
        let mut flags = 0;
        if !star && positional_defaults > 0 {
            self.emit(Opcode::BUILD_TUPLE, positional_defaults)?;
        }
        if positional_defaults > 0 {
            flags |= MAKE_DEFAULTS;
        }
        if kw_defaults > 0 {
            self.emit(Opcode::BUILD_MAP, kw_defaults)?;
            flags |= MAKE_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Reads a parameter annotation (`: expr`) without compiling it: Tracery does not
    /// evaluate annotations.
    fn skip_annotation(&mut self, lambda: bool) -> R<()> {
        if !lambda && self.eat(Tok::Colon)? {
            self.read_quietly(|c| c.expr().map(|_| ()))?;
        }
        Ok(())
    }

    /// Reads `-> annotation` if present, without compiling it.
    fn return_annotation(&mut self) -> R<()> {
        if self.eat(Tok::Arrow)? {
            self.read_quietly(|c| c.expr().map(|_| ()))?;
        }
        Ok(())
    }

    /// `(` after a function name, or CPython's "expected '('".
    fn expect_lparen(&mut self) -> R<()> {
        if self.at(Tok::LParen) {
            return self.advance();
        }
        let tok = self.tok;
        Err(self.error_at_token(tok, format_args!("expected '('")))
    }

    /// Parses something for its syntax only: nothing is emitted or recorded.
    pub(crate) fn read_quietly(&mut self, f: impl FnOnce(&mut Self) -> R<()>) -> R<()> {
        self.quiet += 1;
        self.discard += 1;
        let result = f(self);
        self.quiet -= 1;
        self.discard -= 1;
        result
    }

    /// Reads the parameter list again inside the new code object: slots in CPython's order
    /// (positional, keyword-only, `*args`, `**kwargs`) and the counts.
    fn param_slots(&mut self, close: Tok, lambda: bool) -> R<()> {
        let top = self.top();
        let mut vararg = None;
        let mut kwarg = None;
        let mut star = false;
        let mut positional = 0u32;
        let mut kwonly = 0u32;
        while !self.at(close) {
            match self.tok.kind {
                Tok::Star => {
                    self.advance()?;
                    star = true;
                    if self.at(Tok::Name) {
                        vararg = Some(self.tok);
                        self.advance()?;
                        self.skip_annotation(lambda)?;
                    }
                }
                Tok::DoubleStar => {
                    self.advance()?;
                    kwarg = Some(self.tok);
                    self.advance()?;
                    self.skip_annotation(lambda)?;
                }
                Tok::Slash => {
                    self.advance()?;
                    self.s.frames[top].posonly_count = positional;
                }
                _ => {
                    let name = self.tok;
                    self.add_param(name)?;
                    if star {
                        kwonly += 1;
                    } else {
                        positional += 1;
                    }
                    self.advance()?;
                    self.skip_annotation(lambda)?;
                    if self.eat(Tok::Eq)? {
                        self.skip_until(|tok| tok == Tok::Comma)?;
                    }
                }
            }
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        let frame = &mut self.s.frames[top];
        frame.arg_count = positional;
        frame.kwonly_count = kwonly;
        if let Some(tok) = vararg {
            self.s.frames[top].flags |= code_flags::VARARGS;
            self.add_param(tok)?;
        }
        if let Some(tok) = kwarg {
            self.s.frames[top].flags |= code_flags::VARKEYWORDS;
            self.add_param(tok)?;
        }
        Ok(())
    }

    /// Adds a parameter slot, rejecting duplicates.
    fn add_param(&mut self, tok: Token) -> R<()> {
        let top = self.top();
        let name = self.name_ref(tok);
        if self.find_slot(top, name).is_some() {
            let text = self.text(tok);
            return Err(self.error_at_token(
                tok,
                format_args!("duplicate argument '{text}' in function definition"),
            ));
        }
        self.add_slot(top, name, SlotKind::Local)?;
        self.add_sym(name, sym::PARAM | sym::BOUND)
    }

    /// Emits the closure tuple for a just-finished code object at `level` (its free
    /// variables, in its slot order); returns the `MAKE_FUNCTION` flag.
    fn emit_closure(&mut self, level: usize) -> R<u32> {
        let parent = self.top();
        let n = self.s.frames[level].nslots as usize;
        let mut count = 0;
        for i in 0..n {
            let slot = self.s.slots[level][i];
            if slot.kind != SlotKind::Free {
                continue;
            }
            let own = match self.find_slot(parent, slot.name) {
                Some(own) => own,
                None => self.add_slot(parent, slot.name, SlotKind::Cell)?,
            };
            self.emit(Opcode::LOAD_CLOSURE, own)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(Opcode::BUILD_TUPLE, count)?;
        Ok(MAKE_CLOSURE)
    }

    /// Finishes the innermost code object and emits, in the enclosing one, the closure,
    /// `LOAD_CONST code` and `MAKE_FUNCTION flags`.
    pub(crate) fn make_function(&mut self, flags: u32, line: Token) -> R<()> {
        let level = self.top();
        let handle = self.finish_frame()?;
        self.set_line(line);
        let closure = self.emit_closure(level)?;
        self.load_const(ConstSlot::Code(handle))?;
        self.emit(Opcode::MAKE_FUNCTION, flags | closure)
    }

    /// Runs a pre-pass over a body (the reader is restored afterwards by the caller).
    pub(crate) fn pre_pass(&mut self, body: impl FnOnce(&mut Self) -> R<()>) -> R<()> {
        let saved = (self.dry, self.nest_lambda, self.nest_comp, self.discard);
        self.quiet += 1;
        self.dry = true;
        self.nest_lambda = 0;
        self.nest_comp = 0;
        self.discard = 0;
        let result = body(self);
        self.quiet -= 1;
        (self.dry, self.nest_lambda, self.nest_comp, self.discard) = saved;
        result
    }

    /// `@decorator` lines, then the `def` or `class` they decorate.
    pub(crate) fn decorated(&mut self) -> R<()> {
        let mut count = 0u32;
        while self.at(Tok::At) {
            let at = self.tok;
            self.advance()?;
            self.set_line(at);
            self.named_expr()?;
            self.set_line(at);
            self.emit(Opcode::PUSH_NULL, 0)?;
            if !self.at(Tok::Newline) {
                return Err(self.invalid_syntax());
            }
            self.advance()?;
            count += 1;
        }
        self.pending_decorators = count;
        match self.tok.kind {
            Tok::Def => self.funcdef(),
            Tok::Class => self.classdef(),
            Tok::Async => {
                let tok = self.tok;
                Err(self.error_at_token(tok, format_args!("'async' is not supported")))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// Counts the decorators just compiled: their `PUSH_NULL`s are the ones before the
    /// definition; the calls are emitted by the definition.
    fn decorator_calls(&mut self, decorators: u32, line: Token) -> R<()> {
        self.set_line(line);
        for _ in 0..decorators {
            self.emit(Opcode::CALL, 1)?;
        }
        Ok(())
    }

    /// `def name(params) -> ann: body`.
    pub(crate) fn funcdef(&mut self) -> R<()> {
        let ndecorators = self.pending_decorators;
        self.pending_decorators = 0;
        let def = self.tok;
        self.advance()?;
        if !self.at(Tok::Name) {
            return Err(self.invalid_syntax());
        }
        let name = self.tok;
        self.advance()?;
        if self.quiet > 0 {
            // Pre-pass of the enclosing scope: the name is bound, defaults are read here,
            // the body belongs to another scope.
            self.expect_lparen()?;
            self.param_defaults(Tok::RParen, false)?;
            self.expect(Tok::RParen)?;
            self.return_annotation()?;
            self.expect_colon_forced()?;
            self.skip_block("function definition", def)?;
            return self.name_op(name, NameCtx::Store);
        }
        let flags = self.def_prepare(def, name)?;
        self.block("function definition", def)?;
        if self.reachable() {
            self.line = self.s.frames[self.top()].last_line.max(self.line_of(def));
            self.load_const(ConstSlot::None)?;
            self.emit(Opcode::RETURN_VALUE, 0)?;
        }
        self.make_function(flags, def)?;
        self.decorator_calls(ndecorators, def)?;
        self.set_line(def);
        self.name_op(name, NameCtx::Store)
    }

    /// Compiles a `def` header (defaults in the enclosing code object), opens the function's
    /// code object, names its parameters and runs the body's pre-pass; leaves the reader at
    /// the body. Returns the `MAKE_FUNCTION` flags for the defaults.
    #[inline(never)]
    fn def_prepare(&mut self, def: Token, name: Token) -> R<u32> {
        self.expect_lparen()?;
        let header = self.save();
        let flags = self.param_defaults(Tok::RParen, false)?;
        self.expect(Tok::RParen)?;
        self.return_annotation()?;
        self.expect_colon_forced()?;
        let body = self.save();
        self.push_frame(CodeKind::Function, self.name_ref(name), self.line_of(def))?;
        self.restore(&header);
        self.param_slots(Tok::RParen, false)?;
        self.restore(&body);
        self.pre_pass(|c| c.block("function definition", def))?;
        self.restore(&body);
        self.assign_local_slots()?;
        Ok(flags)
    }

    /// `lambda params: expr`.
    pub(crate) fn lambda(&mut self) -> R<super::expr::Kind> {
        let tok = self.tok;
        self.advance()?;
        if self.quiet > 0 {
            self.param_defaults(Tok::Colon, true)?;
            self.expect(Tok::Colon)?;
            self.nest_lambda += 1;
            let result = self.expr();
            self.nest_lambda -= 1;
            result?;
            return Ok(super::expr::Kind::Lambda);
        }
        let flags = self.lambda_prepare(tok)?;
        self.expr()?;
        self.set_line(tok);
        self.emit(Opcode::RETURN_VALUE, 0)?;
        self.make_function(flags, tok)?;
        Ok(super::expr::Kind::Lambda)
    }

    /// Like [`Compiler::def_prepare`] for a lambda.
    #[inline(never)]
    fn lambda_prepare(&mut self, tok: Token) -> R<u32> {
        let header = self.save();
        let flags = self.param_defaults(Tok::Colon, true)?;
        self.expect(Tok::Colon)?;
        let body = self.save();
        self.push_frame(
            CodeKind::Function,
            NameRef::Static(Fixed::Lambda),
            self.line_of(tok),
        )?;
        self.restore(&header);
        self.param_slots(Tok::Colon, true)?;
        self.restore(&body);
        self.pre_pass(|c| c.expr().map(|_| ()))?;
        self.restore(&body);
        self.assign_local_slots()?;
        Ok(flags)
    }

    /// `class Name(bases): body`.
    pub(crate) fn classdef(&mut self) -> R<()> {
        let ndecorators = self.pending_decorators;
        self.pending_decorators = 0;
        let class = self.tok;
        self.advance()?;
        if !self.at(Tok::Name) {
            return Err(self.invalid_syntax());
        }
        let name = self.tok;
        self.advance()?;
        if self.quiet > 0 {
            if self.eat(Tok::LParen)? {
                self.call_args(2, class)?;
            }
            self.expect_colon()?;
            self.skip_block("class definition", class)?;
            return self.name_op(name, NameCtx::Store);
        }
        self.set_line(class);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0)?;
        self.emit(Opcode::PUSH_NULL, 0)?;
        let bases = if self.at(Tok::LParen) {
            let pos = self.save();
            self.advance()?;
            self.skip_until(|_| false)?;
            self.expect(Tok::RParen)?;
            Some(pos)
        } else {
            None
        };
        self.expect_colon()?;
        self.class_prepare(class, name)?;
        // The body proper.
        let top = self.top();
        let qualname = self.s.frames[top].qualname;
        self.set_line(class);
        self.name_op_ref(NameRef::Static(Fixed::DunderName), NameCtx::Load, class)?;
        self.name_op_ref(NameRef::Static(Fixed::DunderModule), NameCtx::Store, class)?;
        self.load_const(ConstSlot::Str(qualname))?;
        self.name_op_ref(
            NameRef::Static(Fixed::DunderQualname),
            NameCtx::Store,
            class,
        )?;
        self.block("class definition", class)?;
        self.set_line(class);
        let cell = self.find_slot(top, NameRef::Static(Fixed::DunderClass));
        match cell {
            Some(slot) => self.emit(Opcode::LOAD_CLOSURE, slot)?,
            None => self.load_const(ConstSlot::None)?,
        }
        self.emit(Opcode::RETURN_VALUE, 0)?;
        self.make_function(0, class)?;
        self.load_const(ConstSlot::Str(self.name_ref(name)))?;
        match bases {
            Some(pos) => {
                let end = self.save();
                self.restore(&pos);
                self.advance()?;
                self.call_args(2, class)?;
                self.restore(&end);
            }
            None => self.emit(Opcode::CALL, 2)?,
        }
        self.decorator_calls(ndecorators, class)?;
        self.set_line(class);
        self.name_op(name, NameCtx::Store)
    }

    /// Opens a class body's code object and runs its pre-pass.
    #[inline(never)]
    fn class_prepare(&mut self, class: Token, name: Token) -> R<()> {
        let body = self.save();
        self.push_frame(CodeKind::Class, self.name_ref(name), self.line_of(class))?;
        self.pre_pass(|c| c.block("class definition", class))?;
        self.restore(&body);
        Ok(())
    }

    /// Whether `yield` may appear here; marks the function a generator.
    pub(crate) fn check_yield_allowed(&mut self, tok: Token) -> R<()> {
        if self.discard > 0 || (self.quiet > 0 && self.nest_lambda > 0) {
            return Ok(());
        }
        if self.quiet > 0 && self.nest_comp > 0 {
            let what = self.inline_comp_name;
            return Err(self.error_at_token(tok, format_args!("'yield' inside {what}")));
        }
        let top = self.top();
        match self.s.frames[top].kind {
            CodeKind::Function => {
                // A `yield` in unreachable code still makes a generator.
                if self.quiet == 0 || (self.dead && self.quiet == 1) {
                    self.s.frames[top].flags |= code_flags::GENERATOR;
                }
                Ok(())
            }
            CodeKind::Comprehension => {
                let what = match self.s.frames[top].name {
                    NameRef::Static(Fixed::ListComp) => "list comprehension",
                    NameRef::Static(Fixed::SetComp) => "set comprehension",
                    NameRef::Static(Fixed::DictComp) => "dict comprehension",
                    _ => "generator expression",
                };
                let last = self.prev;
                Err(self.error_between(tok, last, format_args!("'yield' inside {what}")))
            }
            CodeKind::Module | CodeKind::Class => {
                let last = self.prev;
                Err(self.error_between(tok, last, format_args!("'yield' outside function")))
            }
        }
    }
}
