//! `'...' % args`: printf-style formatting, as CPython 3.11's `PyUnicode_Format`.
//!
//! The VM drives it in three steps, in CPython's order (the order decides which error a
//! faulty program sees):
//!
//! 1. [`pieces`] walks the format string, yielding literal text and [`Conversion`]s
//!    (`%(key)#-+ 0<width>.<precision><kind>`, with `*` for a width or precision taken from
//!    the arguments; `h`, `l`, `L` length modifiers are skipped as CPython does).
//! 2. For a conversion the VM looks up `key` in the mapping if there is one, takes the `*`
//!    arguments (width first), calls [`Conversion::resolve`], takes the value argument, and
//!    only then checks the kind with [`Conversion::class`].
//! 3. It converts the value as [`ArgClass`] says and calls [`write_int`], [`write_float`],
//!    [`write_str`] or [`write_char`].
//!
//! A malformed conversion yields a [`ParseFailure`] that says how many `*` arguments and
//! which key CPython would have consumed before noticing, so the VM can raise the same
//! error CPython raises first (`'%*' % ()` is "not enough arguments", not "incomplete").

use core::fmt::{self, Write};

use super::float_format::{FloatFormat, FloatStyle, FloatText};
use super::format_spec::IntDigits;
use super::{CharCount, ExceptionKind, write_repeat};

/// The conversion flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: a sign for every number.
    pub plus: bool,
    /// A space: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0x`, `0o` prefixes; floats keep the point and zeros).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// A width as written in the format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// `*`: the next argument (an int; negative means left-aligned).
    Star,
    /// Digits in the format.
    Fixed(usize),
}

/// A precision as written in the format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// `.*`: the next argument (an int; negative means 0).
    Star,
    /// `.` and digits (no digits means 0).
    Fixed(usize),
}

/// One `%` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    /// The flags.
    pub flags: Flags,
    /// The width, if any.
    pub width: Option<Width>,
    /// The precision, if any.
    pub precision: Option<Precision>,
    /// The conversion character (not yet checked: see [`Conversion::class`]).
    pub kind: char,
    /// The index, in characters, of `kind` in the format string (for error messages).
    pub index: usize,
}

/// A piece of a format string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to copy (`%%` yields a literal `%`).
    Literal(&'a str),
    /// A conversion.
    Conversion(Conversion<'a>),
}

/// A conversion CPython would reject while parsing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseFailure<'a> {
    /// The error to raise once the arguments below have been taken.
    pub error: PercentError,
    /// The mapping key parsed before the error: CPython looks it up (maybe failing with
    /// `KeyError` or "format requires a mapping") before it notices the error. With
    /// [`PercentError::IncompleteKey`] there is no key, but CPython still first checks
    /// that the argument is a mapping.
    pub key: Option<&'a str>,
    /// How many `*` arguments CPython takes (maybe failing with "not enough arguments" or
    /// "* wants int") before it notices the error: 0, 1 or 2.
    pub stars: u8,
}

/// What kind of argument a conversion takes, and how the VM turns it into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgClass {
    /// `d`, `i`, `u`: an int, or any real number truncated by `int()` (`'%d' % 3.7` is `3`);
    /// otherwise [`ArgTypeError::RealNumberRequired`]. Write with [`write_int`].
    Decimal,
    /// `o`, `x`, `X`: an int (or `__index__`); otherwise [`ArgTypeError::IntegerRequired`].
    /// Write with [`write_int`].
    Radix,
    /// `e E f F g G`: `float(arg)`; otherwise [`ArgTypeError::MustBeRealNumber`]. Write
    /// with [`write_float`].
    Float,
    /// `s`: `str(arg)`, written with [`write_str`].
    Str,
    /// `r`: `repr(arg)`, written with [`write_str`].
    Repr,
    /// `a`: `ascii(arg)`, written with [`write_str`].
    Ascii,
    /// `c`: an int code point ([`char_from_int`]) or a one-character str
    /// ([`char_from_str`]), written with [`write_char`].
    Char,
}

/// A conversion with its `*` values filled in, ready for the writers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The flags (`left` also set by a negative `*` width).
    pub flags: Flags,
    /// The minimum width in characters.
    pub width: usize,
    /// The precision, if any.
    pub precision: Option<usize>,
    /// The conversion character.
    pub kind: char,
}

/// Errors of `%` formatting that need no names from the VM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentError {
    /// `TypeError: not enough arguments for format string`.
    NotEnoughArguments,
    /// `TypeError: not all arguments converted during string formatting`.
    NotAllConverted,
    /// `TypeError: format requires a mapping` (a `%(key)` with a non-mapping argument).
    RequiresMapping,
    /// `ValueError: incomplete format`.
    Incomplete,
    /// `ValueError: incomplete format key` (unbalanced parentheses).
    IncompleteKey,
    /// `ValueError: width too big` (beyond `isize::MAX`).
    WidthTooBig,
    /// `ValueError: precision too big` (beyond `i32::MAX`).
    PrecisionTooBig,
    /// `ValueError: unsupported format character 'y' (0x79) at index 3`.
    Unsupported {
        /// The conversion character.
        kind: char,
        /// Its index in characters.
        index: usize,
    },
    /// `TypeError: * wants int`.
    StarWantsInt,
    /// `OverflowError: Python int too large to convert to C int` (a `.*` beyond `i32`).
    StarPrecisionOverflow,
    /// `OverflowError: precision too large` (an int conversion with a precision near
    /// `i32::MAX`).
    PrecisionTooLarge,
    /// `OverflowError: %c arg not in range(0x110000)`.
    CharRange,
    /// `TypeError: %c requires int or char`.
    CharType,
    /// `%c` of a surrogate code point: CPython makes a lone surrogate, Tracery's UTF-8
    /// strings cannot hold one (`ValueError`).
    CharSurrogate,
}

impl PercentError {
    /// The exception class CPython raises.
    pub fn exception(self) -> ExceptionKind {
        match self {
            PercentError::NotEnoughArguments
            | PercentError::NotAllConverted
            | PercentError::RequiresMapping
            | PercentError::StarWantsInt
            | PercentError::CharType => ExceptionKind::TypeError,
            PercentError::StarPrecisionOverflow
            | PercentError::PrecisionTooLarge
            | PercentError::CharRange => ExceptionKind::OverflowError,
            PercentError::Incomplete
            | PercentError::IncompleteKey
            | PercentError::WidthTooBig
            | PercentError::PrecisionTooBig
            | PercentError::Unsupported { .. }
            | PercentError::CharSurrogate => ExceptionKind::ValueError,
        }
    }
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PercentError::NotEnoughArguments => {
                f.write_str("not enough arguments for format string")
            }
            PercentError::NotAllConverted => {
                f.write_str("not all arguments converted during string formatting")
            }
            PercentError::RequiresMapping => f.write_str("format requires a mapping"),
            PercentError::Incomplete => f.write_str("incomplete format"),
            PercentError::IncompleteKey => f.write_str("incomplete format key"),
            PercentError::WidthTooBig => f.write_str("width too big"),
            PercentError::PrecisionTooBig => f.write_str("precision too big"),
            PercentError::Unsupported { kind, index } => {
                // CPython shows the character only when it is printable ASCII.
                let code = u32::from(kind);
                let shown = if (31..=126).contains(&code) {
                    kind
                } else {
                    '?'
                };
                write!(
                    f,
                    "unsupported format character '{shown}' (0x{code:x}) at index {index}"
                )
            }
            PercentError::StarWantsInt => f.write_str("* wants int"),
            PercentError::StarPrecisionOverflow => {
                f.write_str("Python int too large to convert to C int")
            }
            PercentError::PrecisionTooLarge => f.write_str("precision too large"),
            PercentError::CharRange => f.write_str("%c arg not in range(0x110000)"),
            PercentError::CharType => f.write_str("%c requires int or char"),
            PercentError::CharSurrogate => {
                f.write_str("%c arg is a surrogate, which Tracery strings cannot hold")
            }
        }
    }
}

impl core::error::Error for PercentError {}

/// A `TypeError` about an argument's type, naming the type (`type(arg).__name__`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgTypeError<'a> {
    /// `%d format: a real number is required, not str` (for `d`, `i`, `u`).
    RealNumberRequired {
        /// The conversion character.
        kind: char,
        /// The argument's type name.
        type_name: &'a str,
    },
    /// `%x format: an integer is required, not float` (for `o`, `x`, `X`).
    IntegerRequired {
        /// The conversion character.
        kind: char,
        /// The argument's type name.
        type_name: &'a str,
    },
    /// `must be real number, not str` (for the float conversions).
    MustBeRealNumber {
        /// The argument's type name.
        type_name: &'a str,
    },
}

impl ArgTypeError<'_> {
    /// The exception class: always `TypeError`.
    pub fn exception(self) -> ExceptionKind {
        ExceptionKind::TypeError
    }
}

impl fmt::Display for ArgTypeError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ArgTypeError::RealNumberRequired { kind, type_name } => {
                write!(
                    f,
                    "%{kind} format: a real number is required, not {type_name}"
                )
            }
            ArgTypeError::IntegerRequired { kind, type_name } => {
                write!(f, "%{kind} format: an integer is required, not {type_name}")
            }
            ArgTypeError::MustBeRealNumber { type_name } => {
                write!(f, "must be real number, not {type_name}")
            }
        }
    }
}

impl core::error::Error for ArgTypeError<'_> {}

/// An error from one of the writers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// A formatting error; nothing was written.
    Percent(PercentError),
    /// The output sink failed (in the VM: out of memory).
    Sink,
}

impl From<PercentError> for WriteError {
    fn from(error: PercentError) -> Self {
        WriteError::Percent(error)
    }
}

impl From<fmt::Error> for WriteError {
    fn from(_: fmt::Error) -> Self {
        WriteError::Sink
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Percent(error) => fmt::Display::fmt(error, f),
            WriteError::Sink => f.write_str("the output sink failed"),
        }
    }
}

impl core::error::Error for WriteError {}

/// The pieces of a `%` format string, in order. After an error the iteration ends.
///
/// ```
/// use tracery_core::text::percent::{pieces, Piece, Width};
///
/// let mut parts = pieces("x=%-6d|");
/// assert_eq!(parts.next(), Some(Ok(Piece::Literal("x="))));
/// let Some(Ok(Piece::Conversion(conversion))) = parts.next() else { panic!() };
/// assert!(conversion.flags.left);
/// assert_eq!((conversion.width, conversion.kind), (Some(Width::Fixed(6)), 'd'));
/// assert_eq!(parts.next(), Some(Ok(Piece::Literal("|"))));
/// assert_eq!(parts.next(), None);
/// ```
pub fn pieces(format: &str) -> Pieces<'_> {
    Pieces {
        format,
        position: 0,
        char_index: 0,
    }
}

/// The iterator of [`pieces`].
#[derive(Clone, Debug)]
pub struct Pieces<'a> {
    format: &'a str,
    /// Byte offset of the next unread character.
    position: usize,
    /// Character index of the next unread character.
    char_index: usize,
}

impl<'a> Pieces<'a> {
    fn rest(&self) -> &'a str {
        self.format.get(self.position..).unwrap_or_default()
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Reads one character (CPython's `--fmtcnt >= 0` then read).
    fn next_char(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.position += c.len_utf8();
        self.char_index += 1;
        Some(c)
    }

    /// Stops the iteration.
    fn finish(&mut self) {
        self.position = self.format.len();
    }

    /// Parses the conversion after a `%` (CPython's `unicode_format_arg_parse`).
    fn conversion(&mut self) -> Result<Conversion<'a>, ParseFailure<'a>> {
        let mut failure = ParseFailure {
            error: PercentError::Incomplete,
            key: None,
            stars: 0,
        };
        // `current` is CPython's `arg->ch`: the last character read; `exhausted` is its
        // `fmtcnt < 0`. A stale `current` after running out never matters, as it is a flag,
        // a digit, `)` or `*` and the checks below only look for `*`, digits and `.`.
        let mut current: Option<char> = None;
        let mut exhausted = false;

        if self.peek() == Some('(') {
            self.next_char();
            let start = self.position;
            let mut depth = 1usize;
            while depth > 0 {
                match self.next_char() {
                    None => {
                        failure.error = PercentError::IncompleteKey;
                        return Err(failure);
                    }
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                }
            }
            current = Some(')');
            // The key ends just before the closing parenthesis (one byte).
            let end = self.position.saturating_sub(1);
            let key = self.format.get(start..end).unwrap_or_default();
            failure.key = Some(key);
        }

        let mut flags = Flags::default();
        loop {
            let Some(c) = self.next_char() else {
                exhausted = true;
                break;
            };
            current = Some(c);
            match c {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
        }

        let mut width = None;
        if current == Some('*') && !exhausted {
            width = Some(Width::Star);
            failure.stars += 1;
            current = self.next_char();
            exhausted = current.is_none();
        } else if let Some(digit) = current.and_then(|c| c.to_digit(10)).filter(|_| !exhausted) {
            let limit = isize::MAX.unsigned_abs();
            let (value, next) =
                self.digits(digit, limit, PercentError::WidthTooBig, &mut failure)?;
            width = Some(Width::Fixed(value));
            current = next;
            exhausted = next.is_none();
        }

        let mut precision = None;
        if current == Some('.') && !exhausted {
            precision = Some(Precision::Fixed(0));
            current = self.next_char();
            exhausted = current.is_none();
            if current == Some('*') {
                precision = Some(Precision::Star);
                failure.stars += 1;
                current = self.next_char();
                exhausted = current.is_none();
            } else if let Some(digit) = current.and_then(|c| c.to_digit(10)) {
                let limit = i32::MAX.unsigned_abs() as usize;
                let (value, next) =
                    self.digits(digit, limit, PercentError::PrecisionTooBig, &mut failure)?;
                precision = Some(Precision::Fixed(value));
                current = next;
                exhausted = next.is_none();
            }
        }

        if !exhausted && matches!(current, Some('h' | 'l' | 'L')) {
            current = self.next_char();
            exhausted = current.is_none();
        }
        match current {
            Some(kind) if !exhausted => Ok(Conversion {
                key: failure.key,
                flags,
                width,
                precision,
                kind,
                index: self.char_index.saturating_sub(1),
            }),
            _ => Err(failure),
        }
    }

    /// Reads the rest of a run of ASCII digits that began with `first`; returns the value
    /// and the character after the run (`None` when the format ended).
    fn digits(
        &mut self,
        first: u32,
        limit: usize,
        too_big: PercentError,
        failure: &mut ParseFailure<'a>,
    ) -> Result<(usize, Option<char>), ParseFailure<'a>> {
        let mut value = first as usize;
        loop {
            let Some(c) = self.next_char() else {
                return Ok((value, None));
            };
            let Some(digit) = c.to_digit(10) else {
                return Ok((value, Some(c)));
            };
            let digit = digit as usize;
            if value > (limit - digit) / 10 {
                failure.error = too_big;
                return Err(*failure);
            }
            value = value * 10 + digit;
        }
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Result<Piece<'a>, ParseFailure<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest();
        if rest.is_empty() {
            return None;
        }
        let literal_len = rest.find('%').unwrap_or(rest.len());
        if literal_len > 0 {
            let literal = rest.get(..literal_len).unwrap_or_default();
            self.position += literal_len;
            self.char_index += literal.chars().count();
            return Some(Ok(Piece::Literal(literal)));
        }
        // At a '%'.
        self.next_char();
        if self.peek() == Some('%') {
            let start = self.position;
            self.next_char();
            return Some(Ok(Piece::Literal(
                self.format.get(start..self.position).unwrap_or("%"),
            )));
        }
        let piece = self.conversion().map(Piece::Conversion);
        if piece.is_err() {
            self.finish();
        }
        Some(piece)
    }
}

impl Conversion<'_> {
    /// Fills in the `*` values (in CPython's order: width, then precision; pass `None` for
    /// a part that is not a star).
    ///
    /// A negative `*` width means left-aligned; a negative `.*` precision means 0.
    ///
    /// # Errors
    /// [`PercentError::StarPrecisionOverflow`] for a `.*` value outside `i32`.
    pub fn resolve(
        &self,
        star_width: Option<i64>,
        star_precision: Option<i64>,
    ) -> Result<Spec, PercentError> {
        let mut flags = self.flags;
        let width = match self.width {
            None => 0,
            Some(Width::Fixed(width)) => width,
            Some(Width::Star) => {
                let value = star_width.unwrap_or(0);
                if value < 0 {
                    flags.left = true;
                }
                usize::try_from(value.unsigned_abs()).unwrap_or(usize::MAX)
            }
        };
        let precision = match self.precision {
            None => None,
            Some(Precision::Fixed(precision)) => Some(precision),
            Some(Precision::Star) => {
                let value = star_precision.unwrap_or(0);
                let value =
                    i32::try_from(value).map_err(|_| PercentError::StarPrecisionOverflow)?;
                Some(usize::try_from(value.max(0)).unwrap_or(0))
            }
        };
        Ok(Spec {
            flags,
            width,
            precision,
            kind: self.kind,
        })
    }

    /// What the conversion character asks of its argument; check this after taking the
    /// argument, as CPython does.
    ///
    /// # Errors
    /// [`PercentError::Unsupported`] for an unknown conversion character.
    pub fn class(&self) -> Result<ArgClass, PercentError> {
        Ok(match self.kind {
            'd' | 'i' | 'u' => ArgClass::Decimal,
            'o' | 'x' | 'X' => ArgClass::Radix,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => ArgClass::Float,
            's' => ArgClass::Str,
            'r' => ArgClass::Repr,
            'a' => ArgClass::Ascii,
            'c' => ArgClass::Char,
            kind => {
                return Err(PercentError::Unsupported {
                    kind,
                    index: self.index,
                });
            }
        })
    }
}

/// The code point of `'%c' % value` for an int `value`.
///
/// # Errors
/// [`PercentError::CharRange`] outside 0..=0x10FFFF, [`PercentError::CharSurrogate`] for
/// U+D800..U+DFFF.
pub fn char_from_int(value: i64) -> Result<char, PercentError> {
    let code = u32::try_from(value)
        .ok()
        .filter(|&code| code <= 0x10_ffff)
        .ok_or(PercentError::CharRange)?;
    char::from_u32(code).ok_or(PercentError::CharSurrogate)
}

/// The character of `'%c' % value` for a str `value`.
///
/// # Errors
/// [`PercentError::CharType`] unless `value` is exactly one character.
pub fn char_from_str(value: &str) -> Result<char, PercentError> {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PercentError::CharType),
    }
}

/// What the padding logic needs to know about the text of one conversion.
struct Text<'a, B: Fn(&mut dyn fmt::Write) -> fmt::Result> {
    /// A number (signs and zero padding apply) rather than a string.
    numeric: bool,
    negative: bool,
    /// `0x`, `0X` or `0o` in alternate form, else empty.
    prefix: &'a str,
    /// Characters of the text after its sign and prefix.
    body_len: usize,
    write_body: B,
}

/// Pads and writes one conversion's text (CPython's `unicode_format_arg_output`).
fn write_padded<B: Fn(&mut dyn fmt::Write) -> fmt::Result>(
    out: &mut impl fmt::Write,
    spec: &Spec,
    text: &Text<'_, B>,
) -> fmt::Result {
    let fill = if text.numeric && spec.flags.zero {
        '0'
    } else {
        ' '
    };
    let sign = match (text.numeric, text.negative) {
        (false, _) => None,
        (true, true) => Some('-'),
        (true, false) if spec.flags.plus => Some('+'),
        (true, false) if spec.flags.space => Some(' '),
        (true, false) => None,
    };
    let len = text.body_len.saturating_add(text.prefix.len());
    let mut width = spec.width.max(len);
    if let Some(sign) = sign {
        if fill != ' ' {
            out.write_char(sign)?;
        }
        if width > len {
            width -= 1;
        }
    }
    if fill != ' ' {
        out.write_str(text.prefix)?;
    }
    width = width.saturating_sub(text.prefix.len());
    let len = text.body_len;
    if width > len && !spec.flags.left {
        write_repeat(out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        if let Some(sign) = sign {
            out.write_char(sign)?;
        }
        out.write_str(text.prefix)?;
    }
    (text.write_body)(out)?;
    write_repeat(out, ' ', width.saturating_sub(len))
}

/// `'%d' % value` and the other int conversions (`d i u o x X`), with the precision as a
/// minimum number of digits (`'%.3d' % 5` is `005`).
///
/// # Errors
/// [`PercentError::PrecisionTooLarge`] for a precision above `i32::MAX - 3` (nothing is
/// written then); [`WriteError::Sink`] when `out` fails.
pub fn write_int(out: &mut impl fmt::Write, value: i64, spec: &Spec) -> Result<(), WriteError> {
    /// CPython refuses int precisions that would overflow its length arithmetic.
    const MAX_PRECISION: usize = (i32::MAX - 3).unsigned_abs() as usize;
    let precision = spec.precision.unwrap_or(0);
    if precision > MAX_PRECISION {
        return Err(PercentError::PrecisionTooLarge.into());
    }
    let (base, prefix) = match spec.kind {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = IntDigits::new(value.unsigned_abs(), base, spec.kind == 'X');
    let digits = digits.as_str();
    let zeros = precision.saturating_sub(digits.len());
    let text = Text {
        numeric: true,
        negative: value < 0,
        prefix: if spec.flags.alternate { prefix } else { "" },
        body_len: zeros.saturating_add(digits.len()),
        write_body: |out: &mut dyn fmt::Write| {
            write_repeat(out, '0', zeros)?;
            out.write_str(digits)
        },
    };
    write_padded(out, spec, &text)?;
    Ok(())
}

/// `'%f' % value` and the other float conversions (`e E f F g G`; precision 6 unless
/// given).
///
/// # Errors
/// [`WriteError::Sink`] when `out` fails.
pub fn write_float(out: &mut impl fmt::Write, value: f64, spec: &Spec) -> Result<(), WriteError> {
    let style = match spec.kind.to_ascii_lowercase() {
        'e' => FloatStyle::Exponent,
        'g' => FloatStyle::General,
        _ => FloatStyle::Fixed,
    };
    let format = FloatFormat {
        upper: spec.kind.is_ascii_uppercase(),
        alternate: spec.flags.alternate,
        ..FloatFormat::new(style, spec.precision.unwrap_or(6))
    };
    let float = FloatText::new(value, &format)?;
    let text = Text {
        numeric: true,
        negative: float.negative(),
        prefix: "",
        body_len: float.body_len(),
        write_body: |out: &mut dyn fmt::Write| float.write_body(&mut DynSink(out)),
    };
    write_padded(out, spec, &text)?;
    Ok(())
}

/// `'%s' % value` (also `%r` and `%a`): the VM passes `str(arg)`, `repr(arg)` or
/// `ascii(arg)`; the precision is the maximum number of characters kept.
///
/// # Errors
/// [`WriteError::Sink`] when `out` fails.
pub fn write_str(out: &mut impl fmt::Write, value: &str, spec: &Spec) -> Result<(), WriteError> {
    let shown = match spec.precision {
        Some(precision) => value
            .char_indices()
            .nth(precision)
            .map_or(value, |(end, _)| value.get(..end).unwrap_or(value)),
        None => value,
    };
    let mut count = CharCount::default();
    count.write_str(shown)?;
    let text = Text {
        numeric: false,
        negative: false,
        prefix: "",
        body_len: count.0,
        write_body: |out: &mut dyn fmt::Write| out.write_str(shown),
    };
    write_padded(out, spec, &text)?;
    Ok(())
}

/// `'%c' % value`, for the character from [`char_from_int`] or [`char_from_str`].
///
/// # Errors
/// [`WriteError::Sink`] when `out` fails.
pub fn write_char(out: &mut impl fmt::Write, value: char, spec: &Spec) -> Result<(), WriteError> {
    let text = Text {
        numeric: false,
        negative: false,
        prefix: "",
        body_len: 1,
        write_body: |out: &mut dyn fmt::Write| out.write_char(value),
    };
    write_padded(out, spec, &text)?;
    Ok(())
}

/// Lets the generic float writers write into a `dyn fmt::Write`.
struct DynSink<'a>(&'a mut dyn fmt::Write);

impl fmt::Write for DynSink<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write_str(s)
    }
}

#[cfg(test)]
mod tests;
