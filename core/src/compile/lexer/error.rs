//! Tokenizing errors, with CPython 3.11's messages.

use core::fmt;

/// What a [`LexError`] is about; `Display` gives CPython 3.11's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A character that cannot appear outside strings and comments.
    InvalidCharacter(char),
    /// A non-printable character outside strings and comments.
    InvalidNonPrintableCharacter(char),
    /// `$`, `?`, `` ` ``, a lone `!`, or `<>`: CPython reports plain invalid syntax.
    InvalidSyntax,
    /// A single-quoted string still open at the end of its line.
    UnterminatedString {
        /// The line where the end of the line (or of the input) was found.
        detected_at_line: u32,
    },
    /// A triple-quoted string still open at the end of the input.
    UnterminatedTripleQuotedString {
        /// The last line of the input.
        detected_at_line: u32,
    },
    /// Something other than a newline after a line-continuation backslash.
    UnexpectedCharacterAfterContinuation,
    /// The input ends right after a line-continuation backslash.
    UnexpectedEof,
    /// A malformed decimal number (`1abc`, `1_`, `1e+`).
    InvalidDecimalLiteral,
    /// A malformed hexadecimal number (`0x`, `0x1g`).
    InvalidHexadecimalLiteral,
    /// A malformed octal number (`0o`, `0o1a`).
    InvalidOctalLiteral,
    /// A malformed binary number (`0b`, `0b1a`).
    InvalidBinaryLiteral,
    /// A malformed imaginary number (`1jx`).
    InvalidImaginaryLiteral,
    /// A digit that is not octal in an octal number.
    InvalidDigitInOctal(char),
    /// A digit that is not binary in a binary number.
    InvalidDigitInBinary(char),
    /// A decimal integer such as `012` (its column counts bytes, as CPython's does).
    LeadingZeros,
    /// A closing bracket with nothing open.
    UnmatchedBracket(char),
    /// A closing bracket of the wrong kind.
    MismatchedBracket {
        /// The closing bracket found.
        closing: char,
        /// The innermost open bracket.
        opening: char,
        /// The opening bracket's line when it differs from the closing one's.
        opening_line: Option<u32>,
    },
    /// A bracket still open at the end of the input (reported at the bracket).
    UnclosedBracket(char),
    /// More than 200 brackets open at once.
    TooManyNestedParens,
    /// More than 99 nested indented blocks (an `IndentationError`).
    TooDeep,
    /// A dedent to a width that no enclosing block has (an `IndentationError`).
    UnindentMismatch,
    /// Indentation that compares differently with tabs as 8 columns and as 1 (a `TabError`).
    InconsistentTabs,
    /// A NUL character anywhere in the source (CPython checks before tokenizing).
    NullByte,
    /// A source of 4 GiB or more, whose offsets do not fit in a [`Span`](super::Span) (Tracery's limit).
    SourceTooLarge,
}

impl fmt::Display for LexErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            LexErrorKind::InvalidCharacter(c) => {
                write!(f, "invalid character '{c}' (U+{:04X})", u32::from(c))
            }
            LexErrorKind::InvalidNonPrintableCharacter(c) => {
                write!(f, "invalid non-printable character U+{:04X}", u32::from(c))
            }
            LexErrorKind::InvalidSyntax => f.write_str("invalid syntax"),
            LexErrorKind::UnterminatedString { detected_at_line } => {
                write!(
                    f,
                    "unterminated string literal (detected at line {detected_at_line})"
                )
            }
            LexErrorKind::UnterminatedTripleQuotedString { detected_at_line } => write!(
                f,
                "unterminated triple-quoted string literal (detected at line {detected_at_line})"
            ),
            LexErrorKind::UnexpectedCharacterAfterContinuation => {
                f.write_str("unexpected character after line continuation character")
            }
            LexErrorKind::UnexpectedEof => f.write_str("unexpected EOF while parsing"),
            LexErrorKind::InvalidDecimalLiteral => f.write_str("invalid decimal literal"),
            LexErrorKind::InvalidHexadecimalLiteral => f.write_str("invalid hexadecimal literal"),
            LexErrorKind::InvalidOctalLiteral => f.write_str("invalid octal literal"),
            LexErrorKind::InvalidBinaryLiteral => f.write_str("invalid binary literal"),
            LexErrorKind::InvalidImaginaryLiteral => f.write_str("invalid imaginary literal"),
            LexErrorKind::InvalidDigitInOctal(c) => {
                write!(f, "invalid digit '{c}' in octal literal")
            }
            LexErrorKind::InvalidDigitInBinary(c) => {
                write!(f, "invalid digit '{c}' in binary literal")
            }
            LexErrorKind::LeadingZeros => f.write_str(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            ),
            LexErrorKind::UnmatchedBracket(c) => write!(f, "unmatched '{c}'"),
            LexErrorKind::MismatchedBracket {
                closing,
                opening,
                opening_line,
            } => {
                write!(
                    f,
                    "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
                )?;
                match opening_line {
                    Some(line) => write!(f, " on line {line}"),
                    None => Ok(()),
                }
            }
            LexErrorKind::UnclosedBracket(c) => write!(f, "'{c}' was never closed"),
            LexErrorKind::TooManyNestedParens => f.write_str("too many nested parentheses"),
            LexErrorKind::TooDeep => f.write_str("too many levels of indentation"),
            LexErrorKind::UnindentMismatch => {
                f.write_str("unindent does not match any outer indentation level")
            }
            LexErrorKind::InconsistentTabs => {
                f.write_str("inconsistent use of tabs and spaces in indentation")
            }
            LexErrorKind::NullByte => f.write_str("source code string cannot contain null bytes"),
            LexErrorKind::SourceTooLarge => f.write_str("source code too large (4 GiB or more)"),
        }
    }
}

/// A tokenizing error, with CPython's message and position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexError {
    /// What went wrong.
    pub kind: LexErrorKind,
    /// Line, 1-based.
    pub line: u32,
    /// Column, 0-based, in chars: CPython's `offset - 1`, wherever CPython puts it (for
    /// [`LexErrorKind::LeadingZeros`] CPython counts bytes, and so does this).
    pub col: u32,
}

impl LexError {
    /// The Python exception class: `"SyntaxError"`, `"IndentationError"` or `"TabError"`.
    pub fn exception_name(&self) -> &'static str {
        match self.kind {
            LexErrorKind::TooDeep | LexErrorKind::UnindentMismatch => "IndentationError",
            LexErrorKind::InconsistentTabs => "TabError",
            _ => "SyntaxError",
        }
    }

    /// Whether CPython raises this error as an exception inside its tokenizer (rather
    /// than as a tokenizer status its parser turns into an exception later). Only these
    /// replace a parser error found earlier; see
    /// [`Lexer::error_after_parse_error`](super::Lexer::error_after_parse_error).
    pub(super) fn raised_by_tokenizer(&self) -> bool {
        !matches!(
            self.kind,
            LexErrorKind::UnexpectedCharacterAfterContinuation
                | LexErrorKind::UnexpectedEof
                | LexErrorKind::TooDeep
                | LexErrorKind::UnindentMismatch
                | LexErrorKind::InconsistentTabs
                | LexErrorKind::UnclosedBracket(_)
                | LexErrorKind::InvalidSyntax
        )
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl core::error::Error for LexError {}
