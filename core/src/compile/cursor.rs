//! The compiler's state and its token cursor: one token of lookahead, saved positions for
//! re-reading, and error reporting.

use core::fmt::{self, Write};

use super::error::{CompileError, ErrorKind};
use super::lexer::{LexError, LexErrorKind, Lexer, Tok, Token};
use super::scratch::{
    ConstSlot, Fixed, MAX_CODE_HANDLES, MAX_FINALLY, MAX_NESTING, NameRef, Scratch,
};
use super::{CodeKind, CodeSink, Mode};

/// Marker for a failed compile; the error itself is in [`Compiler::err`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fail;

/// Result of a compiler step.
pub(crate) type R<T> = Result<T, Fail>;

/// A saved reading position: the lexer (a plain copy, about 3 KiB) and the current token.
///
/// Positions are expensive to keep on the machine stack, so functions that hold one do not
/// recurse into statement bodies (see the module docs).
#[derive(Clone)]
pub(crate) struct Pos<'src> {
    lex: Lexer<'src>,
    tok: Token,
    prev: Token,
}

impl<'src> Pos<'src> {
    /// A position from a look-ahead lexer, its current token and the token before it.
    pub(crate) fn from_parts(lex: Lexer<'src>, tok: Token, prev: Token) -> Pos<'src> {
        Pos { lex, tok, prev }
    }
}

/// Everything a compile works with.
pub(crate) struct Compiler<'src, 'a, S: CodeSink> {
    /// The whole source (without a byte-order mark): names are slices of it.
    pub src: &'src str,
    /// The token reader (the source's, or an f-string replacement field's).
    pub lex: Lexer<'src>,
    /// The current token.
    pub tok: Token,
    /// The token before it (for "expected ':'" positions).
    pub prev: Token,
    /// Lines to add to the reader's line numbers (non-zero inside f-string fields).
    pub line_shift: u32,
    /// Columns to add on the reader's first line (inside f-string fields).
    pub col_shift: u32,
    /// Working memory.
    pub s: &'a mut Scratch,
    /// Where finished code objects go.
    pub sink: &'a mut S,
    /// Handles of finished nested code objects, referenced by `ConstSlot::Code`.
    pub handles: [Option<S::CodeRef>; MAX_CODE_HANDLES],
    /// Handles in use.
    pub handles_len: u32,
    /// Exec or Single.
    pub mode: Mode,
    /// The error, once a step failed.
    pub err: CompileError,
    /// While non-zero nothing is emitted (pre-passes and classifying parses).
    pub quiet: u32,
    /// Whether a pre-pass is collecting the innermost scope's symbols.
    pub dry: bool,
    /// Lambdas entered inline during a pre-pass (their names are theirs).
    pub nest_lambda: u32,
    /// Comprehensions entered inline during a pre-pass (their targets are theirs).
    pub nest_comp: u32,
    /// Parses whose names must not be recorded at all (classifying a bad target).
    pub discard: u32,
    /// An unreachable statement is being read (and not emitted): the only `quiet` level.
    pub dead: bool,
    /// Source line that emitted instructions are attributed to.
    pub line: u32,
    /// Positions of the `finally` bodies of open `try` statements.
    pub finally: [Option<Pos<'src>>; MAX_FINALLY],
    /// Entries of `finally` in use.
    pub finally_len: u32,
    /// Current parser recursion depth.
    pub nesting: u32,
    /// Open brackets around the current expression (for "Perhaps you forgot a comma?").
    pub brackets: u32,
    /// f-string replacement fields being compiled (their errors start with "f-string: ").
    pub fstring: u32,
    /// First token of the statement being compiled (where statement-level errors point).
    pub stmt_tok: Token,
    /// The last token read that was not a NEWLINE, INDENT or DEDENT.
    pub last_real: Token,
    /// Whether the recorded error came from the tokenizer.
    pub err_from_lexer: bool,
    /// Whether the target being compiled is a `for` target (its `in` is not an operator).
    pub for_target: bool,
    /// Decorators compiled for the `def`/`class` that comes next.
    pub pending_decorators: u32,
    /// What the innermost comprehension read inline (in a pre-pass) is, for messages.
    pub inline_comp_name: &'static str,
}

impl<'src, 'a, S: CodeSink> Compiler<'src, 'a, S> {
    /// A compiler over `src` with `scratch` reset.
    pub(crate) fn new(src: &'src str, mode: Mode, s: &'a mut Scratch, sink: &'a mut S) -> Self {
        s.reset();
        let lex = Lexer::new(src);
        let src = lex.source();
        let start = Token {
            kind: Tok::Newline,
            span: Default::default(),
        };
        Compiler {
            src,
            lex,
            tok: start,
            prev: start,
            line_shift: 0,
            col_shift: 0,
            s,
            sink,
            handles: [None; MAX_CODE_HANDLES],
            handles_len: 0,
            mode,
            err: CompileError::new(ErrorKind::SyntaxError, 1, 0, 0),
            quiet: 0,
            dry: false,
            nest_lambda: 0,
            dead: false,
            nest_comp: 0,
            discard: 0,
            line: 1,
            finally: [const { None }; MAX_FINALLY],
            finally_len: 0,
            nesting: 0,
            brackets: 0,
            fstring: 0,
            stmt_tok: start,
            for_target: false,
            err_from_lexer: false,
            last_real: start,
            pending_decorators: 0,
            inline_comp_name: "list comprehension",
        }
    }

    /// Compiles the whole source.
    pub(crate) fn run(&mut self) -> R<S::CodeRef> {
        self.push_frame(CodeKind::Module, NameRef::Static(Fixed::Module), 1)?;
        self.advance()?;
        self.file_input()?;
        let last = self.s.frames[self.top()].last_line.max(1);
        self.line = last;
        self.load_const(ConstSlot::None)?;
        self.emit(crate::bytecode::Opcode::RETURN_VALUE, 0)?;
        self.finish_module()
    }

    /// Like CPython, a syntax error found by the parser gives way to a tokenizer error
    /// later in the source (an unclosed bracket, bad indentation): the rest is tokenized.
    pub(crate) fn prefer_tokenizer_error(&mut self) {
        if self.err_from_lexer || self.err.kind == ErrorKind::MemoryError || self.fstring > 0 {
            return;
        }
        loop {
            match self.lex.next_token() {
                Ok(tok) if tok.kind == Tok::Eof => return,
                Ok(_) => {}
                Err(e) if e.kind == LexErrorKind::InvalidSyntax => {}
                Err(e) => {
                    let _ = self.lex_error(e);
                    return;
                }
            }
        }
    }

    // ---- Reading ------------------------------------------------------------------

    /// Moves to the next token.
    pub(crate) fn advance(&mut self) -> R<()> {
        match self.lex.next_token() {
            Ok(tok) => {
                self.prev = self.tok;
                if !matches!(self.tok.kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
                    self.last_real = self.tok;
                }
                self.tok = tok;
                Ok(())
            }
            Err(e) if self.fstring > 0 && matches!(e.kind, LexErrorKind::UnclosedBracket(_)) => {
                // An f-string field is read from its `{`: the end of its text is the end of
                // the expression.
                self.prev = self.tok;
                self.tok = Token {
                    kind: Tok::Eof,
                    span: self.tok.span,
                };
                Ok(())
            }
            Err(e) => Err(self.lex_error(e)),
        }
    }

    /// Records a lexer error.
    #[cold]
    fn lex_error(&mut self, e: LexError) -> Fail {
        let kind = match e.exception_name() {
            "IndentationError" => ErrorKind::IndentationError,
            "TabError" => ErrorKind::TabError,
            _ => ErrorKind::SyntaxError,
        };
        let line = e.line + self.line_shift;
        let col = if e.line == 1 {
            e.col + self.col_shift
        } else {
            e.col
        };
        let end = match e.kind {
            LexErrorKind::InvalidSyntax => col + 1,
            _ => col,
        };
        self.err = CompileError::new(kind, line, col, end);
        self.err_from_lexer = true;
        if self.fstring > 0 && kind == ErrorKind::SyntaxError {
            self.err.message.push_str("f-string: ");
        }
        let _ = write!(self.err.message, "{e}");
        Fail
    }

    /// Whether the current token is `kind`.
    pub(crate) fn at(&self, kind: Tok) -> bool {
        self.tok.kind == kind
    }

    /// Consumes the current token when it is `kind`.
    pub(crate) fn eat(&mut self, kind: Tok) -> R<bool> {
        if self.tok.kind == kind {
            self.advance()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consumes a token of `kind` or fails with "invalid syntax" at the current token.
    pub(crate) fn expect(&mut self, kind: Tok) -> R<()> {
        if self.tok.kind == kind {
            self.advance()
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Consumes a `:`; at the end of the line fails with CPython's "expected ':'" (just
    /// after the previous token), elsewhere with "invalid syntax".
    pub(crate) fn expect_colon(&mut self) -> R<()> {
        if self.tok.kind == Tok::Colon {
            return self.advance();
        }
        if matches!(self.tok.kind, Tok::Newline | Tok::Eof)
            || self.tok.span.line != self.prev.span.line
        {
            Err(self.error_after_prev(format_args!("expected ':'")))
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// Consumes a `:` that CPython's grammar requires outright (after `else`, `try`,
    /// `finally`, a `def` header): any other token is "expected ':'".
    pub(crate) fn expect_colon_forced(&mut self) -> R<()> {
        if self.tok.kind == Tok::Colon {
            return self.advance();
        }
        if matches!(self.tok.kind, Tok::Newline | Tok::Eof)
            || self.tok.span.line != self.prev.span.line
        {
            Err(self.error_after_prev(format_args!("expected ':'")))
        } else {
            Err(self.error_at_token(self.tok, format_args!("expected ':'")))
        }
    }

    /// An error just after the previous token (zero width), where CPython reports what is
    /// missing at the end of a line.
    #[cold]
    pub(crate) fn error_after_prev(&mut self, msg: fmt::Arguments<'_>) -> Fail {
        let prev = if matches!(self.prev.kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
            self.last_real
        } else {
            self.prev
        };
        let (_, end) = self.cols(prev);
        let line = self.line_of(prev);
        self.error_span(ErrorKind::SyntaxError, line, end, end, msg)
    }

    /// Text of a token of the current reader.
    pub(crate) fn text(&self, tok: Token) -> &'src str {
        self.lex.text(tok.span)
    }

    /// The current token's text.
    pub(crate) fn tok_text(&self) -> &'src str {
        self.text(self.tok)
    }

    /// A reference to a token's text in the source.
    pub(crate) fn name_ref(&self, tok: Token) -> NameRef {
        let text = self.text(tok);
        let offset = (text.as_ptr() as usize).wrapping_sub(self.src.as_ptr() as usize);
        NameRef::Src(offset as u32, text.len() as u32)
    }

    /// The line of a token, in the whole source.
    pub(crate) fn line_of(&self, tok: Token) -> u32 {
        tok.span.line + self.line_shift
    }

    /// Makes emitted instructions carry `tok`'s line.
    pub(crate) fn set_line(&mut self, tok: Token) {
        self.line = self.line_of(tok);
    }

    /// The current reading position.
    pub(crate) fn save(&self) -> Pos<'src> {
        Pos {
            lex: self.lex.clone(),
            tok: self.tok,
            prev: self.prev,
        }
    }

    /// Goes back (or forward) to a saved position.
    pub(crate) fn restore(&mut self, pos: &Pos<'src>) {
        self.lex.clone_from(&pos.lex);
        self.tok = pos.tok;
        self.prev = pos.prev;
    }

    /// Enters one level of recursion, failing cleanly past [`MAX_NESTING`].
    pub(crate) fn enter(&mut self) -> R<()> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(self.error_at_token(
                self.tok,
                format_args!("too many nested expressions and statements (limit {MAX_NESTING})"),
            ));
        }
        Ok(())
    }

    /// Leaves a level entered with [`Compiler::enter`].
    pub(crate) fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    // ---- Errors -------------------------------------------------------------------

    /// Columns of a token: start and end on its first line.
    pub(crate) fn cols(&self, tok: Token) -> (u32, u32) {
        let shift = if tok.span.line == 1 {
            self.col_shift
        } else {
            0
        };
        let text = self.text(tok);
        let first_line = text.split(['\n', '\r']).next().unwrap_or("");
        let width = first_line.chars().count() as u32;
        let col = tok.span.col + shift;
        (col, col + width.max(1))
    }

    /// Records an error of `kind` spanning `line:col..end_col`.
    #[cold]
    pub(crate) fn error_span(
        &mut self,
        kind: ErrorKind,
        line: u32,
        col: u32,
        end_col: u32,
        msg: fmt::Arguments<'_>,
    ) -> Fail {
        self.err = CompileError::new(kind, line, col, end_col);
        self.err_from_lexer = false;
        if self.fstring > 0 && !msg_starts_with_fstring(&msg) {
            self.err.message.push_str("f-string: ");
        }
        let _ = self.err.message.write_fmt(msg);
        Fail
    }

    /// Records a `SyntaxError` at a token.
    #[cold]
    pub(crate) fn error_at_token(&mut self, tok: Token, msg: fmt::Arguments<'_>) -> Fail {
        let (col, end) = self.cols(tok);
        let line = self.line_of(tok);
        self.error_span(ErrorKind::SyntaxError, line, col, end, msg)
    }

    /// Records a `SyntaxError` from the start of `first` to the end of `last`.
    #[cold]
    pub(crate) fn error_between(
        &mut self,
        first: Token,
        last: Token,
        msg: fmt::Arguments<'_>,
    ) -> Fail {
        let (col, end_first) = self.cols(first);
        let (_, end_last) = self.cols(last);
        let end = if last.span.line == first.span.line {
            end_last.max(end_first)
        } else {
            end_first
        };
        let line = self.line_of(first);
        self.error_span(ErrorKind::SyntaxError, line, col, end, msg)
    }

    /// Records "invalid syntax" at the current token.
    #[cold]
    pub(crate) fn invalid_syntax(&mut self) -> Fail {
        let tok = self.tok;
        match tok.kind {
            Tok::Indent => {
                let (col, end) = self.cols(tok);
                let line = self.line_of(tok);
                self.error_span(
                    ErrorKind::IndentationError,
                    line,
                    col,
                    end,
                    format_args!("unexpected indent"),
                )
            }
            Tok::Eof | Tok::Newline => {
                let line = self.line_of(tok);
                let col = tok.span.col;
                self.error_span(
                    ErrorKind::SyntaxError,
                    line,
                    col,
                    col,
                    format_args!("invalid syntax"),
                )
            }
            _ => self.error_at_token(tok, format_args!("invalid syntax")),
        }
    }

    /// Records a limit error ("too many ...") at the current token.
    #[cold]
    pub(crate) fn limit(&mut self, what: &str) -> Fail {
        let tok = self.tok;
        self.error_at_token(tok, format_args!("{what}"))
    }
}

/// Whether a message already names the f-string.
fn msg_starts_with_fstring(msg: &fmt::Arguments<'_>) -> bool {
    msg.as_str()
        .is_some_and(|text| text.starts_with("f-string"))
}
