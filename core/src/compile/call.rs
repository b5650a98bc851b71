//! Call arguments: `CALL`, `CALL_KW` and `CALL_FUNCTION_EX` shapes.
//!
//! ```text
//! f(a, b)            <f> PUSH_NULL <a> <b> CALL 2
//! o.m(a)             <o> LOAD_METHOD m <a> CALL 1
//! f(a, k=v)          <f> PUSH_NULL <a> <v> LOAD_CONST ('k',) CALL_KW 2
//! f(a, *b, c, k=v, **d)
//!                    <f> PUSH_NULL <a> BUILD_LIST 1 <b> LIST_EXTEND 1 <c> LIST_APPEND 1
//!                    LIST_TO_TUPLE LOAD_CONST 'k' <v> BUILD_MAP 1 <d> DICT_MERGE 1
//!                    CALL_FUNCTION_EX 1
//! ```
//! Positional arguments (plain and starred) are evaluated before keyword arguments, as in
//! CPython; the one legal out-of-order form, `f(k=v, *a)`, reads the list twice.

use crate::bytecode::Opcode;

use super::CodeSink;
use super::comp::CompKind;
use super::cursor::{Compiler, R};
use super::lexer::{Tok, Token};
use super::scratch::ConstSlot;

/// What an argument list contains (from a scan before compiling it).
#[derive(Debug, Clone, Copy, Default)]
struct ArgShape {
    /// A `*iterable` argument.
    star: bool,
    /// A `**mapping` argument.
    dstar: bool,
    /// A `*iterable` after a keyword argument (needs two passes).
    reorder: bool,
    /// The only argument is an unparenthesized generator expression.
    genexp: bool,
}

/// The kind of one argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arg {
    Positional,
    Star,
    DoubleStar,
    Keyword,
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// Classifies the argument list starting at the current token, reporting CPython's
    /// ordering errors.
    #[inline(never)]
    fn scan_args(&mut self) -> R<ArgShape> {
        let mut shape = ArgShape::default();
        let mut a = self.ahead();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut count = 0u32;
        let mut genexp_at: Option<(Token, Token)> = None;
        loop {
            if a.at_end() {
                break;
            }
            // One argument: from here to the next top-level comma.
            let first = a.tok;
            let mut last = a.tok;
            let mut tokens = 0u32;
            let mut keyword = false;
            let mut has_for = false;
            // Between a generator expression's `for` and its `in`, commas separate the
            // parts of the target, not arguments.
            let mut in_target = false;
            loop {
                if a.at_end() || (a.top() && a.tok.kind == Tok::Comma && !in_target) {
                    break;
                }
                if a.top() && a.lambdas == 0 {
                    if a.tok.kind == Tok::Eq && tokens == 1 && first.kind == Tok::Name {
                        keyword = true;
                    }
                    if a.tok.kind == Tok::For {
                        has_for = true;
                        in_target = true;
                    }
                    if a.tok.kind == Tok::In {
                        in_target = false;
                    }
                }
                last = a.tok;
                tokens += 1;
                if !a.bump() {
                    return Ok(shape);
                }
            }
            if tokens == 0 {
                break;
            }
            count += 1;
            let arg = match first.kind {
                Tok::Star => Arg::Star,
                Tok::DoubleStar => Arg::DoubleStar,
                _ if keyword => Arg::Keyword,
                _ => Arg::Positional,
            };
            match arg {
                Arg::Star => {
                    if seen_dstar {
                        return Err(self.error_between(
                            first,
                            last,
                            format_args!(
                                "iterable argument unpacking follows keyword argument unpacking"
                            ),
                        ));
                    }
                    shape.star = true;
                    shape.reorder |= seen_kw;
                }
                Arg::DoubleStar => {
                    seen_dstar = true;
                    shape.dstar = true;
                }
                Arg::Keyword => seen_kw = true,
                Arg::Positional => {
                    if seen_dstar {
                        return Err(self.error_between(
                            first,
                            last,
                            format_args!("positional argument follows keyword argument unpacking"),
                        ));
                    }
                    if seen_kw {
                        return Err(self.error_between(
                            first,
                            last,
                            format_args!("positional argument follows keyword argument"),
                        ));
                    }
                }
            }
            if has_for && arg == Arg::Positional {
                genexp_at = Some((first, last));
            }
            if a.top() && a.tok.kind == Tok::Comma && !a.bump() {
                return Ok(shape);
            }
        }
        if let Some((first, last)) = genexp_at {
            if count > 1 {
                return Err(self.error_between(
                    first,
                    last,
                    format_args!("Generator expression must be parenthesized"),
                ));
            }
            shape.genexp = true;
        }
        Ok(shape)
    }

    /// Compiles an argument list after `(` through `)`, then the call instruction. `pre`
    /// positional values are already on the stack above the callable and its self/NULL.
    pub(crate) fn call_args(&mut self, pre: u32, first: Token) -> R<()> {
        self.enter()?;
        self.brackets += 1;
        let line = self.line_of(first);
        let shape = self.scan_args()?;
        if shape.genexp {
            self.comprehension(CompKind::Gen, Tok::RParen)?;
            self.line = line;
            self.emit(Opcode::CALL, pre + 1)?;
        } else if shape.star || shape.dstar {
            self.call_ex(pre, line, shape.reorder)?;
        } else {
            self.call_plain(pre, line)?;
        }
        self.brackets -= 1;
        self.leave();
        Ok(())
    }

    /// Whether the current token starts a keyword argument (`name=`).
    #[inline(never)]
    fn at_keyword(&self) -> bool {
        self.at(Tok::Name) && self.peek().kind == Tok::Eq
    }

    /// `CALL n` or `CALL_KW n` (no unpacking).
    fn call_plain(&mut self, pre: u32, line: u32) -> R<()> {
        let mark = self.items_mark();
        let mut total = 0u32;
        let mut keywords = 0u32;
        while !self.at(Tok::RParen) {
            let arg = self.tok;
            if self.at_keyword() {
                self.advance()?;
                self.advance()?;
                self.expr()?;
                self.check_repeated_keyword(mark, arg)?;
                self.push_item(self.name_ref(arg))?;
                keywords += 1;
            } else {
                self.named_expr()?;
            }
            total += 1;
            if !self.eat(Tok::Comma)? {
                if !self.at(Tok::RParen) {
                    return Err(self.missing_comma_or_syntax(arg));
                }
                break;
            }
        }
        self.advance()?;
        self.line = line;
        if keywords > 0 {
            self.load_items(mark)?;
            self.emit(Opcode::CALL_KW, pre + total)
        } else {
            self.emit(Opcode::CALL, pre + total)
        }
    }

    /// "keyword argument repeated" when `arg` names a keyword already in this call.
    fn check_repeated_keyword(&mut self, mark: u32, arg: Token) -> R<()> {
        let name = self.name_ref(arg);
        let repeated =
            (mark..self.s.items_len).any(|i| self.same_name(self.s.items[i as usize], name));
        if repeated {
            let text = self.text(arg);
            let last = self.prev;
            return Err(self.error_between(
                arg,
                last,
                format_args!("keyword argument repeated: {text}"),
            ));
        }
        Ok(())
    }

    /// `CALL_FUNCTION_EX` with an argument tuple and maybe a keyword dict.
    #[inline(never)]
    fn call_ex(&mut self, pre: u32, line: u32, reorder: bool) -> R<()> {
        let mut state = ExState {
            plain: pre,
            list: false,
            closed: false,
            kw: 0,
            dict: false,
        };
        if reorder {
            let start = self.save();
            self.ex_pass(&mut state, line, true, false)?;
            self.restore(&start);
            self.ex_pass(&mut state, line, false, true)?;
        } else {
            self.ex_pass(&mut state, line, true, true)?;
        }
        self.advance()?;
        self.line = line;
        self.close_positional(&mut state)?;
        self.flush_keywords(&mut state)?;
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(state.dict))
    }

    /// One pass over the arguments for `CALL_FUNCTION_EX`, compiling the positional ones
    /// and/or the keyword ones and skipping the others; stops at `)`.
    fn ex_pass(&mut self, st: &mut ExState, line: u32, positional: bool, keywords: bool) -> R<()> {
        let mark = self.items_mark();
        while !self.at(Tok::RParen) {
            let arg = self.tok;
            let kind = match arg.kind {
                Tok::Star => Arg::Star,
                Tok::DoubleStar => Arg::DoubleStar,
                _ if self.at_keyword() => Arg::Keyword,
                _ => Arg::Positional,
            };
            let wanted = match kind {
                Arg::Star | Arg::Positional => positional,
                Arg::DoubleStar | Arg::Keyword => keywords,
            };
            if !wanted {
                self.skip_until(|tok| tok == Tok::Comma)?;
            } else {
                match kind {
                    Arg::Star => {
                        self.advance()?;
                        if !st.list {
                            self.line = line;
                            self.emit(Opcode::BUILD_LIST, st.plain)?;
                            st.plain = 0;
                            st.list = true;
                        }
                        self.expr()?;
                        self.line = line;
                        self.emit(Opcode::LIST_EXTEND, 1)?;
                    }
                    Arg::Positional => {
                        self.named_expr()?;
                        if st.list {
                            self.line = line;
                            self.emit(Opcode::LIST_APPEND, 1)?;
                        } else {
                            st.plain += 1;
                        }
                    }
                    Arg::Keyword => {
                        self.line = line;
                        self.close_positional(st)?;
                        let name = self.name_ref(arg);
                        self.advance()?;
                        self.advance()?;
                        self.load_const(ConstSlot::Str(name))?;
                        self.expr()?;
                        self.check_repeated_keyword(mark, arg)?;
                        self.push_item(name)?;
                        st.kw += 1;
                    }
                    Arg::DoubleStar => {
                        self.advance()?;
                        self.line = line;
                        self.close_positional(st)?;
                        self.flush_keywords(st)?;
                        if !st.dict {
                            self.emit(Opcode::BUILD_MAP, 0)?;
                            st.dict = true;
                        }
                        self.expr()?;
                        self.line = line;
                        self.emit(Opcode::DICT_MERGE, 1)?;
                    }
                }
            }
            if !self.eat(Tok::Comma)? {
                if !self.at(Tok::RParen) {
                    return Err(self.missing_comma_or_syntax(arg));
                }
                break;
            }
        }
        // The names pushed for the repeat check are not a constant.
        if self.quiet == 0 {
            self.s.items_len = mark;
        }
        Ok(())
    }

    /// Turns the positional arguments into the argument tuple (once).
    fn close_positional(&mut self, st: &mut ExState) -> R<()> {
        if st.closed {
            return Ok(());
        }
        st.closed = true;
        if st.list {
            self.emit(Opcode::LIST_TO_TUPLE, 0)
        } else {
            self.emit(Opcode::BUILD_TUPLE, st.plain)
        }
    }

    /// Collects pending `k=v` pairs into the keyword dict.
    fn flush_keywords(&mut self, st: &mut ExState) -> R<()> {
        if st.kw == 0 {
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, st.kw)?;
        if st.dict {
            self.emit(Opcode::DICT_MERGE, 1)?;
        }
        st.dict = true;
        st.kw = 0;
        Ok(())
    }
}

/// Progress of a `CALL_FUNCTION_EX` argument list.
struct ExState {
    /// Positional values pushed and not yet collected.
    plain: u32,
    /// Whether the argument list exists (later positionals are appended).
    list: bool,
    /// Whether the argument tuple is built.
    closed: bool,
    /// `k=v` pairs pushed and not yet collected.
    kw: u32,
    /// Whether the keyword dict exists.
    dict: bool,
}
