//! Scanning single tokens: names, keywords, numbers, strings and operators.

use super::chars;
use super::{
    LexError, LexErrorKind, Lexer, OpenBracket, Tok, is_name_byte, offset_u32, word_follows,
};

/// The integer kinds CPython scans with a prefix: `0x`, `0o`, `0b`.
#[derive(Clone, Copy)]
enum Radix {
    /// `0x`.
    Hex,
    /// `0o`.
    Octal,
    /// `0b`.
    Binary,
}

impl Radix {
    /// Whether `byte` is a digit of this radix.
    fn is_digit(self, byte: u8) -> bool {
        match self {
            Radix::Hex => byte.is_ascii_hexdigit(),
            Radix::Octal => matches!(byte, b'0'..=b'7'),
            Radix::Binary => matches!(byte, b'0' | b'1'),
        }
    }

    /// The error for a malformed literal of this radix.
    fn invalid(self) -> LexErrorKind {
        match self {
            Radix::Hex => LexErrorKind::InvalidHexadecimalLiteral,
            Radix::Octal => LexErrorKind::InvalidOctalLiteral,
            Radix::Binary => LexErrorKind::InvalidBinaryLiteral,
        }
    }

    /// The error for a decimal digit outside this radix (never for hex).
    fn invalid_digit(self, digit: u8) -> LexErrorKind {
        let digit = char::from(digit);
        match self {
            Radix::Binary => LexErrorKind::InvalidDigitInBinary(digit),
            Radix::Octal | Radix::Hex => LexErrorKind::InvalidDigitInOctal(digit),
        }
    }
}

impl Lexer<'_> {
    /// Scans the token starting at `start` (the read position, at column `col`).
    pub(super) fn token_kind(&mut self, start: usize, col: u32) -> Result<Tok, LexError> {
        let rest = self.bytes().get(start..).unwrap_or_default();
        match *rest {
            [first, ..] if first.is_ascii_alphabetic() || first == b'_' || !first.is_ascii() => {
                self.name_or_string(start, col)
            }
            [b'0'..=b'9', ..] => self.number(start),
            [b'.', b'0'..=b'9', ..] => {
                self.pos += 1;
                self.fraction()
            }
            [b'\'' | b'"', ..] => self.string(col),
            [b'<', b'>', ..] => {
                self.pos += 2;
                Err(self.error_at(start, LexErrorKind::InvalidSyntax))
            }
            _ => self.operator(start, col),
        }
    }

    /// Scans a delimiter or operator, tracking brackets.
    fn operator(&mut self, start: usize, col: u32) -> Result<Tok, LexError> {
        let rest = self.bytes().get(start..).unwrap_or_default();
        let Some((tok, len)) = Tok::operator_at(rest) else {
            // Only ASCII reaches here: non-ASCII characters are scanned as names.
            let c = rest.first().map_or(' ', |&b| char::from(b));
            let kind = if chars::is_printable(c) {
                LexErrorKind::InvalidSyntax
            } else {
                LexErrorKind::InvalidNonPrintableCharacter(c)
            };
            self.pos = start + 1;
            return Err(self.error_at(start, kind));
        };
        self.pos += len;
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace => self.open_bracket(start, col)?,
            Tok::RParen | Tok::RBracket | Tok::RBrace => self.close_bracket(start, col)?,
            _ => {}
        }
        Ok(tok)
    }

    /// Pushes the bracket at `start`.
    fn open_bracket(&mut self, start: usize, col: u32) -> Result<(), LexError> {
        let line = self.line;
        let byte = self.bytes().get(start).copied().unwrap_or(b'(');
        let Some(slot) = self.brackets.get_mut(self.depth) else {
            return Err(LexError {
                kind: LexErrorKind::TooManyNestedParens,
                line,
                col,
            });
        };
        *slot = OpenBracket { byte, line, col };
        self.depth += 1;
        Ok(())
    }

    /// Pops the bracket matching the closing one at `start`.
    fn close_bracket(&mut self, start: usize, col: u32) -> Result<(), LexError> {
        let line = self.line;
        let closing = self.bytes().get(start).copied().unwrap_or(b')');
        let error = |kind| LexError { kind, line, col };
        let Some(open) = self
            .depth
            .checked_sub(1)
            .and_then(|top| self.brackets.get(top))
            .copied()
        else {
            return Err(error(LexErrorKind::UnmatchedBracket(char::from(closing))));
        };
        self.depth -= 1;
        if !matches!(
            (open.byte, closing),
            (b'(', b')') | (b'[', b']') | (b'{', b'}')
        ) {
            return Err(error(LexErrorKind::MismatchedBracket {
                closing: char::from(closing),
                opening: char::from(open.byte),
                opening_line: (open.line != line).then_some(open.line),
            }));
        }
        Ok(())
    }

    /// Scans a name, a keyword, or a string with a prefix (`rb"..."`).
    fn name_or_string(&mut self, start: usize, col: u32) -> Result<Tok, LexError> {
        let bytes = self.bytes();
        // CPython accepts the prefixes b, r, u, f, br, rb, fr, rf in any case.
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut at = start;
        while let Some(&byte) = bytes.get(at) {
            let saw = match byte.to_ascii_lowercase() {
                b'b' if !(saw_b || saw_u || saw_f) => &mut saw_b,
                b'u' if !(saw_b || saw_u || saw_r || saw_f) => &mut saw_u,
                b'r' if !(saw_r || saw_u) => &mut saw_r,
                b'f' if !(saw_f || saw_b || saw_u) => &mut saw_f,
                _ => break,
            };
            *saw = true;
            at += 1;
            if matches!(bytes.get(at), Some(b'\'' | b'"')) {
                self.pos = at;
                return self.string(col);
            }
        }
        self.pos = at;
        let mut non_ascii = false;
        while let Some(byte) = self.peek().filter(|&b| is_name_byte(b)) {
            non_ascii |= !byte.is_ascii();
            self.pos += 1;
        }
        // The loop stops at an ASCII byte or the end, so `pos` is on a char boundary.
        let name = self.src.get(start..self.pos).unwrap_or_default();
        if non_ascii {
            self.verify_name(start, name)?;
        }
        Ok(Tok::keyword(name).unwrap_or(Tok::Name))
    }

    /// Checks a name with non-ASCII characters, reporting the first one that cannot be
    /// in an identifier.
    fn verify_name(&mut self, start: usize, name: &str) -> Result<(), LexError> {
        let mut chars = name.char_indices();
        let first_ok = chars.next().is_some_and(|(_, c)| chars::is_name_start(c));
        let bad = if first_ok {
            chars.find(|&(_, c)| !chars::is_name_continue(c))
        } else {
            name.char_indices().next()
        };
        let Some((offset, c)) = bad else {
            return Ok(());
        };
        let kind = if chars::is_printable(c) {
            LexErrorKind::InvalidCharacter(c)
        } else {
            LexErrorKind::InvalidNonPrintableCharacter(c)
        };
        Err(self.error_at(start + offset, kind))
    }

    /// Scans a number from its first digit at `start`, the read position, following
    /// CPython's state machine.
    fn number(&mut self, start: usize) -> Result<Tok, LexError> {
        let first = self.peek();
        self.pos += 1;
        if first != Some(b'0') {
            self.decimal_tail()?;
            return self.after_integer_part(None);
        }
        let radix = match self.peek() {
            Some(b'x' | b'X') => Some(Radix::Hex),
            Some(b'o' | b'O') => Some(Radix::Octal),
            Some(b'b' | b'B') => Some(Radix::Binary),
            _ => None,
        };
        if let Some(radix) = radix {
            self.pos += 1;
            return self.prefixed_integer(radix);
        }
        // `0`, `00`, `0_0`, or the integer part of a float like `01.5`.
        loop {
            if self.peek() == Some(b'_') {
                self.pos += 1;
                if !self.peek_is_digit() {
                    return Err(self.error_before(LexErrorKind::InvalidDecimalLiteral));
                }
            }
            if self.peek() != Some(b'0') {
                break;
            }
            self.pos += 1;
        }
        let leading_zero = self.peek_is_digit().then_some(start);
        if leading_zero.is_some() {
            self.decimal_tail()?;
        }
        self.after_integer_part(leading_zero)
    }

    /// Continues a decimal number after its integer part; `leading_zero` is the start
    /// of a number whose integer part is a zero followed by other digits (valid only in
    /// a float).
    fn after_integer_part(&mut self, leading_zero: Option<usize>) -> Result<Tok, LexError> {
        match self.peek() {
            Some(b'.') => {
                self.pos += 1;
                self.fraction()
            }
            Some(b'e' | b'E') => self.exponent(Tok::Int),
            Some(b'j' | b'J') => self.imaginary(),
            _ => match leading_zero {
                // CPython gives this column in bytes, not chars.
                Some(start) => Err(LexError {
                    kind: LexErrorKind::LeadingZeros,
                    line: self.line,
                    col: offset_u32(start.saturating_sub(self.line_start)),
                }),
                None => {
                    self.end_of_number(LexErrorKind::InvalidDecimalLiteral)?;
                    Ok(Tok::Int)
                }
            },
        }
    }

    /// Scans digits with single underscores between them (CPython's `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Result<(), LexError> {
        loop {
            while self.peek_is_digit() {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek_is_digit() {
                return Err(self.error_before(LexErrorKind::InvalidDecimalLiteral));
            }
        }
    }

    /// Scans the digits of a `0x`/`0o`/`0b` literal (the prefix is consumed).
    fn prefixed_integer(&mut self, radix: Radix) -> Result<Tok, LexError> {
        loop {
            if self.peek() == Some(b'_') {
                self.pos += 1;
            }
            match self.peek() {
                Some(byte) if radix.is_digit(byte) => {}
                Some(digit) if digit.is_ascii_digit() => {
                    self.pos += 1;
                    return Err(self.error_before(radix.invalid_digit(digit)));
                }
                _ => return Err(self.error_before(radix.invalid())),
            }
            while self.peek().is_some_and(|b| radix.is_digit(b)) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                break;
            }
        }
        if let Some(digit) = self.peek().filter(u8::is_ascii_digit) {
            self.pos += 1;
            return Err(self.error_before(radix.invalid_digit(digit)));
        }
        self.end_of_number(radix.invalid())?;
        Ok(Tok::Int)
    }

    /// Continues a number after its decimal point.
    fn fraction(&mut self) -> Result<Tok, LexError> {
        if self.peek_is_digit() {
            self.decimal_tail()?;
        }
        match self.peek() {
            Some(b'e' | b'E') => self.exponent(Tok::Float),
            Some(b'j' | b'J') => self.imaginary(),
            _ => {
                self.end_of_number(LexErrorKind::InvalidDecimalLiteral)?;
                Ok(Tok::Float)
            }
        }
    }

    /// Continues a number at an `e`; `so_far` is its kind if the `e` turns out not to
    /// start an exponent (`1else` is `1` then `else`).
    fn exponent(&mut self, so_far: Tok) -> Result<Tok, LexError> {
        let e_at = self.pos;
        self.pos += 1;
        match self.peek() {
            Some(b'+' | b'-') => {
                self.pos += 1;
                if !self.peek_is_digit() {
                    return Err(self.error_before(LexErrorKind::InvalidDecimalLiteral));
                }
            }
            Some(b'0'..=b'9') => {}
            _ => {
                self.pos = e_at;
                self.end_of_number(LexErrorKind::InvalidDecimalLiteral)?;
                return Ok(so_far);
            }
        }
        self.decimal_tail()?;
        if matches!(self.peek(), Some(b'j' | b'J')) {
            return self.imaginary();
        }
        self.end_of_number(LexErrorKind::InvalidDecimalLiteral)?;
        Ok(Tok::Float)
    }

    /// Finishes a number at its `j` suffix.
    fn imaginary(&mut self) -> Result<Tok, LexError> {
        self.pos += 1;
        self.end_of_number(LexErrorKind::InvalidImaginaryLiteral)?;
        Ok(Tok::Imaginary)
    }

    /// Rejects a number running into a name (`1abc`), except before the keywords that
    /// may follow a number in valid code (`1if x else 2`), which CPython still accepts
    /// (CPython's `verify_end_of_number`).
    fn end_of_number(&mut self, kind: LexErrorKind) -> Result<(), LexError> {
        let rest = self.bytes().get(self.pos..).unwrap_or_default();
        let keyword_follows = match rest.first() {
            Some(b'a') => word_follows(rest, b"and"),
            Some(b'e') => word_follows(rest, b"else"),
            Some(b'f') => word_follows(rest, b"for"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => word_follows(rest, b"or"),
            Some(b'n') => word_follows(rest, b"not"),
            _ => false,
        };
        // Only ASCII name characters count: `1€` is `1` and then an invalid character.
        if !keyword_follows
            && rest
                .first()
                .is_some_and(|&b| b.is_ascii() && is_name_byte(b))
        {
            return Err(self.error_before(kind));
        }
        Ok(())
    }

    /// Scans a string literal whose opening quote is at the read position; the token
    /// (prefix included) starts on this line at column `col`.
    fn string(&mut self, col: u32) -> Result<Tok, LexError> {
        let (line, quote) = (self.line, self.peek().unwrap_or(b'"'));
        self.pos += 1;
        let mut quote_len = 1;
        let mut closing_quotes = 0;
        if self.peek() == Some(quote) {
            self.pos += 1;
            if self.peek() == Some(quote) {
                self.pos += 1;
                quote_len = 3;
            } else {
                closing_quotes = 1;
            }
        }
        let unterminated = |detected_at_line| {
            let kind = if quote_len == 3 {
                LexErrorKind::UnterminatedTripleQuotedString { detected_at_line }
            } else {
                LexErrorKind::UnterminatedString { detected_at_line }
            };
            LexError { kind, line, col }
        };
        while closing_quotes != quote_len {
            if let Some(len) = self.newline_len() {
                if quote_len == 1 {
                    return Err(unterminated(self.line));
                }
                self.consume_newline(len);
                closing_quotes = 0;
                continue;
            }
            let Some(byte) = self.peek() else {
                // The input always ends with a (possibly virtual) newline, which has
                // been consumed: the last line is the one before.
                return Err(unterminated(self.line.saturating_sub(1).max(line)));
            };
            // Quotes, backslashes and newlines are ASCII, so stepping through the bytes
            // of other characters one at a time is harmless.
            self.pos += 1;
            if byte == quote {
                closing_quotes += 1;
                continue;
            }
            closing_quotes = 0;
            if byte == b'\\' {
                match self.newline_len() {
                    Some(len) => self.consume_newline(len),
                    None => self.pos = (self.pos + 1).min(self.src.len()),
                }
            }
        }
        Ok(Tok::String)
    }
}
