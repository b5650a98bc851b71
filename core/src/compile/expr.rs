//! Expressions: precedence climbing from conditional expressions down to atoms, emitting as
//! it reads.
//!
//! Each parsing function returns the [`Kind`] of the expression it read (the top node an AST
//! would have), which assignment-target errors and a few shapes need. Operator instructions
//! carry the line where their expression starts.
//!
//! `x if c else y` is read in source order (`x`, then `c`) but must run `c` first: the code
//! for `c` and its jump is moved in front of the code for `x` ([`Compiler::rotate`]).

use crate::bytecode::{BinaryOp, CompareOp, Opcode};

use super::CodeSink;
use super::cursor::{Compiler, R};
use super::lexer::{Tok, Token, parse_float, parse_int};
use super::scope::NameCtx;
use super::scratch::{ConstSlot, Label};

/// The kind of an expression's top node, as CPython's messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A name.
    Name,
    /// `a.b`.
    Attribute,
    /// `a[b]`.
    Subscript,
    /// `*a`.
    Starred,
    /// `[a, b]`.
    List,
    /// `a, b` or `(a, b)`.
    Tuple,
    /// `lambda: 0`.
    Lambda,
    /// `f()`.
    Call,
    /// Arithmetic or unary (`-`, `+`, `~`) operators.
    Operator,
    /// `and`, `or`, `not`.
    BoolOp,
    /// `(x for x in y)`.
    GenExp,
    /// `yield` or `yield from`.
    Yield,
    /// `[x for x in y]`.
    ListComp,
    /// `{x for x in y}`.
    SetComp,
    /// `{k: v for ...}`.
    DictComp,
    /// `{k: v}`.
    Dict,
    /// `{a}`.
    Set,
    /// An f-string.
    FString,
    /// `None`.
    NoneLit,
    /// `True`.
    TrueLit,
    /// `False`.
    FalseLit,
    /// `...`.
    EllipsisLit,
    /// A string literal.
    Literal,
    /// A number literal.
    Number,
    /// `a < b`.
    Compare,
    /// `a if b else c`.
    IfExp,
    /// `(a := b)`.
    NamedExpr,
}

impl Kind {
    /// CPython's name for the kind in "cannot assign to ..." messages.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Attribute => "attribute",
            Kind::Subscript => "subscript",
            Kind::Starred => "starred",
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Lambda => "lambda",
            Kind::Call => "function call",
            Kind::Operator | Kind::BoolOp => "expression",
            Kind::GenExp => "generator expression",
            Kind::Yield => "yield expression",
            Kind::ListComp => "list comprehension",
            Kind::SetComp => "set comprehension",
            Kind::DictComp => "dict comprehension",
            Kind::Dict => "dict literal",
            Kind::Set => "set display",
            Kind::FString => "f-string expression",
            Kind::NoneLit => "None",
            Kind::TrueLit => "True",
            Kind::FalseLit => "False",
            Kind::EllipsisLit => "ellipsis",
            Kind::Literal | Kind::Number => "literal",
            Kind::Compare => "comparison",
            Kind::IfExp => "conditional expression",
            Kind::NamedExpr => "named expression",
        }
    }
}

/// What a primary expression does with its final part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// Evaluate it.
    Load,
    /// Assign the value below it to it.
    Store,
    /// Delete it.
    Del,
    /// Augmented assignment: load it, keeping what the store needs underneath.
    Aug,
}

/// A primary expression read in some [`Ctx`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Primary {
    /// What it is.
    pub kind: Kind,
    /// Its name token (a name, or an attribute's name).
    pub name: Token,
}

/// Binary operator of a token, with its precedence (higher binds tighter).
fn binary_op(tok: Tok) -> Option<(BinaryOp, u8)> {
    Some(match tok {
        Tok::VBar => (BinaryOp::Or, 1),
        Tok::Caret => (BinaryOp::Xor, 2),
        Tok::Amper => (BinaryOp::And, 3),
        Tok::LShift => (BinaryOp::LShift, 4),
        Tok::RShift => (BinaryOp::RShift, 4),
        Tok::Plus => (BinaryOp::Add, 5),
        Tok::Minus => (BinaryOp::Subtract, 5),
        Tok::Star => (BinaryOp::Multiply, 6),
        Tok::Slash => (BinaryOp::TrueDivide, 6),
        Tok::DoubleSlash => (BinaryOp::FloorDivide, 6),
        Tok::Percent => (BinaryOp::Remainder, 6),
        Tok::At => (BinaryOp::MatMul, 6),
        _ => return None,
    })
}

/// Whether a token can start an expression.
pub(crate) fn starts_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name
            | Tok::Int
            | Tok::Float
            | Tok::Imaginary
            | Tok::String
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
    )
}

/// Whether a token continues an expression after an operand (so the operand is not a whole
/// assignment target).
pub(crate) fn continues_expression(tok: Tok) -> bool {
    binary_op(tok).is_some()
        || matches!(
            tok,
            Tok::DoubleStar
                | Tok::Less
                | Tok::Greater
                | Tok::EqEq
                | Tok::NotEq
                | Tok::LessEq
                | Tok::GreaterEq
                | Tok::Is
                | Tok::Not
                | Tok::And
                | Tok::Or
                | Tok::If
                | Tok::ColonEq
                | Tok::In
        )
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// `test`: a conditional expression or lambda (no walrus, no star).
    pub(crate) fn expr(&mut self) -> R<Kind> {
        self.enter()?;
        let kind = self.expr_inner();
        self.leave();
        kind
    }

    fn expr_inner(&mut self) -> R<Kind> {
        match self.tok.kind {
            Tok::Lambda => return self.lambda(),
            Tok::Yield => {
                let tok = self.tok;
                return Err(self.error_at_token(tok, format_args!("invalid syntax")));
            }
            _ => {}
        }
        let first = self.tok;
        let start = self.here();
        let kind = self.or_test()?;
        if !self.at(Tok::If) {
            return Ok(kind);
        }
        // x if c else y: emit c and its jump, then move them in front of x.
        self.advance()?;
        let mid = self.here();
        self.or_test()?;
        let mut orelse = Label::new();
        self.jump(Opcode::POP_JUMP_IF_FALSE, &mut orelse)?;
        if self.quiet == 0 {
            let end = self.here();
            self.rotate(start, mid)?;
            orelse.head = start + (end - mid) - Opcode::POP_JUMP_IF_FALSE.size();
            if orelse.depth != Label::NONE {
                // Recorded with x on the stack; after the move, x is not there yet.
                orelse.depth -= 1;
            }
        }
        if !self.at(Tok::Else) {
            let last = self.prev;
            return Err(self.error_between(
                first,
                last,
                format_args!("expected 'else' after 'if' expression"),
            ));
        }
        self.advance()?;
        let mut end = Label::new();
        self.set_line(first);
        self.jump(Opcode::JUMP_FORWARD, &mut end)?;
        self.bind(&mut orelse);
        self.expr()?;
        self.bind(&mut end);
        Ok(Kind::IfExp)
    }

    /// `named_expression`: `NAME := test` or `test`.
    pub(crate) fn named_expr(&mut self) -> R<Kind> {
        if self.at(Tok::Name) && self.peek().kind == Tok::ColonEq {
            let name = self.tok;
            self.advance()?;
            self.advance()?;
            self.expr()?;
            self.set_line(name);
            self.emit(Opcode::COPY, 1)?;
            self.name_op(name, NameCtx::Walrus)?;
            return Ok(Kind::NamedExpr);
        }
        let first = self.tok;
        let kind = self.expr()?;
        if self.at(Tok::ColonEq) {
            let what = kind.describe();
            return Err(self.error_between(
                first,
                self.prev,
                format_args!("cannot use assignment expressions with {what}"),
            ));
        }
        Ok(kind)
    }

    /// `star_expressions` as a value: `a`, `a, b`, `*a, b` (a tuple when there is a comma).
    pub(crate) fn star_expressions(&mut self) -> R<Kind> {
        let first = self.tok;
        if self.at(Tok::Star) {
            let (_, _, _, comma) = self.scan_items(|tok| {
                matches!(
                    tok,
                    Tok::Newline | Tok::Eof | Tok::Semi | Tok::Eq | Tok::Colon
                ) || super::scan::is_aug(tok)
            });
            if !comma {
                return Err(self.starred_here(first));
            }
        }
        if !self.at(Tok::Star) {
            let kind = self.expr()?;
            if !self.at(Tok::Comma) {
                return Ok(kind);
            }
        }
        self.sequence_tail(first, Seq::Tuple, |tok| {
            matches!(
                tok,
                Tok::Newline | Tok::Eof | Tok::Semi | Tok::Eq | Tok::Colon | Tok::RParen
            ) || super::scan::is_aug(tok)
        })?;
        Ok(Kind::Tuple)
    }

    /// "can't use starred expression here" for a lone `*x`.
    #[cold]
    fn starred_here(&mut self, star: Token) -> super::cursor::Fail {
        let _ = self.read_quietly(|c| {
            c.advance()?;
            c.binary(1).map(|_| ())
        });
        let last = self.prev;
        self.error_between(
            star,
            last,
            format_args!("can't use starred expression here"),
        )
    }

    /// `or_test` in value form: `a or b` keeps the deciding operand.
    pub(crate) fn or_test(&mut self) -> R<Kind> {
        let line = self.line_of(self.tok);
        let kind = self.and_test()?;
        if !self.at(Tok::Or) {
            return Ok(kind);
        }
        let mut end = Label::new();
        while self.eat(Tok::Or)? {
            self.line = line;
            self.emit(Opcode::COPY, 1)?;
            self.jump(Opcode::POP_JUMP_IF_TRUE, &mut end)?;
            self.emit(Opcode::POP_TOP, 0)?;
            self.and_test()?;
        }
        self.bind(&mut end);
        Ok(Kind::BoolOp)
    }

    /// An operand below comparisons (what a `for` target can be before its `in`).
    pub(crate) fn or_test_no_compare(&mut self) -> R<Kind> {
        self.binary(1)
    }

    /// `and_test` in value form.
    fn and_test(&mut self) -> R<Kind> {
        let line = self.line_of(self.tok);
        let kind = self.not_test()?;
        if !self.at(Tok::And) {
            return Ok(kind);
        }
        let mut end = Label::new();
        while self.eat(Tok::And)? {
            self.line = line;
            self.emit(Opcode::COPY, 1)?;
            self.jump(Opcode::POP_JUMP_IF_FALSE, &mut end)?;
            self.emit(Opcode::POP_TOP, 0)?;
            self.not_test()?;
        }
        self.bind(&mut end);
        Ok(Kind::BoolOp)
    }

    /// `not_test` in value form.
    fn not_test(&mut self) -> R<Kind> {
        if self.at(Tok::Not) {
            let tok = self.tok;
            self.enter()?;
            self.advance()?;
            self.not_test()?;
            self.leave();
            self.set_line(tok);
            self.emit(Opcode::UNARY_NOT, 0)?;
            return Ok(Kind::BoolOp);
        }
        self.comparison()
    }

    /// Reads a comparison operator if one is next (consuming it).
    fn compare_op(&mut self) -> R<Option<(Opcode, u32)>> {
        let op = match self.tok.kind {
            Tok::Less => (Opcode::COMPARE_OP, CompareOp::Lt as u32),
            Tok::LessEq => (Opcode::COMPARE_OP, CompareOp::Le as u32),
            Tok::EqEq => (Opcode::COMPARE_OP, CompareOp::Eq as u32),
            Tok::NotEq => (Opcode::COMPARE_OP, CompareOp::Ne as u32),
            Tok::Greater => (Opcode::COMPARE_OP, CompareOp::Gt as u32),
            Tok::GreaterEq => (Opcode::COMPARE_OP, CompareOp::Ge as u32),
            Tok::In => (Opcode::CONTAINS_OP, 0),
            Tok::Is => {
                self.advance()?;
                return Ok(Some((Opcode::IS_OP, u32::from(self.eat(Tok::Not)?))));
            }
            Tok::Not => {
                if self.peek().kind != Tok::In {
                    self.advance()?;
                    return Err(self.invalid_syntax());
                }
                self.advance()?;
                (Opcode::CONTAINS_OP, 1)
            }
            _ => return Ok(None),
        };
        self.advance()?;
        Ok(Some(op))
    }

    /// Comparisons, chained as `a < b < c` → `a < b and b < c` with `b` evaluated once.
    pub(crate) fn comparison(&mut self) -> R<Kind> {
        let line = self.line_of(self.tok);
        let kind = self.binary(1)?;
        let Some(mut op) = self.compare_op()? else {
            return Ok(kind);
        };
        let mut cleanup = Label::new();
        let mut chained = false;
        loop {
            self.binary(1)?;
            self.line = line;
            let next = self.compare_op()?;
            match next {
                Some(next) => {
                    self.emit(Opcode::SWAP, 2)?;
                    self.emit(Opcode::COPY, 2)?;
                    self.emit(op.0, op.1)?;
                    self.emit(Opcode::COPY, 1)?;
                    self.jump(Opcode::POP_JUMP_IF_FALSE, &mut cleanup)?;
                    self.emit(Opcode::POP_TOP, 0)?;
                    chained = true;
                    op = next;
                }
                None => {
                    self.emit(op.0, op.1)?;
                    if chained {
                        let mut end = Label::new();
                        self.jump(Opcode::JUMP_FORWARD, &mut end)?;
                        self.bind(&mut cleanup);
                        self.emit(Opcode::SWAP, 2)?;
                        self.emit(Opcode::POP_TOP, 0)?;
                        self.bind(&mut end);
                    }
                    return Ok(Kind::Compare);
                }
            }
        }
    }

    /// Binary operators from precedence `min` up (precedence climbing, left-associative).
    fn binary(&mut self, min: u8) -> R<Kind> {
        let line = self.line_of(self.tok);
        let mut kind = self.factor()?;
        while let Some((op, prec)) = binary_op(self.tok.kind) {
            if prec < min {
                break;
            }
            self.advance()?;
            self.binary(prec + 1)?;
            self.line = line;
            self.emit(Opcode::BINARY_OP, op as u32)?;
            kind = Kind::Operator;
        }
        Ok(kind)
    }

    /// Unary `-`, `+`, `~` (a negated number literal becomes a constant).
    fn factor(&mut self) -> R<Kind> {
        let op = match self.tok.kind {
            Tok::Minus => Opcode::UNARY_NEGATIVE,
            Tok::Plus => Opcode::UNARY_POSITIVE,
            Tok::Tilde => Opcode::UNARY_INVERT,
            _ => return self.power(),
        };
        let tok = self.tok;
        self.enter()?;
        self.advance()?;
        if op == Opcode::UNARY_NEGATIVE && self.at(Tok::Int) && self.is_min_int_literal() {
            self.advance()?;
            self.set_line(tok);
            self.load_const(ConstSlot::Int(i64::MIN))?;
            self.leave();
            return Ok(Kind::Operator);
        }
        let start = self.here();
        let consts_before = self.s.consts_len;
        let kind = self.factor()?;
        self.leave();
        if op == Opcode::UNARY_NEGATIVE
            && kind == Kind::Number
            && self.quiet == 0
            && self.fold_negative(start, consts_before).is_some()
        {
            return Ok(Kind::Operator);
        }
        self.set_line(tok);
        self.emit(op, 0)?;
        Ok(Kind::Operator)
    }

    /// Whether the current Int token is `9223372036854775808` (only valid negated) and is
    /// not followed by `**` or a trailer.
    #[inline(never)]
    fn is_min_int_literal(&self) -> bool {
        let text = self.tok_text();
        let mut digits = [0u8; 19];
        let mut n = 0;
        for b in text.bytes() {
            if b == b'_' {
                continue;
            }
            if n == 19 || !b.is_ascii_digit() {
                return false;
            }
            digits[n] = b;
            n += 1;
        }
        &digits[..n] == b"9223372036854775808"
            && !matches!(
                self.peek().kind,
                Tok::DoubleStar | Tok::Dot | Tok::LParen | Tok::LBracket
            )
    }

    /// Replaces a just-emitted `LOAD_CONST number` by its negation.
    fn fold_negative(&mut self, start: u32, consts_before: u32) -> Option<()> {
        if self.here() != start + Opcode::LOAD_CONST.size() {
            return None;
        }
        let (byte, index) = crate::bytecode::decode(self.s.code[start as usize]);
        if byte != Opcode::LOAD_CONST as u8 {
            return None;
        }
        let top = self.top();
        let absolute = (self.s.frames[top].const_start + index) as usize;
        let negated = match self.s.consts[absolute] {
            ConstSlot::Int(v) => ConstSlot::Int(v.checked_neg()?),
            ConstSlot::Float(bits) => ConstSlot::Float((-f64::from_bits(bits)).to_bits()),
            _ => return None,
        };
        if self.s.consts_len == consts_before + 1 && absolute + 1 == self.s.consts_len as usize {
            self.s.consts_len -= 1;
        }
        let new_index = self.add_const(negated).ok()?;
        self.s.code[start as usize] = crate::bytecode::encode(Opcode::LOAD_CONST, new_index);
        Some(())
    }

    /// `**` (right-associative, binds tighter than a unary operator on its left).
    fn power(&mut self) -> R<Kind> {
        let line = self.line_of(self.tok);
        if self.at(Tok::Await) {
            let tok = self.tok;
            return Err(self.error_at_token(tok, format_args!("'await' is not supported")));
        }
        let kind = self.primary(Ctx::Load)?.kind;
        if !self.at(Tok::DoubleStar) {
            return Ok(kind);
        }
        self.advance()?;
        self.enter()?;
        self.factor()?;
        self.leave();
        self.line = line;
        self.emit(Opcode::BINARY_OP, BinaryOp::Power as u32)?;
        Ok(Kind::Operator)
    }

    /// An atom and its trailers (`.name`, `[index]`, `(args)`); in a store, delete or
    /// augmented context the last trailer (or the bare name) is the target.
    pub(crate) fn primary(&mut self, ctx: Ctx) -> R<Primary> {
        let first = self.tok;
        let line = self.line_of(first);
        let mut kind;
        let mut name = first;
        if first.kind == Tok::Name {
            self.advance()?;
            if !is_trailer(self.tok.kind) {
                self.set_line(first);
                match ctx {
                    Ctx::Load | Ctx::Aug => self.name_op(first, NameCtx::Load)?,
                    Ctx::Store => self.name_op(first, NameCtx::Store)?,
                    Ctx::Del => self.name_op(first, NameCtx::Del)?,
                }
                return Ok(Primary {
                    kind: Kind::Name,
                    name,
                });
            }
            self.set_line(first);
            self.name_op(first, NameCtx::Load)?;
            kind = Kind::Name;
        } else {
            kind = self.atom()?;
        }
        while is_trailer(self.tok.kind) {
            match self.tok.kind {
                Tok::Dot => {
                    self.advance()?;
                    if !self.at(Tok::Name) {
                        return Err(self.invalid_syntax());
                    }
                    name = self.tok;
                    let attr = self.name_ref(name);
                    self.advance()?;
                    self.line = line;
                    if self.at(Tok::LParen) {
                        self.emit_name(Opcode::LOAD_METHOD, attr)?;
                        self.advance()?;
                        self.call_args(0, first)?;
                        kind = Kind::Call;
                        continue;
                    }
                    let last = !is_trailer(self.tok.kind);
                    match ctx {
                        Ctx::Store if last => self.emit_name(Opcode::STORE_ATTR, attr)?,
                        Ctx::Del if last => self.emit_name(Opcode::DELETE_ATTR, attr)?,
                        Ctx::Aug if last => {
                            self.emit(Opcode::COPY, 1)?;
                            self.emit_name(Opcode::LOAD_ATTR, attr)?;
                        }
                        _ => self.emit_name(Opcode::LOAD_ATTR, attr)?,
                    }
                    kind = Kind::Attribute;
                }
                Tok::LParen => {
                    self.advance()?;
                    self.line = line;
                    self.emit(Opcode::PUSH_NULL, 0)?;
                    self.call_args(0, first)?;
                    kind = Kind::Call;
                }
                _ => {
                    self.advance()?;
                    self.subscript()?;
                    self.line = line;
                    let last = !is_trailer(self.tok.kind);
                    match ctx {
                        Ctx::Store if last => self.emit(Opcode::STORE_SUBSCR, 0)?,
                        Ctx::Del if last => self.emit(Opcode::DELETE_SUBSCR, 0)?,
                        Ctx::Aug if last => {
                            self.emit(Opcode::COPY, 2)?;
                            self.emit(Opcode::COPY, 2)?;
                            self.emit(Opcode::BINARY_SUBSCR, 0)?;
                        }
                        _ => self.emit(Opcode::BINARY_SUBSCR, 0)?,
                    }
                    kind = Kind::Subscript;
                }
            }
        }
        Ok(Primary { kind, name })
    }

    /// The index of a subscript, after `[`, through `]`: an expression, a slice, or a tuple
    /// of them.
    fn subscript(&mut self) -> R<()> {
        self.brackets += 1;
        if self.at(Tok::RBracket) {
            return Err(self.invalid_syntax());
        }
        let mut seq = SeqBuilder::new(Seq::Tuple);
        let mut comma = false;
        loop {
            let item = self.tok;
            if self.at(Tok::Star) {
                let star = self.tok;
                self.advance()?;
                self.seq_star(&mut seq, star)?;
            } else {
                self.slice_item()?;
                self.seq_item(&mut seq)?;
            }
            if self.at(Tok::Comma) {
                comma = true;
                self.advance()?;
                if self.at(Tok::RBracket) {
                    break;
                }
                continue;
            }
            if !self.at(Tok::RBracket) {
                return Err(self.missing_comma_or_syntax(item));
            }
            break;
        }
        self.advance()?;
        self.brackets -= 1;
        if comma || seq.starred {
            self.seq_finish(&mut seq)?;
        }
        Ok(())
    }

    /// One item of a subscript: an expression or `lower:upper:step`.
    fn slice_item(&mut self) -> R<()> {
        if !self.at(Tok::Colon) {
            self.named_expr()?;
            if !self.at(Tok::Colon) {
                return Ok(());
            }
        } else {
            self.load_const(ConstSlot::None)?;
        }
        self.advance()?;
        if matches!(self.tok.kind, Tok::Colon | Tok::Comma | Tok::RBracket) {
            self.load_const(ConstSlot::None)?;
        } else {
            self.expr()?;
        }
        if self.eat(Tok::Colon)? && !matches!(self.tok.kind, Tok::Comma | Tok::RBracket) {
            self.expr()?;
            return self.emit(Opcode::BUILD_SLICE, 3);
        }
        self.emit(Opcode::BUILD_SLICE, 2)
    }

    /// An atom: a name, literal or bracketed expression.
    fn atom(&mut self) -> R<Kind> {
        let tok = self.tok;
        self.set_line(tok);
        match tok.kind {
            Tok::Name => {
                self.advance()?;
                self.name_op(tok, NameCtx::Load)?;
                Ok(Kind::Name)
            }
            Tok::Int => {
                self.advance()?;
                match parse_int(self.text(tok)) {
                    Ok(v) => self.load_const(ConstSlot::Int(v))?,
                    Err(_) => {
                        // Ints are 64-bit until arbitrary precision lands: a literal outside
                        // that range compiles to an addition that raises OverflowError when
                        // it runs, as any other out-of-range int does.
                        self.load_const(ConstSlot::Int(i64::MAX))?;
                        self.load_const(ConstSlot::Int(1))?;
                        self.emit(Opcode::BINARY_OP, BinaryOp::Add as u32)?;
                        return Ok(Kind::Literal);
                    }
                }
                Ok(Kind::Number)
            }
            Tok::Float => {
                self.advance()?;
                let value = parse_float(self.text(tok));
                self.load_const(ConstSlot::Float(value.to_bits()))?;
                Ok(Kind::Number)
            }
            Tok::Imaginary => {
                Err(self.error_at_token(tok, format_args!("complex numbers are not supported")))
            }
            Tok::String => self.strings(),
            Tok::None => {
                self.advance()?;
                self.load_const(ConstSlot::None)?;
                Ok(Kind::NoneLit)
            }
            Tok::True | Tok::False => {
                self.advance()?;
                self.load_const(ConstSlot::Bool(tok.kind == Tok::True))?;
                Ok(if tok.kind == Tok::True {
                    Kind::TrueLit
                } else {
                    Kind::FalseLit
                })
            }
            Tok::Ellipsis => {
                self.advance()?;
                self.load_const(ConstSlot::Ellipsis)?;
                Ok(Kind::EllipsisLit)
            }
            Tok::LParen => {
                self.enter()?;
                let kind = self.paren_atom();
                self.leave();
                kind
            }
            Tok::LBracket => {
                self.enter()?;
                let kind = self.list_atom();
                self.leave();
                kind
            }
            Tok::LBrace => {
                self.enter()?;
                let kind = self.brace_atom();
                self.leave();
                kind
            }
            Tok::Await => Err(self.error_at_token(tok, format_args!("'await' is not supported"))),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `(...)`: empty tuple, parenthesized expression, tuple, yield or generator expression.
    fn paren_atom(&mut self) -> R<Kind> {
        let open = self.tok;
        self.advance()?;
        self.brackets += 1;
        if self.at(Tok::RParen) {
            self.advance()?;
            self.brackets -= 1;
            self.set_line(open);
            self.emit(Opcode::BUILD_TUPLE, 0)?;
            return Ok(Kind::Tuple);
        }
        if self.at(Tok::Yield) {
            self.yield_expr()?;
            self.brackets -= 1;
            self.expect(Tok::RParen)?;
            return Ok(Kind::Yield);
        }
        if self.scan_first_element().0 {
            self.comprehension(super::comp::CompKind::Gen, Tok::RParen)?;
            self.brackets -= 1;
            return Ok(Kind::GenExp);
        }
        let first = self.tok;
        if !self.at(Tok::Star) {
            let kind = self.named_expr()?;
            if self.at(Tok::RParen) {
                self.advance()?;
                self.brackets -= 1;
                return Ok(kind);
            }
            if !self.at(Tok::Comma) {
                return Err(self.missing_comma_or_syntax(first));
            }
        } else if self.peek_starred_alone() {
            let star = self.tok;
            return Err(
                self.error_at_token(star, format_args!("cannot use starred expression here"))
            );
        }
        self.sequence_tail(first, Seq::Tuple, |tok| tok == Tok::RParen)?;
        self.brackets -= 1;
        self.expect(Tok::RParen)?;
        Ok(Kind::Tuple)
    }

    /// Whether `(*a)` is next: a starred expression alone in parentheses.
    #[inline(never)]
    fn peek_starred_alone(&self) -> bool {
        let (items, _, _, comma) = self.scan_items(|tok| tok == Tok::RParen);
        items == 1 && !comma
    }

    /// `[...]`: list display or list comprehension.
    fn list_atom(&mut self) -> R<Kind> {
        let open = self.tok;
        self.advance()?;
        self.brackets += 1;
        if self.scan_first_element().0 {
            self.comprehension(super::comp::CompKind::List, Tok::RBracket)?;
            self.brackets -= 1;
            return Ok(Kind::ListComp);
        }
        if self.at(Tok::RBracket) {
            self.advance()?;
            self.brackets -= 1;
            self.set_line(open);
            self.emit(Opcode::BUILD_LIST, 0)?;
            return Ok(Kind::List);
        }
        let first = self.tok;
        self.sequence_items(first, Seq::List, |tok| tok == Tok::RBracket)?;
        self.brackets -= 1;
        self.expect(Tok::RBracket)?;
        Ok(Kind::List)
    }

    /// `{...}`: dict or set display or comprehension.
    fn brace_atom(&mut self) -> R<Kind> {
        let open = self.tok;
        self.advance()?;
        self.brackets += 1;
        if self.at(Tok::RBrace) {
            self.advance()?;
            self.brackets -= 1;
            self.set_line(open);
            self.emit(Opcode::BUILD_MAP, 0)?;
            return Ok(Kind::Dict);
        }
        let (comp, colon) = self.scan_first_element();
        if comp {
            let kind = if colon {
                super::comp::CompKind::Dict
            } else {
                super::comp::CompKind::Set
            };
            self.comprehension(kind, Tok::RBrace)?;
            self.brackets -= 1;
            return Ok(if colon { Kind::DictComp } else { Kind::SetComp });
        }
        let first = self.tok;
        let kind = if colon || self.at(Tok::DoubleStar) {
            self.dict_items(first)?;
            Kind::Dict
        } else {
            self.sequence_items(first, Seq::Set, |tok| tok == Tok::RBrace)?;
            Kind::Set
        };
        self.brackets -= 1;
        self.expect(Tok::RBrace)?;
        Ok(kind)
    }

    /// The items of a dict display, up to (not including) `}`.
    fn dict_items(&mut self, first: Token) -> R<()> {
        let line = self.line_of(first);
        let mut pending = 0u32;
        let mut have_dict = false;
        let mut value = first;
        loop {
            if self.at(Tok::RBrace) {
                break;
            }
            if self.at(Tok::DoubleStar) {
                self.advance()?;
                self.line = line;
                if pending > 0 || !have_dict {
                    self.emit(Opcode::BUILD_MAP, pending)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1)?;
                    }
                    pending = 0;
                    have_dict = true;
                }
                self.binary(1)?;
                self.line = line;
                self.emit(Opcode::DICT_UPDATE, 1)?;
            } else {
                let key = self.tok;
                self.expr()?;
                if !self.at(Tok::Colon) {
                    if matches!(self.tok.kind, Tok::Comma | Tok::RBrace) {
                        return Err(self.error_span(
                            super::error::ErrorKind::SyntaxError,
                            self.line_of(key),
                            self.cols(key).0,
                            self.cols(key).0,
                            format_args!("':' expected after dictionary key"),
                        ));
                    }
                    return Err(self.invalid_syntax());
                }
                self.advance()?;
                value = self.tok;
                self.expr()?;
                pending += 1;
                if pending == STACK_GUIDELINE {
                    self.line = line;
                    self.emit(Opcode::BUILD_MAP, pending)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1)?;
                    }
                    have_dict = true;
                    pending = 0;
                }
            }
            if !self.eat(Tok::Comma)? {
                if !self.at(Tok::RBrace) {
                    return Err(self.missing_comma_or_syntax(value));
                }
                break;
            }
        }
        self.line = line;
        if pending > 0 || !have_dict {
            self.emit(Opcode::BUILD_MAP, pending)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1)?;
            }
        }
        Ok(())
    }

    /// The items of a list, set or tuple display from the current token (nothing consumed
    /// yet) up to the closing token that `end` accepts.
    pub(crate) fn sequence_items(
        &mut self,
        first: Token,
        seq: Seq,
        end: impl Fn(Tok) -> bool,
    ) -> R<()> {
        let mut builder = SeqBuilder::new(seq);
        let line = self.line_of(first);
        loop {
            if end(self.tok.kind) {
                break;
            }
            let item = self.tok;
            if self.at(Tok::Star) {
                let star = self.tok;
                self.advance()?;
                self.seq_star(&mut builder, star)?;
            } else {
                let start = self.here();
                self.named_expr()?;
                builder.constants &= seq == Seq::Set && self.is_constant_code(start);
                self.seq_item(&mut builder)?;
            }
            if !self.eat(Tok::Comma)? {
                if !end(self.tok.kind) {
                    return Err(self.missing_comma_or_syntax(item));
                }
                break;
            }
        }
        self.line = line;
        self.seq_finish(&mut builder)?;
        if builder.constants && !builder.starred && builder.count > 2 {
            self.merge_constant_set()?;
        }
        Ok(())
    }

    /// The rest of a tuple whose first item starts at the current token (a star) or has
    /// been compiled (the current token is the comma after it).
    fn sequence_tail(&mut self, first: Token, seq: Seq, end: impl Fn(Tok) -> bool) -> R<()> {
        let mut builder = SeqBuilder::new(seq);
        if !self.at(Tok::Star) {
            self.seq_item(&mut builder)?;
            self.advance()?;
        }
        let line = self.line_of(first);
        loop {
            if end(self.tok.kind) {
                break;
            }
            let item = self.tok;
            if self.at(Tok::Star) {
                let star = self.tok;
                self.advance()?;
                self.seq_star(&mut builder, star)?;
            } else {
                self.expr()?;
                self.seq_item(&mut builder)?;
            }
            if !self.eat(Tok::Comma)? {
                if !end(self.tok.kind) && starts_expression(self.tok.kind) && self.brackets > 0 {
                    return Err(self.missing_comma_or_syntax(item));
                }
                break;
            }
        }
        self.line = line;
        self.seq_finish(&mut builder)
    }

    /// Records one plain item of a display.
    fn seq_item(&mut self, b: &mut SeqBuilder) -> R<()> {
        b.count += 1;
        if b.built {
            let op = match b.seq {
                Seq::Set => Opcode::SET_ADD,
                Seq::List | Seq::Tuple => Opcode::LIST_APPEND,
            };
            self.emit(op, 1)?;
        } else {
            b.pending += 1;
            if b.pending >= STACK_GUIDELINE {
                self.seq_build(b)?;
            }
        }
        Ok(())
    }

    /// Compiles `*item` of a display (the `*` consumed).
    fn seq_star(&mut self, b: &mut SeqBuilder, star: Token) -> R<()> {
        let _ = star;
        if !b.built {
            self.seq_build(b)?;
        }
        b.starred = true;
        b.count += 1;
        self.binary(1)?;
        let op = match b.seq {
            Seq::Set => Opcode::SET_UPDATE,
            Seq::List | Seq::Tuple => Opcode::LIST_EXTEND,
        };
        self.emit(op, 1)
    }

    /// Builds the collection from the pending items (switching to incremental mode).
    fn seq_build(&mut self, b: &mut SeqBuilder) -> R<()> {
        let op = match b.seq {
            Seq::Set => Opcode::BUILD_SET,
            Seq::List | Seq::Tuple => Opcode::BUILD_LIST,
        };
        self.emit(op, b.pending)?;
        b.pending = 0;
        b.built = true;
        Ok(())
    }

    /// Finishes a display.
    fn seq_finish(&mut self, b: &mut SeqBuilder) -> R<()> {
        if b.built {
            if b.seq == Seq::Tuple {
                self.emit(Opcode::LIST_TO_TUPLE, 0)?;
            }
            return Ok(());
        }
        let op = match b.seq {
            Seq::Set => Opcode::BUILD_SET,
            Seq::List => Opcode::BUILD_LIST,
            Seq::Tuple => Opcode::BUILD_TUPLE,
        };
        self.emit(op, b.pending)
    }

    /// After an item that is not followed by `,` or the closing bracket: CPython's
    /// "Perhaps you forgot a comma?" when another expression follows inside brackets, else
    /// "invalid syntax" at the current token.
    #[cold]
    pub(crate) fn missing_comma_or_syntax(&mut self, first: Token) -> super::cursor::Fail {
        if self.brackets == 0 || !starts_expression(self.tok.kind) || first.kind == Tok::Star {
            return self.invalid_syntax();
        }
        let bad = self.tok;
        self.quiet += 1;
        self.discard += 1;
        let parsed = self.expr();
        self.quiet -= 1;
        self.discard -= 1;
        if parsed.is_err() {
            self.tok = bad;
            return self.error_at_token(bad, format_args!("invalid syntax"));
        }
        let last = self.prev;
        self.error_between(
            first,
            last,
            format_args!("invalid syntax. Perhaps you forgot a comma?"),
        )
    }

    /// `yield`, `yield value`, `yield from iterable` (the `yield` is the current token).
    pub(crate) fn yield_expr(&mut self) -> R<()> {
        let tok = self.tok;
        self.advance()?;
        if self.eat(Tok::From)? {
            self.expr()?;
            self.check_yield_allowed(tok)?;
            self.set_line(tok);
            self.emit(Opcode::GET_YIELD_FROM_ITER, 0)?;
            self.load_const(ConstSlot::None)?;
            let top = self.here();
            let mut exit = Label::new();
            self.jump(Opcode::SEND, &mut exit)?;
            self.emit(Opcode::YIELD_VALUE, 0)?;
            self.jump_back(top)?;
            self.bind(&mut exit);
            return Ok(());
        }
        if matches!(
            self.tok.kind,
            Tok::RParen
                | Tok::RBracket
                | Tok::RBrace
                | Tok::Newline
                | Tok::Eof
                | Tok::Semi
                | Tok::Eq
        ) {
            self.set_line(tok);
            self.load_const(ConstSlot::None)?;
        } else {
            self.star_expressions()?;
        }
        self.check_yield_allowed(tok)?;
        self.set_line(tok);
        self.emit(Opcode::YIELD_VALUE, 0)
    }
}

/// Items pushed before a display switches to building incrementally (CPython's
/// `STACK_USE_GUIDELINE`): keeps the value stack small for long literals.
const STACK_GUIDELINE: u32 = 30;

/// The collection a display builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    /// A list.
    List,
    /// A tuple (built as a list when it has starred items or many items).
    Tuple,
    /// A set.
    Set,
}

/// State of a display being compiled.
struct SeqBuilder {
    seq: Seq,
    /// Items pushed and not yet collected.
    pending: u32,
    /// Whether the collection exists (items are then appended one by one).
    built: bool,
    /// Whether a starred item was seen.
    starred: bool,
    /// Items so far.
    count: u32,
    /// Whether every item so far is a constant (only tracked for sets; see `const_set`).
    constants: bool,
}

impl SeqBuilder {
    fn new(seq: Seq) -> SeqBuilder {
        SeqBuilder {
            seq,
            pending: 0,
            built: false,
            starred: false,
            count: 0,
            constants: true,
        }
    }
}

/// Whether a token starts a trailer.
pub(crate) fn is_trailer(tok: Tok) -> bool {
    matches!(tok, Tok::Dot | Tok::LParen | Tok::LBracket)
}
