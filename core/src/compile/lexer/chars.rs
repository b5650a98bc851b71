//! Character classes the lexer needs: identifier characters and printability.
//!
//! CPython decides these from the Unicode database (`XID_Start`, `XID_Continue`,
//! `str.isprintable`). `core` only offers `char::is_alphabetic`, `is_numeric`,
//! `is_control` and `is_whitespace`, so the predicates here start from those and patch
//! the differences that matter in practice with small range tables: numbers that are
//! not identifier characters (`²`, `½`, `①`), combining marks and connector punctuation
//! that are (`é` written as `e` + U+0301, `x‿y`), and the invisible format characters
//! CPython reports as non-printable. Characters outside the tables may still be
//! classified differently from CPython; that only changes which of two errors a
//! program that CPython also rejects gets, or accepts an identifier CPython rejects.

/// An inclusive range of code points.
type Range = (u32, u32);

/// Whether `cp` falls in one of `ranges`.
fn in_ranges(cp: u32, ranges: &[Range]) -> bool {
    ranges.iter().any(|&(low, high)| (low..=high).contains(&cp))
}

/// Symbols and letters-in-circles that `char::is_alphabetic` accepts (they carry
/// `Other_Alphabetic`) but that are not `XID_Start`/`XID_Continue`.
const ALPHABETIC_NOT_XID: &[Range] = &[
    (0x24B6, 0x24E9),
    (0x1F130, 0x1F149),
    (0x1F150, 0x1F169),
    (0x1F170, 0x1F189),
];

/// Code points with `Other_ID_Start`, which `char::is_alphabetic` misses.
const EXTRA_START: &[Range] = &[
    (0x1885, 0x1886),
    (0x2118, 0x2118),
    (0x212E, 0x212E),
    (0x309B, 0x309C),
];

/// Numbers of category `No` (superscripts, fractions, circled digits, ...):
/// `char::is_numeric` accepts them but identifiers may not contain them.
const OTHER_NUMBERS: &[Range] = &[
    (0x00B2, 0x00B3),
    (0x00B9, 0x00B9),
    (0x00BC, 0x00BE),
    (0x09F4, 0x09F9),
    (0x0B72, 0x0B77),
    (0x0BF0, 0x0BF2),
    (0x0C78, 0x0C7E),
    (0x0D58, 0x0D5E),
    (0x0D70, 0x0D78),
    (0x0F2A, 0x0F33),
    (0x1372, 0x137C),
    (0x17F0, 0x17F9),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2150, 0x215F),
    (0x2189, 0x2189),
    (0x2460, 0x249B),
    (0x24EA, 0x24FF),
    (0x2776, 0x2793),
    (0x2CFD, 0x2CFD),
    (0x3192, 0x3195),
    (0x3220, 0x3229),
    (0x3248, 0x324F),
    (0x3251, 0x325F),
    (0x3280, 0x3289),
    (0x32B1, 0x32BF),
];

/// `XID_Continue` characters that are neither alphabetic nor numeric: common combining
/// marks, connector punctuation, the middle dots and `Other_ID_Continue`.
const EXTRA_CONTINUE: &[Range] = &[
    (0x00B7, 0x00B7),
    (0x0300, 0x036F),
    (0x0387, 0x0387),
    (0x0483, 0x0487),
    (0x0591, 0x05BD),
    (0x064B, 0x065F),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x1AB0, 0x1ABD),
    (0x1DC0, 0x1DFF),
    (0x203F, 0x2040),
    (0x2054, 0x2054),
    (0x20D0, 0x20DC),
    (0x20E1, 0x20E1),
    (0x20E5, 0x20F0),
    (0x302A, 0x302F),
    (0x3099, 0x309A),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xFE33, 0xFE34),
    (0xFE4D, 0xFE4F),
    (0xFF3F, 0xFF3F),
    (0xE0100, 0xE01EF),
];

/// Format (`Cf`), private-use (`Co`) and non-character code points: all non-printable
/// for `str.isprintable`. Controls and separators are caught by `core` predicates.
const NON_PRINTABLE: &[Range] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xE000, 0xF8FF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0xFFFE, 0xFFFF),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xF0000, 0x10FFFF),
];

/// Whether `c` may start an identifier (`XID_Start` or `_`), approximately.
pub(super) fn is_name_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    let cp = u32::from(c);
    (c.is_alphabetic() && !in_ranges(cp, ALPHABETIC_NOT_XID)) || in_ranges(cp, EXTRA_START)
}

/// Whether `c` may continue an identifier (`XID_Continue`), approximately.
pub(super) fn is_name_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let cp = u32::from(c);
    is_name_start(c)
        || (c.is_numeric() && !in_ranges(cp, OTHER_NUMBERS))
        || in_ranges(cp, EXTRA_CONTINUE)
        || is_indic_sign(cp)
}

/// Nukta and virama signs of the Indic blocks (U+0900..U+0DFF): they sit at the same
/// offsets (0x3C and 0x4D) in every 128-code-point script block and are `XID_Continue`
/// without being alphabetic.
fn is_indic_sign(cp: u32) -> bool {
    (0x0900..=0x0DFF).contains(&cp) && matches!(cp & 0x7F, 0x3C | 0x4D)
}

/// Whether CPython's `str.isprintable` holds for `c`, approximately (unassigned code
/// points count as printable here).
pub(super) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return c == ' ' || c.is_ascii_graphic();
    }
    !(c.is_control() || c.is_whitespace() || in_ranges(u32::from(c), NON_PRINTABLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_names() {
        assert!(is_name_start('a') && is_name_start('Z') && is_name_start('_'));
        assert!(!is_name_start('1') && !is_name_start('$'));
        assert!(is_name_continue('1') && is_name_continue('_'));
        assert!(!is_name_continue('-'));
    }

    #[test]
    fn unicode_names_follow_cpython() {
        // Each verified with `compile("<c> = 1", ...)` on CPython 3.11.
        for c in ['é', 'ª', 'ʰ', 'Ⅳ', '℘', 'π', '中'] {
            assert!(is_name_start(c), "{c:?} starts a name");
        }
        for c in ['€', '²', 'Ⓐ', '·', '\u{301}', '½', '\u{200b}'] {
            assert!(!is_name_start(c), "{c:?} does not start a name");
        }
        for c in ['·', '\u{301}', '\u{94d}', '٣', '‿'] {
            assert!(is_name_continue(c), "{c:?} continues a name");
        }
        for c in ['€', '²', '①', 'Ⓐ', '\u{200b}', '\u{a0}'] {
            assert!(!is_name_continue(c), "{c:?} does not continue a name");
        }
    }

    #[test]
    fn printability_follows_cpython() {
        for c in [' ', 'a', '~', 'é', '€', '中', '😀'] {
            assert!(is_printable(c), "{c:?} is printable");
        }
        for c in [
            '\0', '\x01', '\t', '\x0b', '\x7f', '\u{85}', '\u{a0}', '\u{ad}', '\u{200b}',
        ] {
            assert!(!is_printable(c), "{c:?} is not printable");
        }
        for c in ['\u{2028}', '\u{3000}', '\u{feff}', '\u{e000}', '\u{10ffff}'] {
            assert!(!is_printable(c), "{c:?} is not printable");
        }
    }
}
