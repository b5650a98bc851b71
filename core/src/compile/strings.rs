//! String literals: adjacent literals joined into one constant, and f-strings (Python 3.11
//! rules) split into literal pieces and replacement fields.
//!
//! ```text
//! f"a{x!r:>{w}}b"   LOAD_CONST 'a'
//!                   <x>  LOAD_CONST '>'  <w> FORMAT_VALUE 0  BUILD_STRING 2
//!                   FORMAT_VALUE 6            (2 = repr, 4 = a spec is on the stack)
//!                   LOAD_CONST 'b'
//!                   BUILD_STRING 3
//! ```
//! A field's expression is compiled by a second lexer over its text (f-string expressions
//! cannot contain backslashes or comments in 3.11, so the source text is the expression).

use core::mem;

use crate::bytecode::Opcode;

use super::CodeSink;
use super::cursor::{Compiler, R};
use super::expr::Kind;
use super::lexer::{Lexer, StrPrefix, Tok, Token, decode_string, split_string};
use super::scratch::{ConstSlot, MAX_STRING_BYTES, NameRef};

/// Literal text being accumulated in the string pool, and pieces emitted so far.
struct Pieces {
    /// Start of the pending literal in the pool, if any.
    pending: Option<u32>,
    /// Values pushed for `BUILD_STRING`.
    count: u32,
}

/// FORMAT_VALUE conversion numbers.
const CONVERSION_STR: u32 = 1;
const CONVERSION_REPR: u32 = 2;
const CONVERSION_ASCII: u32 = 3;
/// FORMAT_VALUE flag: a format spec is on the stack above the value.
const HAS_SPEC: u32 = 4;

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// One or more adjacent string literals (the current token is the first).
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> R<Kind> {
        let first = self.tok;
        self.set_line(first);
        let mut any_format = false;
        let mut any_bytes = false;
        let mut all_bytes = true;
        let mut count = 0u32;
        {
            let mut a = self.ahead();
            while a.tok.kind == Tok::String {
                let (prefix, _) = split_string(self.text(a.tok));
                any_format |= prefix.format;
                any_bytes |= prefix.bytes;
                all_bytes &= prefix.bytes;
                count += 1;
                if !a.bump() {
                    break;
                }
            }
        }
        if any_bytes {
            let msg = if all_bytes {
                "bytes literals are not supported yet"
            } else {
                "cannot mix bytes and nonbytes literals"
            };
            return Err(self.error_at_token(first, format_args!("{msg}")));
        }
        if !any_format {
            if count == 1 {
                let (prefix, body) = split_string(self.text(first));
                if !body.contains('\r') && (prefix.raw || !body.contains('\\')) {
                    let text_ptr = body.as_ptr() as usize - self.src.as_ptr() as usize;
                    self.advance()?;
                    self.load_const(ConstSlot::Str(NameRef::Src(
                        text_ptr as u32,
                        body.len() as u32,
                    )))?;
                    return Ok(Kind::Literal);
                }
            }
            let mark = self.s.strings_len;
            while self.at(Tok::String) {
                let tok = self.tok;
                let (prefix, body) = split_string(self.text(tok));
                self.decode_into_pool(tok, prefix, body)?;
                self.advance()?;
            }
            self.load_pool_const(mark)?;
            return Ok(Kind::Literal);
        }
        let mut pieces = Pieces {
            pending: None,
            count: 0,
        };
        while self.at(Tok::String) {
            let tok = self.tok;
            let (prefix, body) = split_string(self.text(tok));
            if prefix.format {
                let (line, col) = self.body_position(tok, body);
                self.fstring_pieces(tok, prefix, body, line, col, 0, &mut pieces)?;
            } else {
                self.pending_literal(&mut pieces);
                self.decode_into_pool(tok, prefix, body)?;
            }
            self.advance()?;
        }
        self.set_line(first);
        self.flush_literal(&mut pieces)?;
        match pieces.count {
            0 => self.load_const(ConstSlot::Str(NameRef::Static(
                super::scratch::Fixed::Empty,
            )))?,
            1 => {}
            n => self.emit(Opcode::BUILD_STRING, n)?,
        }
        Ok(Kind::FString)
    }

    /// Line and column where a literal's body starts.
    fn body_position(&self, tok: Token, body: &str) -> (u32, u32) {
        let text = self.text(tok);
        let offset = body.as_ptr() as usize - text.as_ptr() as usize;
        self.position_in(tok, offset)
    }

    /// Line and column of byte `offset` of a token's text.
    fn position_in(&self, tok: Token, offset: usize) -> (u32, u32) {
        let text = self.text(tok);
        let before = text.get(..offset).unwrap_or("");
        let line = self.line_of(tok) + before.matches('\n').count() as u32;
        let col = match before.rfind('\n') {
            Some(nl) => before[nl + 1..].chars().count() as u32,
            None => tok.span.col + before.chars().count() as u32,
        };
        (line, col)
    }

    /// Decodes a literal body's escapes, appending the text to the string pool.
    fn decode_into_pool(&mut self, tok: Token, prefix: StrPrefix, body: &str) -> R<()> {
        let mut at = self.s.strings_len as usize;
        let mut full = false;
        let pool = &mut self.s.strings;
        let decoded = decode_string(prefix, body, &mut |c: char| {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if at + bytes.len() > MAX_STRING_BYTES {
                full = true;
                return;
            }
            pool[at..at + bytes.len()].copy_from_slice(bytes);
            at += bytes.len();
        });
        if let Err(e) = decoded {
            return Err(self.fstring_error(tok, format_args!("{e}")));
        }
        if full {
            return Err(self.limit("too many string literal bytes (limit 98304)"));
        }
        if self.quiet == 0 {
            self.s.strings_len = at as u32;
        }
        Ok(())
    }

    /// Emits `LOAD_CONST` of the pool text from `mark` to the top (reusing an equal
    /// constant and then dropping the text).
    fn load_pool_const(&mut self, mark: u32) -> R<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let before = self.s.consts_len;
        let index = self.add_const(ConstSlot::Str(NameRef::Pool(
            mark,
            self.s.strings_len - mark,
        )))?;
        if self.s.consts_len == before {
            self.s.strings_len = mark;
        }
        self.emit(Opcode::LOAD_CONST, index)
    }

    /// Starts accumulating literal text (if not already).
    fn pending_literal(&mut self, pieces: &mut Pieces) {
        if pieces.pending.is_none() {
            pieces.pending = Some(self.s.strings_len);
        }
    }

    /// Emits the pending literal text as a constant piece, unless it is empty.
    fn flush_literal(&mut self, pieces: &mut Pieces) -> R<()> {
        if let Some(mark) = pieces.pending.take()
            && (self.s.strings_len > mark || self.quiet > 0)
        {
            if self.quiet == 0 {
                self.load_pool_const(mark)?;
            }
            pieces.count += 1;
        }
        Ok(())
    }

    /// Compiles the pieces of an f-string body (or of a format spec, `nested` > 0),
    /// adding to `pieces`.
    #[allow(
        clippy::too_many_arguments,
        reason = "positions of the body in the source"
    )]
    fn fstring_pieces(
        &mut self,
        tok: Token,
        prefix: StrPrefix,
        body: &'src str,
        line: u32,
        col: u32,
        nested: u32,
        pieces: &mut Pieces,
    ) -> R<()> {
        let bytes = body.as_bytes();
        let mut i = 0usize;
        let mut lit = 0usize;
        while i < bytes.len() {
            match bytes[i] {
                b'{' | b'}' if bytes.get(i + 1) == Some(&bytes[i]) => {
                    self.pending_literal(pieces);
                    self.decode_into_pool(tok, prefix, &body[lit..=i])?;
                    i += 2;
                    lit = i;
                }
                b'}' => {
                    return Err(self
                        .fstring_error(tok, format_args!("f-string: single '}}' is not allowed")));
                }
                b'{' => {
                    self.pending_literal(pieces);
                    self.decode_into_pool(tok, prefix, &body[lit..i])?;
                    i = self.fstring_field(tok, prefix, body, i + 1, line, col, nested, pieces)?;
                    lit = i;
                }
                b'\\' if !prefix.raw => {
                    if bytes.get(i + 1) == Some(&b'N') && bytes.get(i + 2) == Some(&b'{') {
                        i += 3;
                        while i < bytes.len() && bytes[i] != b'}' {
                            i += 1;
                        }
                        i += 1;
                    } else if matches!(bytes.get(i + 1), Some(b'{' | b'}')) {
                        i += 1;
                    } else {
                        i += 2;
                    }
                }
                _ => i += 1,
            }
        }
        if lit < bytes.len() {
            self.pending_literal(pieces);
            self.decode_into_pool(tok, prefix, &body[lit.min(bytes.len())..])?;
        }
        Ok(())
    }

    /// An error about a string literal, where CPython reports it: at the end of its token.
    #[cold]
    fn fstring_error(&mut self, tok: Token, msg: core::fmt::Arguments<'_>) -> super::cursor::Fail {
        let text = self.text(tok);
        let (line, col) = self.position_in(tok, text.len());
        self.error_span(super::error::ErrorKind::SyntaxError, line, col, col, msg)
    }

    /// Compiles one replacement field whose expression starts at `body[start]` (after the
    /// `{`); returns the offset after its `}`.
    #[allow(
        clippy::too_many_arguments,
        reason = "positions of the body in the source"
    )]
    fn fstring_field(
        &mut self,
        tok: Token,
        prefix: StrPrefix,
        body: &'src str,
        start: usize,
        line: u32,
        col: u32,
        nested: u32,
        pieces: &mut Pieces,
    ) -> R<usize> {
        if nested >= 2 {
            return Err(
                self.fstring_error(tok, format_args!("f-string: expressions nested too deeply"))
            );
        }
        let bytes = body.as_bytes();
        let end = self.field_expression_end(tok, body, start)?;
        let expr_text = &body[start..end];
        if expr_text.trim().is_empty() {
            return Err(
                self.fstring_error(tok, format_args!("f-string: empty expression not allowed"))
            );
        }
        let mut i = end;
        let mut debug_text = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                i += 1;
            }
            debug_text = Some(&body[start..i]);
        }
        let mut conversion = 0;
        if bytes.get(i) == Some(&b'!') {
            conversion = match bytes.get(i + 1) {
                Some(b's') => CONVERSION_STR,
                Some(b'r') => CONVERSION_REPR,
                Some(b'a') => CONVERSION_ASCII,
                _ => 0,
            };
            if conversion == 0 || !matches!(bytes.get(i + 2), Some(b':' | b'}')) {
                return Err(self.fstring_error(
                    tok,
                    format_args!(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                    ),
                ));
            }
            i += 2;
        }
        if let Some(text) = debug_text {
            self.pending_literal(pieces);
            self.decode_into_pool(
                tok,
                StrPrefix {
                    raw: true,
                    ..prefix
                },
                text,
            )?;
        }
        self.flush_literal(pieces)?;

        // The expression, through a lexer over its text from the `{` (so that, as inside
        // parentheses, line breaks are allowed).
        let body_offset = body.as_ptr() as usize - self.text(tok).as_ptr() as usize;
        let (eline, ecol) = self.position_in(tok, body_offset + start - 1);
        let _ = (line, col);
        self.field_expression(&body[start - 1..end], eline, ecol)?;

        let mut flags = conversion;
        if debug_text.is_some() && conversion == 0 && bytes.get(i) != Some(&b':') {
            flags = CONVERSION_REPR;
        }
        if bytes.get(i) == Some(&b':') {
            let spec_start = i + 1;
            let spec_end = self.format_spec_end(tok, body, spec_start)?;
            let mut spec = Pieces {
                pending: None,
                count: 0,
            };
            let spec_text = &body[spec_start..spec_end];
            self.fstring_pieces(tok, prefix, spec_text, line, col, nested + 1, &mut spec)?;
            self.flush_literal(&mut spec)?;
            match spec.count {
                0 => self.load_const(ConstSlot::Str(NameRef::Static(
                    super::scratch::Fixed::Empty,
                )))?,
                1 => {}
                n => self.emit(Opcode::BUILD_STRING, n)?,
            }
            flags |= HAS_SPEC;
            i = spec_end;
        }
        if bytes.get(i) != Some(&b'}') {
            return Err(self.fstring_error(tok, format_args!("f-string: expecting '}}'")));
        }
        self.set_line(tok);
        self.emit(Opcode::FORMAT_VALUE, flags)?;
        pieces.count += 1;
        Ok(i + 1)
    }

    /// Where a field's expression ends: at `!`, `:`, `=` (the debug specifier) or `}` at
    /// nesting level 0, outside quotes.
    fn field_expression_end(&mut self, tok: Token, body: &str, start: usize) -> R<usize> {
        let bytes = body.as_bytes();
        let mut depth = 0u32;
        let mut i = start;
        while i < bytes.len() {
            let c = bytes[i];
            match c {
                b'\'' | b'"' => {
                    let triple = bytes.get(i..i + 3) == Some(&[c, c, c][..]);
                    let quote_len = if triple { 3 } else { 1 };
                    i += quote_len;
                    loop {
                        if i >= bytes.len() {
                            return Err(self.fstring_error(
                                tok,
                                format_args!("f-string: unterminated string"),
                            ));
                        }
                        if bytes[i] == c && (!triple || bytes.get(i..i + 3) == Some(&[c, c, c][..]))
                        {
                            i += quote_len;
                            break;
                        }
                        i += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth > 0 => depth -= 1,
                b'}' => return Ok(i),
                b'\\' => {
                    return Err(self.fstring_error(
                        tok,
                        format_args!("f-string expression part cannot include a backslash"),
                    ));
                }
                b'#' => {
                    return Err(self.fstring_error(
                        tok,
                        format_args!("f-string expression part cannot include '#'"),
                    ));
                }
                b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => return Ok(i),
                b'!' => i += 1,
                b':' if depth == 0 => return Ok(i),
                b'=' if depth == 0 => {
                    let prev = if i > start { bytes[i - 1] } else { b' ' };
                    if bytes.get(i + 1) == Some(&b'=') {
                        i += 1;
                    } else if !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                        return Ok(i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(self.fstring_error(tok, format_args!("f-string: expecting '}}'")))
    }

    /// Where a format spec starting at `start` ends (its closing `}` at level 0).
    fn format_spec_end(&mut self, tok: Token, body: &str, start: usize) -> R<usize> {
        let bytes = body.as_bytes();
        let mut depth = 0u32;
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b'{' => depth += 1,
                b'}' if depth == 0 => return Ok(i),
                b'}' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        Err(self.fstring_error(tok, format_args!("f-string: expecting '}}'")))
    }

    /// Compiles a field expression from its text (starting with the field's `{`, which the
    /// reader skips; the missing `}` ends the expression), with positions shifted to the
    /// source.
    #[inline(never)]
    fn field_expression(&mut self, text: &'src str, line: u32, col: u32) -> R<()> {
        let saved_lex = mem::replace(&mut self.lex, Lexer::new(text));
        let saved_tok = self.tok;
        let saved_prev = self.prev;
        let saved_shift = (self.line_shift, self.col_shift);
        self.line_shift = line - 1;
        self.col_shift = col;
        self.fstring += 1;
        self.brackets += 1;
        let result = self.field_expression_inner();
        self.brackets -= 1;
        self.fstring -= 1;
        self.lex = saved_lex;
        self.tok = saved_tok;
        self.prev = saved_prev;
        (self.line_shift, self.col_shift) = saved_shift;
        result
    }

    fn field_expression_inner(&mut self) -> R<()> {
        self.advance()?;
        self.advance()?;
        let first = self.tok;
        if self.at(Tok::Yield) {
            self.yield_expr()?;
        } else {
            if self.at(Tok::Star) {
                return Err(
                    self.error_at_token(first, format_args!("can't use starred expression here"))
                );
            }
            self.star_expressions()?;
        }
        while self.at(Tok::Newline) {
            self.advance()?;
        }
        if !self.at(Tok::Eof) {
            return Err(self.missing_comma_or_syntax(first));
        }
        Ok(())
    }
}
