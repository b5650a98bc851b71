//! The format-spec mini-language of `format()`, f-strings and `str.format`, as CPython 3.11.
//!
//! ```text
//!   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//!   align    < > ^ =          sign  + - space     grouping  , or _
//!   type     b c d o x X n e E f F g G % s, or none
//! ```
//!
//! [`FormatSpec::parse`] reads a spec without knowing the value's type (as CPython's parser
//! does, apart from its default type); [`write_int`], [`write_float`] and [`write_str`]
//! check what the spec asks of their type and write the value. Every check happens before
//! anything is written, so an error leaves the output untouched.
//!
//! A number is laid out in CPython's fields, of which at most one padding is non-empty:
//!
//! ```text
//!   | left pad | sign | prefix | pad after sign | grouped digits | remainder | right pad |
//!     (`>`, `^`)  -+␣    0x 0b     (`=`, `0`)      1,234 or 0,001,234  .50e+03%   (`<`, `^`)
//! ```
//!
//! With `0` padding (fill `0`, align `=`), the zeros are part of the digits and get grouping
//! separators too: `format(1234, '09,')` is `0,001,234`. Widths count characters, so a fill
//! or text outside ASCII pads correctly.

use core::fmt::{self, Write};

use super::float_format::{FloatFormat, FloatStyle, FloatText};
use super::{CharCount, ExceptionKind, Truncated, unicode, write_repeat};

/// Where the value goes within the width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: padding on the right (default for strings).
    Left,
    /// `>`: padding on the left (default for numbers).
    Right,
    /// `^`: padding split, the extra character on the right.
    Center,
    /// `=`: padding between the sign (and prefix) and the digits; numbers only.
    AfterSign,
}

impl Align {
    /// The alignment a spec character stands for.
    pub fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// No sign option given: `-` for negative numbers only. (Distinct from an explicit `-`
    /// because strings and `'c'` reject any sign option, even `-`.)
    Unspecified,
    /// `-`: a sign for negative numbers only.
    Minus,
    /// `+`: a sign for every number.
    Plus,
    /// A space: `-` for negative numbers, a space for the others.
    Space,
}

/// A parsed format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: the one before an alignment, `0` after a `0` flag, else a space.
    pub fill: char,
    /// The explicit alignment; `None` means the type's default (right for numbers, or `=`
    /// when the `0` flag is given; left for strings).
    pub align: Option<Align>,
    /// The sign option.
    pub sign: Sign,
    /// `z`: show a negative zero (after rounding) as positive; floats only (new in 3.11).
    pub no_neg_zero: bool,
    /// `#`: alternate form (`0x` prefixes, keep the decimal point and trailing zeros).
    pub alternate: bool,
    /// The `0` flag before the width (only recognised when no fill character is given).
    pub zero: bool,
    /// The minimum width in characters; 0 when not given.
    pub width: usize,
    /// The thousands separator, `,` or `_` (every 4 digits for `b`, `o`, `x`, `X`).
    pub grouping: Option<char>,
    /// The precision: digits for floats, maximum characters for strings.
    pub precision: Option<usize>,
    /// The presentation type; `None` for the type's default.
    pub kind: Option<char>,
}

impl Default for FormatSpec {
    /// The empty spec.
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Unspecified,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        }
    }
}

/// Why a spec was rejected, or does not suit the value's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecError {
    /// Text left over after the type: `Invalid format specifier '...' for object of type '...'`.
    Invalid,
    /// A width or precision beyond `isize::MAX`: `Too many decimal digits in format string`.
    TooManyDigits,
    /// A `.` with no digits after it: `Format specifier missing precision`.
    MissingPrecision,
    /// Both `,` and `_`: `Cannot specify both ',' and '_'.`
    BothSeparators,
    /// A separator with a type that has none: `Cannot specify ',' with 's'.`
    SeparatorWithType {
        /// The separator given, `,` or `_`.
        separator: char,
        /// The presentation type it was combined with.
        kind: char,
    },
    /// A type the value does not support:
    /// `Unknown format code 'd' for object of type 'float'`.
    UnknownCode(char),
    /// `+` or `-` on a string: `Sign not allowed in string format specifier`.
    StringSign,
    /// A space sign on a string: `Space not allowed in string format specifier`.
    StringSpace,
    /// `z` on a string: `Negative zero coercion (z) not allowed in string format specifier`.
    StringNegativeZero,
    /// `#` on a string: `Alternate form (#) not allowed in string format specifier`.
    StringAlternate,
    /// `=` on a string: `'=' alignment not allowed in string format specifier`.
    StringAfterSign,
    /// A precision on an int: `Precision not allowed in integer format specifier`.
    IntPrecision,
    /// `z` on an int: `Negative zero coercion (z) not allowed in integer format specifier`.
    IntNegativeZero,
    /// A sign with `'c'`: `Sign not allowed with integer format specifier 'c'`.
    CharSign,
    /// `#` with `'c'`: `Alternate form (#) not allowed with integer format specifier 'c'`.
    CharAlternate,
    /// `'c'` of a value outside 0..=0x10FFFF: `OverflowError: %c arg not in range(0x110000)`.
    CharRange,
    /// `'c'` of a surrogate code point (U+D800..U+DFFF). CPython makes a lone surrogate;
    /// Tracery's strings are UTF-8 and cannot hold one, so this is a `ValueError`.
    CharSurrogate,
    /// A float precision beyond `i32::MAX`: `precision too big`.
    PrecisionTooBig,
}

impl SpecError {
    /// The exception class CPython raises.
    pub fn exception(self) -> ExceptionKind {
        match self {
            SpecError::CharRange => ExceptionKind::OverflowError,
            _ => ExceptionKind::ValueError,
        }
    }

    /// CPython's exact message, which for some errors names the spec and the value's type
    /// (`type(value).__name__`, e.g. `'int'`, `'bool'`, `'float'`, `'str'`).
    pub fn message<'a>(self, spec: &'a str, type_name: &'a str) -> SpecMessage<'a> {
        SpecMessage {
            error: self,
            spec,
            type_name,
        }
    }
}

/// Writes `'c'`, or `'\xhh'` for a type character outside printable ASCII, as CPython's
/// messages do (`"%c"` when `32 < c < 128`, else `"\\x%x"` without zero padding).
fn write_code(f: &mut impl fmt::Write, code: char) -> fmt::Result {
    let value = u32::from(code);
    if value > 32 && value < 128 {
        write!(f, "'{code}'")
    } else {
        write!(f, "'\\x{value:x}'")
    }
}

impl fmt::Display for SpecError {
    /// The message without its context: for [`SpecError::Invalid`] and
    /// [`SpecError::UnknownCode`] use [`SpecError::message`] to get CPython's full text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            SpecError::Invalid => f.write_str("Invalid format specifier"),
            SpecError::TooManyDigits => f.write_str("Too many decimal digits in format string"),
            SpecError::MissingPrecision => f.write_str("Format specifier missing precision"),
            SpecError::BothSeparators => f.write_str("Cannot specify both ',' and '_'."),
            SpecError::SeparatorWithType { separator, kind } => {
                write!(f, "Cannot specify '{separator}' with ")?;
                write_code(f, kind)?;
                f.write_char('.')
            }
            SpecError::UnknownCode(code) => {
                f.write_str("Unknown format code ")?;
                write_code(f, code)
            }
            SpecError::StringSign => f.write_str("Sign not allowed in string format specifier"),
            SpecError::StringSpace => f.write_str("Space not allowed in string format specifier"),
            SpecError::StringNegativeZero => {
                f.write_str("Negative zero coercion (z) not allowed in string format specifier")
            }
            SpecError::StringAlternate => {
                f.write_str("Alternate form (#) not allowed in string format specifier")
            }
            SpecError::StringAfterSign => {
                f.write_str("'=' alignment not allowed in string format specifier")
            }
            SpecError::IntPrecision => {
                f.write_str("Precision not allowed in integer format specifier")
            }
            SpecError::IntNegativeZero => {
                f.write_str("Negative zero coercion (z) not allowed in integer format specifier")
            }
            SpecError::CharSign => {
                f.write_str("Sign not allowed with integer format specifier 'c'")
            }
            SpecError::CharAlternate => {
                f.write_str("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            SpecError::CharRange => f.write_str("%c arg not in range(0x110000)"),
            SpecError::CharSurrogate => {
                f.write_str("%c arg is a surrogate, which Tracery strings cannot hold")
            }
            SpecError::PrecisionTooBig => f.write_str("precision too big"),
        }
    }
}

impl core::error::Error for SpecError {}

/// A [`SpecError`]'s full CPython message, with the spec and type name it may mention.
#[derive(Clone, Copy, Debug)]
pub struct SpecMessage<'a> {
    /// The error.
    pub error: SpecError,
    /// The whole format spec, as given.
    pub spec: &'a str,
    /// The value's type name.
    pub type_name: &'a str,
}

impl fmt::Display for SpecMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error {
            SpecError::Invalid => {
                write!(
                    f,
                    "Invalid format specifier '{}' for object of type '",
                    self.spec
                )?;
                write_type_name(f, self.type_name)?;
                f.write_char('\'')
            }
            SpecError::UnknownCode(_) => {
                write!(f, "{} for object of type '", self.error)?;
                write_type_name(f, self.type_name)?;
                f.write_char('\'')
            }
            other => fmt::Display::fmt(&other, f),
        }
    }
}

/// CPython prints type names in these messages with `%.200s`.
fn write_type_name(f: &mut impl fmt::Write, type_name: &str) -> fmt::Result {
    Truncated { out: f, left: 200 }.write_str(type_name)
}

/// An error from one of the writers: the spec does not suit the value, or `out` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// The spec was rejected; nothing was written.
    Spec(SpecError),
    /// The output sink failed (in the VM: out of memory).
    Write,
}

impl From<SpecError> for FormatError {
    fn from(error: SpecError) -> Self {
        FormatError::Spec(error)
    }
}

impl From<fmt::Error> for FormatError {
    fn from(_: fmt::Error) -> Self {
        FormatError::Write
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Spec(error) => fmt::Display::fmt(error, f),
            FormatError::Write => f.write_str("the output sink failed"),
        }
    }
}

impl core::error::Error for FormatError {}

/// A cursor over the characters of a spec.
struct SpecCursor<'a> {
    rest: core::str::Chars<'a>,
}

impl SpecCursor<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.clone().next()
    }

    fn peek_second(&self) -> Option<char> {
        self.rest.clone().nth(1)
    }

    /// Consumes the next character if it is `c`.
    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.rest.next();
        }
        found
    }

    /// Reads a run of decimal digits (any script, as CPython); `None` if there are none.
    fn integer(&mut self) -> Result<Option<usize>, SpecError> {
        /// CPython's limit is `PY_SSIZE_T_MAX`.
        const LIMIT: usize = isize::MAX.unsigned_abs();
        let mut value: Option<usize> = None;
        while let Some(digit) = self.peek().and_then(unicode::decimal_value) {
            let digit = digit as usize;
            let so_far = value.unwrap_or(0);
            if so_far > (LIMIT - digit) / 10 {
                return Err(SpecError::TooManyDigits);
            }
            value = Some(so_far * 10 + digit);
            self.rest.next();
        }
        Ok(value)
    }
}

impl FormatSpec {
    /// Parses `spec` as CPython's `parse_internal_render_format_spec` does.
    ///
    /// ```
    /// use tracery_core::text::format_spec::{Align, FormatSpec};
    ///
    /// let spec = FormatSpec::parse("*^+10,.2f").unwrap();
    /// assert_eq!((spec.fill, spec.align, spec.width), ('*', Some(Align::Center), 10));
    /// assert_eq!((spec.grouping, spec.precision, spec.kind), (Some(','), Some(2), Some('f')));
    /// ```
    ///
    /// # Errors
    /// The parse errors of [`SpecError`]: `Invalid`, `TooManyDigits`, `MissingPrecision`,
    /// `BothSeparators`, `SeparatorWithType`.
    pub fn parse(spec: &str) -> Result<FormatSpec, SpecError> {
        let mut parsed = FormatSpec::default();
        let mut cursor = SpecCursor { rest: spec.chars() };

        let mut fill_given = false;
        if let Some(align) = cursor.peek_second().and_then(Align::from_char) {
            parsed.fill = cursor.peek().unwrap_or(' ');
            parsed.align = Some(align);
            fill_given = true;
            cursor.rest.next();
            cursor.rest.next();
        } else if let Some(align) = cursor.peek().and_then(Align::from_char) {
            parsed.align = Some(align);
            cursor.rest.next();
        }

        parsed.sign = match cursor.peek() {
            Some('+') => Sign::Plus,
            Some('-') => Sign::Minus,
            Some(' ') => Sign::Space,
            _ => Sign::Unspecified,
        };
        if parsed.sign != Sign::Unspecified {
            cursor.rest.next();
        }
        parsed.no_neg_zero = cursor.eat('z');
        parsed.alternate = cursor.eat('#');
        if !fill_given && cursor.eat('0') {
            parsed.zero = true;
            parsed.fill = '0';
        }
        parsed.width = cursor.integer()?.unwrap_or(0);

        if cursor.eat(',') {
            parsed.grouping = Some(',');
        }
        if cursor.eat('_') {
            if parsed.grouping.is_some() {
                return Err(SpecError::BothSeparators);
            }
            parsed.grouping = Some('_');
        }
        if cursor.peek() == Some(',') && parsed.grouping == Some('_') {
            return Err(SpecError::BothSeparators);
        }

        if cursor.eat('.') {
            parsed.precision = Some(cursor.integer()?.ok_or(SpecError::MissingPrecision)?);
        }

        let kind = cursor.rest.next();
        if cursor.rest.next().is_some() {
            return Err(SpecError::Invalid);
        }
        parsed.kind = kind;

        if let Some(separator) = parsed.grouping {
            check_separator(separator, kind)?;
        }
        Ok(parsed)
    }

    /// The alignment to use for a number.
    fn number_align(&self) -> Align {
        self.align.unwrap_or(if self.zero {
            Align::AfterSign
        } else {
            Align::Right
        })
    }
}

/// CPython's parse-time check that a separator suits the type (`None` is the default type,
/// which allows separators for ints and floats; strings check again in [`write_str`]).
fn check_separator(separator: char, kind: Option<char>) -> Result<(), SpecError> {
    match kind {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(()),
        Some(kind) => Err(SpecError::SeparatorWithType { separator, kind }),
    }
}

/// The digits before the decimal point of a number and everything after them.
trait NumberBody {
    /// How many integer digits there are.
    fn int_len(&self) -> usize;
    /// Writes integer digits `from..to`.
    fn write_int_digits(&self, out: &mut impl fmt::Write, from: usize, to: usize) -> fmt::Result;
    /// How many characters follow the integer digits.
    fn remainder_len(&self) -> usize;
    /// Writes what follows the integer digits.
    fn write_remainder(&self, out: &mut impl fmt::Write) -> fmt::Result;
}

/// A float, optionally followed by `%`.
struct FloatBody {
    text: FloatText,
    percent: bool,
}

impl NumberBody for FloatBody {
    fn int_len(&self) -> usize {
        self.text.int_len()
    }

    fn write_int_digits(&self, out: &mut impl fmt::Write, from: usize, to: usize) -> fmt::Result {
        self.text.write_int_digits(out, from, to)
    }

    fn remainder_len(&self) -> usize {
        self.text.remainder_len() + usize::from(self.percent)
    }

    fn write_remainder(&self, out: &mut impl fmt::Write) -> fmt::Result {
        self.text.write_remainder(out)?;
        if self.percent {
            out.write_char('%')?;
        }
        Ok(())
    }
}

/// The magnitude of an int in some base, as ASCII digits.
pub(crate) struct IntDigits {
    /// Right-aligned digits: the meaningful ones are `buf[start..]`.
    buf: [u8; 64],
    start: usize,
}

impl IntDigits {
    /// The digits of `magnitude` in `base` (2..=36), letters upper-case when `upper`.
    pub(crate) fn new(magnitude: u64, base: u32, upper: bool) -> IntDigits {
        let alphabet: &[u8; 36] = if upper {
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        } else {
            b"0123456789abcdefghijklmnopqrstuvwxyz"
        };
        let base = u64::from(base.clamp(2, 36));
        let mut digits = IntDigits {
            buf: [b'0'; 64],
            start: 64,
        };
        let mut rest = magnitude;
        // 64 binary digits is the most a u64 needs, so `start` stays in bounds.
        while digits.start > 0 {
            digits.start -= 1;
            let digit = usize::try_from(rest % base).unwrap_or(0);
            if let (Some(slot), Some(&symbol)) =
                (digits.buf.get_mut(digits.start), alphabet.get(digit))
            {
                *slot = symbol;
            }
            rest /= base;
            if rest == 0 {
                break;
            }
        }
        digits
    }

    /// The digits as text.
    pub(crate) fn as_str(&self) -> &str {
        let bytes = self.buf.get(self.start..).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }
}

impl NumberBody for IntDigits {
    fn int_len(&self) -> usize {
        self.as_str().len()
    }

    fn write_int_digits(&self, out: &mut impl fmt::Write, from: usize, to: usize) -> fmt::Result {
        out.write_str(self.as_str().get(from..to).ok_or(fmt::Error)?)
    }

    fn remainder_len(&self) -> usize {
        0
    }

    fn write_remainder(&self, _: &mut impl fmt::Write) -> fmt::Result {
        Ok(())
    }
}

/// The character of `format(n, 'c')`: no digits, one remainder character.
struct CharBody(char);

impl NumberBody for CharBody {
    fn int_len(&self) -> usize {
        0
    }

    fn write_int_digits(&self, _: &mut impl fmt::Write, _: usize, _: usize) -> fmt::Result {
        Ok(())
    }

    fn remainder_len(&self) -> usize {
        1
    }

    fn write_remainder(&self, out: &mut impl fmt::Write) -> fmt::Result {
        out.write_char(self.0)
    }
}

/// How the integer digits are grouped: `Some((separator, group size))`, or none.
type Grouping = Option<(char, usize)>;

/// The integer digits padded with zeros to a minimum width and grouped (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct GroupedDigits {
    /// Digits plus leading zeros.
    slots: usize,
    /// Full groups after the first (partial) group; also the number of separators.
    full_groups: usize,
    /// The size of a full group.
    group: usize,
}

impl GroupedDigits {
    /// Lays out `digits` digits to fill at least `min_width` characters, separators
    /// included. The leftmost group may be short but never starts with a separator.
    fn new(digits: usize, min_width: usize, grouping: Grouping) -> GroupedDigits {
        let Some((_, group)) = grouping else {
            return GroupedDigits {
                slots: digits.max(min_width),
                full_groups: 0,
                group: usize::MAX,
            };
        };
        let group = group.max(1);
        // Groups are taken from the right, each `group` long, while digits or width remain;
        // the last one takes only what is still needed (at least one). Each separator
        // counts towards the width.
        let for_digits = digits.saturating_sub(group).div_ceil(group);
        let for_width = min_width.saturating_sub(group).div_ceil(group + 1);
        let full_groups = for_digits.max(for_width);
        let last = digits
            .saturating_sub(full_groups.saturating_mul(group))
            .max(min_width.saturating_sub(full_groups.saturating_mul(group + 1)))
            .max(1);
        GroupedDigits {
            slots: full_groups.saturating_mul(group).saturating_add(last),
            full_groups,
            group,
        }
    }

    /// Characters written, separators included.
    fn len(&self) -> usize {
        self.slots.saturating_add(self.full_groups)
    }

    /// Writes the zeros, digits and separators.
    fn write(
        &self,
        out: &mut impl fmt::Write,
        body: &impl NumberBody,
        separator: char,
    ) -> fmt::Result {
        let digits = body.int_len();
        let zeros = self.slots.saturating_sub(digits);
        let first = self
            .slots
            .saturating_sub(self.full_groups.saturating_mul(self.group));
        let mut at = 0;
        let mut end = first;
        loop {
            // Slots `at..end`: zeros below `zeros`, digits from there.
            let zero_end = end.min(zeros);
            if at < zero_end {
                write_repeat(out, '0', zero_end - at)?;
            }
            let from = at.max(zeros);
            if from < end {
                body.write_int_digits(out, from - zeros, end - zeros)?;
            }
            if end >= self.slots {
                return Ok(());
            }
            out.write_char(separator)?;
            at = end;
            end = end.saturating_add(self.group);
        }
    }
}

/// The padding around a number or string of `len` characters in `width`.
fn paddings(len: usize, width: usize, align: Align) -> (usize, usize, usize) {
    let padding = width.saturating_sub(len);
    match align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    }
}

/// Writes a number in CPython's fields (see the module docs).
fn write_number(
    out: &mut impl fmt::Write,
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    body: &impl NumberBody,
    grouping: Grouping,
) -> fmt::Result {
    let sign = match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Sign::Plus) => Some('+'),
        (false, Sign::Space) => Some(' '),
        (false, Sign::Minus | Sign::Unspecified) => None,
    };
    let align = spec.number_align();
    let fixed = usize::from(sign.is_some())
        .saturating_add(prefix.len())
        .saturating_add(body.remainder_len());
    let zero_padded = spec.fill == '0' && align == Align::AfterSign;
    let min_width = if zero_padded {
        spec.width.saturating_sub(fixed)
    } else {
        0
    };
    let grouped =
        (body.int_len() > 0).then(|| GroupedDigits::new(body.int_len(), min_width, grouping));
    let len = fixed.saturating_add(grouped.map_or(0, |grouped| grouped.len()));
    let (left, after_sign, right) = paddings(len, spec.width, align);

    write_repeat(out, spec.fill, left)?;
    if let Some(sign) = sign {
        out.write_char(sign)?;
    }
    out.write_str(prefix)?;
    write_repeat(out, spec.fill, after_sign)?;
    if let Some(grouped) = grouped {
        let separator = grouping.map_or(',', |(separator, _)| separator);
        grouped.write(out, body, separator)?;
    }
    body.write_remainder(out)?;
    write_repeat(out, spec.fill, right)
}

/// `format(value, spec)` for an int (`int.__format__`).
///
/// Types `b c d o x X n` and none format the int; `e E f F g G %` format `float(value)`.
/// For an empty spec CPython uses `str(value)`, which differs for `bool` (`True`); the VM
/// handles that case before calling here.
///
/// # Errors
/// [`FormatError::Spec`] when the spec does not suit an int (nothing is written then);
/// [`FormatError::Write`] when `out` fails.
pub fn write_int(
    out: &mut impl fmt::Write,
    value: i64,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    let kind = spec.kind.unwrap_or('d');
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'n' | 'c' => (10, ""),
        // Converting an i64 to f64 rounds to nearest, ties to even, as int.__float__ does.
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return write_float(out, value as f64, spec),
        other => return Err(SpecError::UnknownCode(other).into()),
    };
    if spec.precision.is_some() {
        return Err(SpecError::IntPrecision.into());
    }
    if spec.no_neg_zero {
        return Err(SpecError::IntNegativeZero.into());
    }
    if kind == 'c' {
        if spec.sign != Sign::Unspecified {
            return Err(SpecError::CharSign.into());
        }
        if spec.alternate {
            return Err(SpecError::CharAlternate.into());
        }
        let code = u32::try_from(value)
            .ok()
            .filter(|&code| code <= 0x10_ffff)
            .ok_or(SpecError::CharRange)?;
        let c = char::from_u32(code).ok_or(SpecError::CharSurrogate)?;
        write_number(out, spec, false, "", &CharBody(c), None)?;
        return Ok(());
    }
    let group = if base == 10 { 3 } else { 4 };
    let grouping = spec.grouping.map(|separator| (separator, group));
    let digits = IntDigits::new(value.unsigned_abs(), base, kind == 'X');
    let prefix = if spec.alternate { prefix } else { "" };
    write_number(out, spec, value < 0, prefix, &digits, grouping)?;
    Ok(())
}

/// `format(value, spec)` for a float (`float.__format__`).
///
/// Types `e E f F g G n %`, and none: like `str(value)` without a precision, like `g` with
/// at least one digit after the point with one.
///
/// # Errors
/// [`FormatError::Spec`] when the spec does not suit a float (nothing is written then);
/// [`FormatError::Write`] when `out` fails.
pub fn write_float(
    out: &mut impl fmt::Write,
    value: f64,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    /// CPython keeps float precisions in a C `int`.
    const MAX_PRECISION: usize = i32::MAX.unsigned_abs() as usize;
    let (style, upper) = match spec.kind {
        None if spec.precision.is_none() => (FloatStyle::Repr, false),
        None | Some('g' | 'n') => (FloatStyle::General, false),
        Some('G') => (FloatStyle::General, true),
        Some('e') => (FloatStyle::Exponent, false),
        Some('E') => (FloatStyle::Exponent, true),
        Some('f' | '%') => (FloatStyle::Fixed, false),
        Some('F') => (FloatStyle::Fixed, true),
        Some(other) => return Err(SpecError::UnknownCode(other).into()),
    };
    let precision = spec.precision.unwrap_or(6);
    if precision > MAX_PRECISION {
        return Err(SpecError::PrecisionTooBig.into());
    }
    let percent = spec.kind == Some('%');
    let format = FloatFormat {
        style,
        precision,
        upper,
        alternate: spec.alternate,
        add_dot_0: spec.kind.is_none(),
        no_neg_zero: spec.no_neg_zero,
    };
    // CPython scales by 100 in floating point before formatting '%'.
    let value = if percent { value * 100.0 } else { value };
    let text = FloatText::new(value, &format)?;
    let grouping = spec.grouping.map(|separator| (separator, 3));
    let negative = text.negative();
    write_number(
        out,
        spec,
        negative,
        "",
        &FloatBody { text, percent },
        grouping,
    )?;
    Ok(())
}

/// `format(value, spec)` for a str (`str.__format__`): type `s` or none; the precision is
/// the maximum number of characters kept.
///
/// # Errors
/// [`FormatError::Spec`] when the spec does not suit a string (nothing is written then);
/// [`FormatError::Write`] when `out` fails.
pub fn write_str(
    out: &mut impl fmt::Write,
    value: &str,
    spec: &FormatSpec,
) -> Result<(), FormatError> {
    let kind = spec.kind.unwrap_or('s');
    if let Some(separator) = spec.grouping {
        check_separator(separator, Some(kind))?;
    }
    if kind != 's' {
        return Err(SpecError::UnknownCode(kind).into());
    }
    match spec.sign {
        Sign::Unspecified => {}
        Sign::Space => return Err(SpecError::StringSpace.into()),
        Sign::Plus | Sign::Minus => return Err(SpecError::StringSign.into()),
    }
    if spec.no_neg_zero {
        return Err(SpecError::StringNegativeZero.into());
    }
    if spec.alternate {
        return Err(SpecError::StringAlternate.into());
    }
    let align = spec.align.unwrap_or(Align::Left);
    if align == Align::AfterSign {
        return Err(SpecError::StringAfterSign.into());
    }
    let shown = match spec.precision {
        Some(precision) => value
            .char_indices()
            .nth(precision)
            .map_or(value, |(end, _)| value.get(..end).unwrap_or(value)),
        None => value,
    };
    let mut count = CharCount::default();
    count.write_str(shown)?;
    let (left, _, right) = paddings(count.0, spec.width, align);
    write_repeat(out, spec.fill, left)?;
    out.write_str(shown)?;
    write_repeat(out, spec.fill, right)?;
    Ok(())
}

#[cfg(test)]
mod tests;
