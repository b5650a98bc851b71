//! Looking ahead and skipping at the token level.
//!
//! A single-pass compiler sometimes needs to know what comes later before emitting what comes
//! first (is this statement an assignment? is this bracket a comprehension? how many targets
//! does this tuple unpack?). These scans run on a copy of the lexer and never fail: a lexer
//! error just ends the scan, and the real parse reports it. Skips advance the real cursor.

use super::CodeSink;
use super::cursor::{Compiler, Pos, R};
use super::lexer::{Lexer, Tok, Token};

/// A look-ahead cursor on a copy of the lexer, tracking bracket depth and pending lambdas.
pub(crate) struct Ahead<'src> {
    lex: Lexer<'src>,
    /// The current token.
    pub tok: Token,
    /// Bracket depth at the current token, relative to where the scan started.
    pub depth: i32,
    /// `lambda` keywords at depth 0 whose `:` has not been seen.
    pub lambdas: u32,
}

impl<'src> Ahead<'src> {
    /// Moves past the current token; false when the lexer fails.
    pub fn bump(&mut self) -> bool {
        match self.tok.kind {
            Tok::LParen | Tok::LBracket | Tok::LBrace => self.depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => self.depth -= 1,
            Tok::Lambda if self.depth == 0 => self.lambdas += 1,
            Tok::Colon if self.depth == 0 && self.lambdas > 0 => self.lambdas -= 1,
            _ => {}
        }
        match self.lex.next_token() {
            Ok(tok) => {
                self.tok = tok;
                true
            }
            Err(_) => false,
        }
    }

    /// Whether the current token sits at the scan's own level (not inside brackets).
    pub fn top(&self) -> bool {
        self.depth == 0
    }

    /// Whether the current token ends the expression list being scanned: a closing bracket
    /// of an enclosing level, or the end of the logical line.
    pub fn at_end(&self) -> bool {
        self.depth < 0
            || (self.depth == 0
                && matches!(
                    self.tok.kind,
                    Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::Newline | Tok::Eof | Tok::Semi
                ))
    }

    /// Skips an indented block or the rest of a line of simple statements (after a `:`);
    /// false when the lexer fails.
    pub fn skip_block(&mut self) -> bool {
        if self.tok.kind != Tok::Newline {
            while !(self.tok.kind == Tok::Newline && self.depth == 0) {
                if self.tok.kind == Tok::Eof || !self.bump() {
                    return false;
                }
            }
            return self.bump();
        }
        if !self.bump() || self.tok.kind != Tok::Indent {
            return false;
        }
        let mut level = 0u32;
        loop {
            match self.tok.kind {
                Tok::Indent => level += 1,
                Tok::Dedent => {
                    level -= 1;
                    if level == 0 {
                        return self.bump();
                    }
                }
                Tok::Eof => return false,
                _ => {}
            }
            if !self.bump() {
                return false;
            }
        }
    }

    /// Skips to the `:` that ends a compound statement's header and past it.
    pub fn skip_header(&mut self) -> bool {
        loop {
            if self.depth == 0 && self.lambdas == 0 && self.tok.kind == Tok::Colon {
                return self.bump();
            }
            if matches!(self.tok.kind, Tok::Newline | Tok::Eof) || !self.bump() {
                return false;
            }
        }
    }
}

/// The clauses of a `try` statement, from a scan.
pub(crate) struct TryShape<'src> {
    /// It has `except` clauses.
    pub handlers: bool,
    /// Where its `finally` body starts (after the `:`), if it has one.
    pub finally: Option<Pos<'src>>,
}

/// What a statement turns out to be, from a scan of its tokens.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct StmtShape {
    /// Top-level `=` signs (chained assignment has several).
    pub assigns: u32,
    /// A top-level augmented assignment operator (`+=`, ...).
    pub aug: Option<Tok>,
    /// A top-level `:` before any `=`: an annotated assignment.
    pub annotated: bool,
}

/// Whether a token is an augmented assignment operator.
pub(crate) fn is_aug(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::PlusEq
            | Tok::MinusEq
            | Tok::StarEq
            | Tok::SlashEq
            | Tok::DoubleSlashEq
            | Tok::PercentEq
            | Tok::AmperEq
            | Tok::VBarEq
            | Tok::CaretEq
            | Tok::LShiftEq
            | Tok::RShiftEq
            | Tok::DoubleStarEq
            | Tok::AtEq
    )
}

impl<'src, S: CodeSink> Compiler<'src, '_, S> {
    /// A look-ahead cursor at the current token.
    pub(crate) fn ahead(&self) -> Ahead<'src> {
        Ahead {
            lex: self.lex.clone(),
            tok: self.tok,
            depth: 0,
            lambdas: 0,
        }
    }

    /// The token after the current one (without moving).
    #[inline(never)]
    pub(crate) fn peek(&self) -> Token {
        let mut a = self.ahead();
        if a.bump() {
            a.tok
        } else {
            Token {
                kind: Tok::Eof,
                span: self.tok.span,
            }
        }
    }

    /// Scans a simple statement for `=`, augmented assignment and annotation.
    #[inline(never)]
    pub(crate) fn scan_statement(&self) -> StmtShape {
        let mut shape = StmtShape::default();
        let mut a = self.ahead();
        while !(a.top() && matches!(a.tok.kind, Tok::Newline | Tok::Eof | Tok::Semi))
            && a.depth >= 0
        {
            if a.top() && a.lambdas == 0 {
                match a.tok.kind {
                    Tok::Eq => shape.assigns += 1,
                    Tok::Colon if shape.assigns == 0 && shape.aug.is_none() => {
                        shape.annotated = true;
                        return shape;
                    }
                    kind if is_aug(kind) && shape.assigns == 0 => {
                        shape.aug = Some(kind);
                        return shape;
                    }
                    _ => {}
                }
            }
            if !a.bump() {
                break;
            }
        }
        shape
    }

    /// Advances past `count` top-level `=` signs of the current statement.
    pub(crate) fn skip_assigns(&mut self, count: u32) -> R<()> {
        let mut seen = 0;
        let mut depth = 0i32;
        let mut lambdas = 0u32;
        while seen < count {
            match self.tok.kind {
                Tok::Newline | Tok::Eof => return Err(self.invalid_syntax()),
                Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                Tok::Lambda if depth == 0 => lambdas += 1,
                Tok::Colon if depth == 0 && lambdas > 0 => lambdas -= 1,
                Tok::Eq if depth == 0 && lambdas == 0 => seen += 1,
                _ => {}
            }
            self.advance()?;
        }
        Ok(())
    }

    /// Advances to the next token at this level that `stop` accepts (or that ends the
    /// enclosing bracket or line), skipping lambda colons.
    pub(crate) fn skip_until(&mut self, stop: impl Fn(Tok) -> bool) -> R<()> {
        let mut depth = 0i32;
        let mut lambdas = 0u32;
        loop {
            let kind = self.tok.kind;
            if depth == 0 {
                if matches!(
                    kind,
                    Tok::Newline | Tok::Eof | Tok::RParen | Tok::RBracket | Tok::RBrace
                ) {
                    return Ok(());
                }
                if kind == Tok::Colon && lambdas > 0 {
                    lambdas -= 1;
                    self.advance()?;
                    continue;
                }
                if stop(kind) {
                    return Ok(());
                }
            }
            match kind {
                Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                Tok::Lambda if depth == 0 => lambdas += 1,
                Tok::Eof => return Ok(()),
                _ => {}
            }
            self.advance()?;
        }
    }

    /// Skips an indented block or the simple statements after a `:` (a nested body that a
    /// pre-pass does not look into).
    pub(crate) fn skip_block(&mut self, what: &str, header: Token) -> R<()> {
        if self.tok.kind != Tok::Newline {
            while !matches!(self.tok.kind, Tok::Newline | Tok::Eof) {
                self.advance()?;
            }
            return self.eat(Tok::Newline).map(|_| ());
        }
        self.advance()?;
        if self.tok.kind != Tok::Indent {
            return Err(self.expected_block(what, header));
        }
        let mut level = 0u32;
        loop {
            match self.tok.kind {
                Tok::Indent => level += 1,
                Tok::Dedent => {
                    level -= 1;
                    if level == 0 {
                        return self.advance();
                    }
                }
                Tok::Eof => return Ok(()),
                _ => {}
            }
            self.advance()?;
        }
    }

    /// Whether the current token (a `[`, `(` or `{` already consumed) starts a comprehension:
    /// a top-level `for` after the first element. Also reports whether a top-level `:`
    /// came first (a dict display or dict comprehension).
    #[inline(never)]
    pub(crate) fn scan_first_element(&self) -> (bool, bool) {
        let mut a = self.ahead();
        let mut colon = false;
        loop {
            if a.at_end() {
                return (false, colon);
            }
            if a.top() && a.lambdas == 0 {
                match a.tok.kind {
                    Tok::For | Tok::Async => return (true, colon),
                    Tok::Comma => return (false, colon),
                    Tok::Colon => colon = true,
                    _ => {}
                }
            }
            if !a.bump() {
                return (false, colon);
            }
        }
    }

    /// Counts the comma-separated items at this level up to the end of the list or a token
    /// `stop` accepts: `(items, index of the starred item if any, a second starred item,
    /// whether any top-level comma was seen)`.
    #[inline(never)]
    pub(crate) fn scan_items(&self, stop: impl Fn(Tok) -> bool) -> (u32, Option<u32>, bool, bool) {
        let mut a = self.ahead();
        let mut items = 0u32;
        let mut star = None;
        let mut two_stars = false;
        let mut comma = false;
        let mut at_item_start = true;
        loop {
            if a.at_end() || (a.top() && a.lambdas == 0 && stop(a.tok.kind)) {
                break;
            }
            if a.top() {
                if at_item_start {
                    items += 1;
                    if a.tok.kind == Tok::Star {
                        if star.is_some() {
                            two_stars = true;
                        } else {
                            star = Some(items - 1);
                        }
                    }
                    at_item_start = false;
                }
                if a.tok.kind == Tok::Comma {
                    comma = true;
                    at_item_start = true;
                }
            }
            if !a.bump() {
                break;
            }
        }
        (items, star, two_stars, comma)
    }

    /// Whether the bracket that starts at the current token is followed, after its matching
    /// close, by a trailer (`.`, `(`, `[`): then it is part of an expression, not a group of
    /// targets.
    #[inline(never)]
    pub(crate) fn bracket_has_trailer(&self) -> bool {
        let mut a = self.ahead();
        loop {
            if !a.bump() {
                return false;
            }
            if a.depth == 1 && matches!(a.tok.kind, Tok::RParen | Tok::RBracket | Tok::RBrace) {
                if !a.bump() {
                    return false;
                }
                return matches!(a.tok.kind, Tok::Dot | Tok::LParen | Tok::LBracket);
            }
            if a.depth <= 0 && matches!(a.tok.kind, Tok::Newline | Tok::Eof) {
                return false;
            }
        }
    }

    /// Scans the clauses of a `try` statement whose body starts at the current token.
    #[inline(never)]
    pub(crate) fn scan_try(&self) -> TryShape<'src> {
        let mut shape = TryShape {
            handlers: false,
            finally: None,
        };
        let mut a = self.ahead();
        if !a.skip_block() {
            return shape;
        }
        loop {
            match a.tok.kind {
                Tok::Except => {
                    shape.handlers = true;
                    if !a.skip_header() || !a.skip_block() {
                        return shape;
                    }
                }
                Tok::Else => {
                    if !a.skip_header() || !a.skip_block() {
                        return shape;
                    }
                }
                Tok::Finally => {
                    if !a.bump() || a.tok.kind != Tok::Colon {
                        return shape;
                    }
                    let colon = a.tok;
                    if !a.bump() {
                        return shape;
                    }
                    shape.finally = Some(Pos::from_parts(a.lex, a.tok, colon));
                    return shape;
                }
                _ => return shape,
            }
        }
    }

    /// Whether the bracket at the current token is followed, after its matching close, by
    /// a `:` (a parenthesized list of `with` items).
    #[inline(never)]
    pub(crate) fn bracket_then_colon(&self) -> bool {
        let mut a = self.ahead();
        loop {
            if !a.bump() {
                return false;
            }
            if a.depth == 1 && matches!(a.tok.kind, Tok::RParen) {
                return a.bump() && a.tok.kind == Tok::Colon;
            }
            if a.depth <= 0 && matches!(a.tok.kind, Tok::Newline | Tok::Eof) {
                return false;
            }
        }
    }

    /// Whether a condition has a top-level `if` (a conditional expression), `:=` or
    /// `lambda`, which conditions compile as plain values.
    #[inline(never)]
    pub(crate) fn condition_needs_value(&self) -> bool {
        let mut a = self.ahead();
        loop {
            if a.at_end() {
                return false;
            }
            if a.top() {
                match a.tok.kind {
                    Tok::If | Tok::ColonEq | Tok::Lambda => return true,
                    Tok::Colon | Tok::Comma | Tok::Else | Tok::For => return false,
                    _ => {}
                }
            }
            if !a.bump() {
                return false;
            }
        }
    }
}
