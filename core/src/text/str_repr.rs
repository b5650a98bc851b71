//! `repr(str)` (and `ascii(str)`), character for character as CPython 3.11.
//!
//! The quote is `'` unless the text contains `'` and no `"`. Backslash, `\n`, `\r`, `\t`
//! and the chosen quote are escaped with a backslash; other characters that
//! `str.isprintable()` rejects become `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (lower-case hex), by
//! the smallest form that fits the code point. Printability comes from the
//! [`unicode`](super::unicode) tables, generated from CPython 3.11's own Unicode database,
//! so non-ASCII text is escaped exactly as CPython escapes it; no approximation.

use core::fmt;

use super::unicode;

/// Writes `repr(s)`: `'abc'`, `"it's"`, `'a\n\x00\u200b'`.
///
/// # Errors
/// Only when `out` fails.
pub fn write_str_repr(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    write_quoted(out, s, false)
}

/// Writes `ascii(s)`: like `repr(s)`, but every non-ASCII character is escaped too
/// (`'caf\xe9'`, `'\u20ac'`, `'\U0001f600'`).
///
/// # Errors
/// Only when `out` fails.
pub fn write_str_ascii(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    write_quoted(out, s, true)
}

/// The quote `repr(s)` uses: `"` when `s` contains `'` but no `"`, else `'`.
pub fn repr_quote(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

/// The number of characters `repr(s)` produces, without producing it.
pub fn str_repr_len(s: &str) -> usize {
    let quote = repr_quote(s);
    s.chars().fold(2usize, |len, c| {
        len.saturating_add(escape(c, quote, false).map_or(1, |escape| escape.len()))
    })
}

/// The escape sequence for one character, if it needs one.
#[derive(Clone, Copy)]
struct Escape {
    text: [u8; 10],
    len: usize,
}

impl Escape {
    fn len(self) -> usize {
        self.len
    }

    fn as_str(&self) -> &str {
        let bytes = self.text.get(..self.len).unwrap_or_default();
        core::str::from_utf8(bytes).unwrap_or_default()
    }

    /// `\` followed by `letter`.
    fn simple(letter: u8) -> Escape {
        let mut text = [0u8; 10];
        text[0] = b'\\';
        text[1] = letter;
        Escape { text, len: 2 }
    }

    /// `\x`, `\u` or `\U` and the code point in `digits` lower-case hex digits.
    fn hex(letter: u8, digits: usize, code: u32) -> Escape {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut text = [0u8; 10];
        text[0] = b'\\';
        text[1] = letter;
        for (index, slot) in text.iter_mut().skip(2).take(digits).enumerate() {
            let shift = 4 * (digits - 1 - index);
            let nibble = (code >> shift) & 0xf;
            *slot = HEX.get(nibble as usize).copied().unwrap_or(b'0');
        }
        Escape {
            text,
            len: 2 + digits,
        }
    }
}

/// How `repr` (or `ascii`, when `ascii_only`) shows `c` inside `quote`s, if not as itself.
fn escape(c: char, quote: char, ascii_only: bool) -> Option<Escape> {
    let code = u32::from(c);
    match c {
        '\\' => Some(Escape::simple(b'\\')),
        '\n' => Some(Escape::simple(b'n')),
        '\r' => Some(Escape::simple(b'r')),
        '\t' => Some(Escape::simple(b't')),
        _ if c == quote => Some(Escape::simple(quote as u8)),
        ' '..='~' => None,
        _ if code > 0x7f && !ascii_only && unicode::is_printable(c) => None,
        _ if code < 0x100 => Some(Escape::hex(b'x', 2, code)),
        _ if code < 0x1_0000 => Some(Escape::hex(b'u', 4, code)),
        _ => Some(Escape::hex(b'U', 8, code)),
    }
}

fn write_quoted(out: &mut impl fmt::Write, s: &str, ascii_only: bool) -> fmt::Result {
    let quote = repr_quote(s);
    out.write_char(quote)?;
    // Copy runs of characters that need no escape in one piece.
    let mut run_start = 0;
    for (index, c) in s.char_indices() {
        if let Some(escape) = escape(c, quote, ascii_only) {
            out.write_str(s.get(run_start..index).ok_or(fmt::Error)?)?;
            out.write_str(escape.as_str())?;
            run_start = index + c.len_utf8();
        }
    }
    out.write_str(s.get(run_start..).ok_or(fmt::Error)?)?;
    out.write_char(quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn repr(s: &str) -> String {
        let mut out = String::new();
        write_str_repr(&mut out, s).unwrap();
        assert_eq!(str_repr_len(s), out.chars().count(), "{s:?}");
        out
    }

    #[track_caller]
    fn ascii(s: &str) -> String {
        let mut out = String::new();
        write_str_ascii(&mut out, s).unwrap();
        out
    }

    /// `(text, repr(text))`, each printed by CPython 3.11.
    const CASES: &[(&str, &str)] = &[
        ("", "''"),
        ("abc", "'abc'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'"),
        ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'"),
        ("\x00\x01\x1f\x7f", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{a1}", "'\\x80\\x9f\\xa0¡'"),
        ("\u{ad}\u{ae}", "'\\xad®'"),
        ("café", "'café'"),
        ("日本語", "'日本語'"),
        ("\u{200b}\u{2028}\u{3000}", "'\\u200b\\u2028\\u3000'"),
        ("\u{feff}", "'\\ufeff'"),
        ("\u{e000}", "'\\ue000'"),
        ("🦀", "'🦀'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{378}", "'\\u0378'"),
        ("'", "\"'\""),
        ("\"", "'\"'"),
        ("'\"", "'\\'\"'"),
        ("\x0b\x0c", "'\\x0b\\x0c'"),
        ("a\u{85}b", "'a\\x85b'"),
    ];

    #[test]
    fn matches_cpython() {
        for &(text, expected) in CASES {
            assert_eq!(repr(text), expected, "{text:?}");
        }
    }

    #[test]
    fn every_latin1_character_matches_cpython() {
        // CPython: repr(''.join(map(chr, range(256))))
        let text: String = (0u8..=255).map(char::from).collect();
        let expected = concat!(
            "'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f",
            "\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f",
            " !\"#$%&\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`",
            "abcdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87",
            "\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96",
            "\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0¡¢£¤¥¦§¨©ª«¬\\xad®¯°±²³´µ¶·¸¹º»¼½¾¿",
            "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ'"
        );
        assert_eq!(repr(&text), expected);
    }

    #[test]
    fn ascii_escapes_everything_beyond_ascii() {
        // CPython: ascii("café €🦀\n'")
        assert_eq!(ascii("café €🦀\n'"), "\"caf\\xe9 \\u20ac\\U0001f980\\n'\"");
        assert_eq!(ascii("plain"), "'plain'");
    }

    #[test]
    fn quote_choice() {
        assert_eq!(repr_quote("a'b"), '"');
        assert_eq!(repr_quote("a'\"b"), '\'');
        assert_eq!(repr_quote("ab"), '\'');
    }

    #[test]
    fn sink_errors_propagate() {
        let mut buf = crate::text::StackBuf::<4>::new();
        assert!(write_str_repr(&mut buf, "abcdef").is_err());
    }
}
