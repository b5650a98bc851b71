//! Assignment, `for`, `with` and `del` targets, with CPython's messages for invalid ones.
//!
//! Targets are compiled after the value they receive is on the stack: `a, *b = v` is
//! `<v> UNPACK_EX 1 <store a> <store b>`; `a.b = v` is `<v> <a> STORE_ATTR b`;
//! `a[i] = v` is `<v> <a> <i> STORE_SUBSCR`. A target that turns out invalid is read again
//! without emitting, to name what it is ("cannot assign to function call").

use crate::bytecode::Opcode;

use super::CodeSink;
use super::cursor::{Compiler, Fail, Pos, R};
use super::expr::{Ctx, Kind, continues_expression};
use super::lexer::Tok;

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// A comma-separated target list ending before a token `stop` accepts (or a closing
    /// bracket): one target, or an unpacking of several.
    pub(crate) fn target_list(&mut self, ctx: Ctx, stop: impl Fn(Tok) -> bool + Copy) -> R<()> {
        self.target_list_hinted(ctx, stop, false)
    }

    /// [`Compiler::target_list`]; `hint` asks for CPython's "Maybe you meant '=='" wording
    /// for an invalid target right before the value of an assignment (the whole target, or
    /// the last item of an unpacking).
    pub(crate) fn target_list_hinted(
        &mut self,
        ctx: Ctx,
        stop: impl Fn(Tok) -> bool + Copy,
        hint: bool,
    ) -> R<()> {
        let first = self.tok;
        let (items, star, two_stars, comma) = self.scan_items(stop);
        if items == 0 {
            return Err(self.invalid_syntax());
        }
        if !comma {
            if first.kind == Tok::Star {
                return Err(self.star_alone(ctx));
            }
            return self.single_target(ctx, hint);
        }
        self.unpack(ctx, items, star, two_stars, stop, hint)
    }

    /// `*a` as a whole target.
    #[cold]
    fn star_alone(&mut self, ctx: Ctx) -> Fail {
        let star = self.tok;
        self.quiet += 1;
        self.discard += 1;
        let _ = self.advance().and_then(|()| self.expr());
        self.quiet -= 1;
        self.discard -= 1;
        let last = self.prev;
        match ctx {
            Ctx::Del => self.error_between(star, last, format_args!("cannot delete starred")),
            _ => self.error_between(
                star,
                last,
                format_args!("starred assignment target must be in a list or tuple"),
            ),
        }
    }

    /// Unpacks the value into `items` targets (deletes each, for `del`).
    fn unpack(
        &mut self,
        ctx: Ctx,
        items: u32,
        star: Option<u32>,
        two_stars: bool,
        stop: impl Fn(Tok) -> bool + Copy,
        hint: bool,
    ) -> R<()> {
        let first = self.tok;
        if ctx != Ctx::Del {
            if two_stars {
                self.quiet += 1;
                self.discard += 1;
                let _ = self.skip_until(stop);
                self.quiet -= 1;
                self.discard -= 1;
                let last = self.prev;
                return Err(self.error_between(
                    first,
                    last,
                    format_args!("multiple starred expressions in assignment"),
                ));
            }
            match star {
                Some(before) => {
                    let after = items - before - 1;
                    if before > 0xff || after > 0xffff {
                        return Err(self.limit("too many expressions in star-unpacking assignment"));
                    }
                    self.emit(Opcode::UNPACK_EX, before | (after << 8))?;
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, items)?,
            }
        }
        for item in 0..items {
            if self.at(Tok::Star) {
                if ctx == Ctx::Del {
                    return Err(self.star_alone(ctx));
                }
                self.advance()?;
            }
            self.single_target(ctx, hint && item + 1 == items)?;
            if !self.eat(Tok::Comma)? {
                break;
            }
        }
        Ok(())
    }

    /// One target: a name, attribute or subscript, or a bracketed group of targets.
    pub(crate) fn single_target(&mut self, ctx: Ctx, hint: bool) -> R<()> {
        self.enter()?;
        let result = self.single_target_inner(ctx, hint);
        self.leave();
        result
    }

    fn single_target_inner(&mut self, ctx: Ctx, hint: bool) -> R<()> {
        let open = self.tok;
        let close = match open.kind {
            Tok::LParen => Tok::RParen,
            Tok::LBracket => Tok::RBracket,
            _ => return self.leaf_target(ctx, hint),
        };
        if self.bracket_has_trailer() {
            return self.leaf_target(ctx, hint);
        }
        let start = self.save();
        self.advance()?;
        if self.at(Tok::Yield) {
            // A yield expression is never a target.
            return Err(self.target_error(&start, ctx, hint));
        }
        if self.scan_first_element().0 {
            self.restore(&start);
            return self.leaf_target(ctx, hint);
        }
        if self.at(close) {
            self.advance()?;
            if ctx != Ctx::Del {
                self.emit(Opcode::UNPACK_SEQUENCE, 0)?;
            }
            return Ok(());
        }
        let (items, star, two_stars, comma) = self.scan_items(|tok| tok == close);
        if open.kind == Tok::LParen && !comma {
            if self.at(Tok::Star) {
                let star = self.tok;
                let _ = self.read_quietly(|c| {
                    c.advance()?;
                    c.expr().map(|_| ())
                });
                let last = self.prev;
                return Err(self.error_between(
                    star,
                    last,
                    format_args!("cannot use starred expression here"),
                ));
            }
            self.single_target(ctx, hint)?;
        } else {
            if self.at(Tok::Star) && items == 1 && ctx == Ctx::Del {
                return Err(self.star_alone(ctx));
            }
            self.unpack(ctx, items, star, two_stars, |tok| tok == close, false)?;
        }
        self.expect(close)
    }

    /// A name, attribute or subscript target.
    #[inline(never)]
    fn leaf_target(&mut self, ctx: Ctx, hint: bool) -> R<()> {
        let start = self.save();
        let primary_start = matches!(
            self.tok.kind,
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
        );
        if !primary_start {
            return Err(self.target_error(&start, ctx, hint));
        }
        // An error inside the target (a limit, a syntax error) is reported as it is.
        let primary = self.primary(ctx)?;
        let ok = matches!(primary.kind, Kind::Name | Kind::Attribute | Kind::Subscript)
            && !(continues_expression(self.tok.kind) && self.tok.kind != Tok::In);
        if ok {
            Ok(())
        } else {
            Err(self.target_error(&start, ctx, hint))
        }
    }

    /// Reads the target at `start` again to name its kind in the error.
    #[cold]
    #[inline(never)]
    pub(crate) fn target_error(&mut self, start: &Pos<'src>, ctx: Ctx, hint: bool) -> Fail {
        self.restore(start);
        let first = self.tok;
        self.quiet += 1;
        self.discard += 1;
        let kind = if self.at(Tok::Star) {
            self.advance()
                .and_then(|()| self.expr())
                .map(|_| Kind::Starred)
        } else if ctx == Ctx::Aug {
            self.star_expressions()
        } else if self.for_target {
            self.or_test_no_compare()
        } else {
            self.named_expr()
        };
        self.quiet -= 1;
        self.discard -= 1;
        let kind = match kind {
            Ok(kind) => kind,
            Err(fail) => return fail,
        };
        let last = self.prev;
        let what = kind.describe();
        match ctx {
            Ctx::Del => self.error_between(first, last, format_args!("cannot delete {what}")),
            Ctx::Aug => self.error_between(
                first,
                last,
                format_args!("'{what}' is an illegal expression for augmented assignment"),
            ),
            Ctx::Store | Ctx::Load => {
                // CPython's "Maybe you meant '=='" rule only matches operands of `|` and
                // tighter, and never tuples, lists, generator expressions or singletons.
                let plain = matches!(
                    kind,
                    Kind::Tuple
                        | Kind::List
                        | Kind::GenExp
                        | Kind::TrueLit
                        | Kind::FalseLit
                        | Kind::NoneLit
                        | Kind::BoolOp
                        | Kind::Compare
                        | Kind::IfExp
                        | Kind::Lambda
                );
                if hint && !plain {
                    self.error_between(
                        first,
                        last,
                        format_args!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        ),
                    )
                } else {
                    self.error_between(first, last, format_args!("cannot assign to {what}"))
                }
            }
        }
    }
}
