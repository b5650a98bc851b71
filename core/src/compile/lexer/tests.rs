//! Tests of the lexer against CPython 3.11's tokenizer.
//!
//! Expected token streams follow `python3 -m tokenize`; expected errors (message, line,
//! column) come from `compile()` on CPython 3.11 with the source written to a file, so
//! positions are those `python3 FILE.py` reports.

use super::*;
use Tok::*;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

/// Lexes `src` to the end, panicking on an error.
#[track_caller]
fn tokens(src: &str) -> Vec<Token> {
    let mut lexer = Lexer::new(src);
    let mut out = Vec::new();
    loop {
        match lexer.next_token() {
            Ok(token) => {
                out.push(token);
                if token.kind == Eof {
                    return out;
                }
            }
            Err(error) => panic!("lexing {src:?}: {error} at {}:{}", error.line, error.col),
        }
    }
}

/// The kinds of `src`'s tokens.
#[track_caller]
fn kinds(src: &str) -> Vec<Tok> {
    tokens(src).iter().map(|token| token.kind).collect()
}

/// `src`'s tokens as (kind, text) pairs.
#[track_caller]
fn texts(src: &str) -> Vec<(Tok, &str)> {
    let lexer = Lexer::new(src);
    tokens(src)
        .iter()
        .map(|token| (token.kind, lexer.text(token.span)))
        .collect()
}

/// `src`'s tokens as (kind, line, col) triples.
#[track_caller]
fn places(src: &str) -> Vec<(Tok, u32, u32)> {
    tokens(src)
        .iter()
        .map(|token| (token.kind, token.span.line, token.span.col))
        .collect()
}

/// The first error lexing `src`, if any.
#[track_caller]
fn first_error(src: &str) -> Option<LexError> {
    let mut lexer = Lexer::new(src);
    for _ in 0..=4 * src.len() + 16 {
        match lexer.next_token() {
            Ok(token) if token.kind == Eof => return Option::None,
            Ok(_) => {}
            Err(error) => return Some(error),
        }
    }
    panic!("lexing {src:?} does not end");
}

/// An error as (exception, message, line, col).
fn describe(error: LexError) -> (&'static str, String, u32, u32) {
    (
        error.exception_name(),
        error.to_string(),
        error.line,
        error.col,
    )
}

#[test]
fn a_small_program() {
    let src = "def f(a, b=2):\n    \"\"\"Doc.\"\"\"\n    if a:  # comment\n        return [a,\n                b]\n\n    return None\nx = f(1)\n";
    let expected = [
        (Def, "def"),
        (Name, "f"),
        (LParen, "("),
        (Name, "a"),
        (Comma, ","),
        (Name, "b"),
        (Eq, "="),
        (Int, "2"),
        (RParen, ")"),
        (Colon, ":"),
        (Newline, "\n"),
        (Indent, "    "),
        (String, "\"\"\"Doc.\"\"\""),
        (Newline, "\n"),
        (If, "if"),
        (Name, "a"),
        (Colon, ":"),
        (Newline, "\n"),
        (Indent, "        "),
        (Return, "return"),
        (LBracket, "["),
        (Name, "a"),
        (Comma, ","),
        (Name, "b"),
        (RBracket, "]"),
        (Newline, "\n"),
        (Dedent, ""),
        (Return, "return"),
        (None, "None"),
        (Newline, "\n"),
        (Dedent, ""),
        (Name, "x"),
        (Eq, "="),
        (Name, "f"),
        (LParen, "("),
        (Int, "1"),
        (RParen, ")"),
        (Newline, "\n"),
        (Eof, ""),
    ];
    assert_eq!(texts(src), expected);
}

#[test]
fn positions_count_chars_from_zero() {
    let expected = [
        (Name, 1, 0),
        (Eq, 1, 2),
        (String, 1, 4),
        (Newline, 1, 7),
        (If, 2, 0),
        (Name, 2, 3),
        (Colon, 2, 4),
        (Newline, 2, 5),
        (Indent, 3, 0),
        (Name, 3, 1),
        (Eq, 3, 3),
        (Int, 3, 5),
        (Newline, 3, 6),
        (Dedent, 4, 0),
        (Eof, 4, 0),
    ];
    assert_eq!(places("é = 'ü'\nif é:\n\tx = 1\n"), expected);
}

#[test]
fn spans_are_byte_offsets() {
    let spans: Vec<(u32, u32)> = tokens("é = 'ü'\n")
        .iter()
        .map(|token| (token.span.start, token.span.end))
        .collect();
    assert_eq!(spans, [(0, 2), (3, 4), (5, 9), (9, 10), (10, 10)]);
}

#[test]
fn a_missing_final_newline_is_supplied() {
    assert_eq!(kinds("x = 1"), [Name, Eq, Int, Newline, Eof]);
    let newline = tokens("x = 1")[3].span;
    assert_eq!(
        (newline.start, newline.end, newline.line, newline.col),
        (5, 5, 1, 5)
    );
    let expected = [
        (If, 1, 0),
        (Name, 1, 3),
        (Colon, 1, 4),
        (Newline, 1, 5),
        (Indent, 2, 0),
        (Name, 2, 2),
        (Newline, 2, 3),
        (Dedent, 3, 0),
        (Eof, 3, 0),
    ];
    assert_eq!(places("if x:\n  y"), expected);
    assert_eq!(kinds("x # comment"), [Name, Newline, Eof]);
    assert_eq!(kinds("x\n# comment"), [Name, Newline, Eof]);
}

#[test]
fn blank_and_comment_lines_produce_nothing() {
    for src in [
        "",
        "\n",
        "\n\n\n",
        "   ",
        "  \n\t\n",
        "# c",
        "# c\n",
        "  # c\n\n# d",
        "\x0c\n",
    ] {
        assert_eq!(kinds(src), [Eof], "{src:?}");
    }
    assert_eq!(kinds("\r\n\r\n"), [Eof]);
    assert_eq!(
        kinds("if a:\n  b\n\n# c\n      # d\n    \n  c\n"),
        [
            If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Eof
        ]
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert_eq!(Lexer::new("\u{feff}x = 1\n").source(), "x = 1\n");
    assert_eq!(
        places("\u{feff}x\n"),
        [(Name, 1, 0), (Newline, 1, 1), (Eof, 2, 0)]
    );
}

#[test]
fn crlf_and_cr_are_newlines() {
    let expected = [If, Name, Colon, Newline, Indent, Name, Newline, Dedent, Eof];
    assert_eq!(kinds("if x:\r\n  y\r\n"), expected);
    assert_eq!(kinds("if x:\r  y\r"), expected);
    assert_eq!(texts("x\r\ny\rz")[1], (Newline, "\r\n"));
    assert_eq!(texts("x\r\ny\rz")[3], (Newline, "\r"));
    let expected = [
        (Name, 1, 0),
        (Eq, 1, 2),
        (String, 1, 4),
        (Newline, 2, 4),
        (Name, 3, 0),
        (Newline, 3, 1),
        (LParen, 4, 0),
        (RParen, 5, 0),
        (Newline, 5, 1),
        (Eof, 6, 0),
    ];
    assert_eq!(places("a = '''x\r\ny'''\r\nb\r(\r\n)"), expected);
    assert_eq!(
        kinds("x = 1 + \\\r\n  2\r\n"),
        [Name, Eq, Int, Plus, Int, Newline, Eof]
    );
}

#[test]
fn eof_repeats() {
    let mut lexer = Lexer::new("x");
    let kinds: Vec<Tok> = (0..3).map(|_| lexer.next_token().unwrap().kind).collect();
    assert_eq!(kinds, [Name, Newline, Eof]);
    let eof = lexer.next_token().unwrap();
    assert_eq!(eof.kind, Eof);
    for _ in 0..3 {
        assert_eq!(lexer.next_token(), Ok(eof));
    }
}

#[test]
fn keywords_and_soft_keywords() {
    let src = "False None True and as assert async await break class continue def del elif \
               else except finally for from global if import in is lambda nonlocal not or \
               pass raise return try while with yield";
    let found: Vec<Tok> = kinds(src)
        .into_iter()
        .filter(|&kind| kind != Newline && kind != Eof)
        .collect();
    assert_eq!(found.len(), 35);
    for (kind, word) in found.iter().zip(src.split_whitespace()) {
        assert!(kind.is_keyword(), "{word}");
        assert_eq!(kind.text(), word);
        assert_eq!(Tok::keyword(word), Some(*kind));
    }
    for word in [
        "match", "case", "_", "type", "print", "iff", "True_", "NONE", "elseif",
    ] {
        assert_eq!(kinds(word), [Name, Newline, Eof], "{word}");
        assert_eq!(Tok::keyword(word), Option::None);
    }
    assert!(!Name.is_keyword() && !Plus.is_keyword() && !Eof.is_keyword());
}

#[test]
fn every_operator() {
    let spelled: Vec<&str> = Tok::OPERATORS
        .iter()
        .map(|(_, text)| core::str::from_utf8(text).unwrap())
        .collect();
    // The list is balanced: `( ) [ ] { }`.
    let found = kinds(&format!("{}\n", spelled.join(" ")));
    let expected: Vec<Tok> = Tok::OPERATORS
        .iter()
        .map(|(tok, _)| *tok)
        .chain([Newline, Eof])
        .collect();
    assert_eq!(found, expected);
    for (tok, text) in Tok::OPERATORS {
        assert_eq!(tok.text().as_bytes(), *text);
    }
}

#[test]
fn operators_take_the_longest_match() {
    let expected = [
        Name,
        LShiftEq,
        Name,
        RShiftEq,
        Name,
        DoubleStarEq,
        Name,
        DoubleSlashEq,
        Name,
        Ellipsis,
        Name,
        Arrow,
        Name,
        ColonEq,
        Name,
        NotEq,
        Name,
        LessEq,
        Name,
        GreaterEq,
        Name,
        EqEq,
        Name,
        AtEq,
        Name,
        Newline,
        Eof,
    ];
    assert_eq!(
        kinds("a<<=b>>=c**=d//=e...f->g:=h!=i<=j>=k==l@=m\n"),
        expected
    );
    assert_eq!(
        kinds("a..b ....\n"),
        [Name, Dot, Dot, Name, Ellipsis, Dot, Newline, Eof]
    );
    assert_eq!(
        kinds("x=-1**-2\n"),
        [Name, Eq, Minus, Int, DoubleStar, Minus, Int, Newline, Eof]
    );
}

#[test]
fn token_text_for_messages() {
    let cases = [
        (If, "if"),
        (PlusEq, "+="),
        (LParen, "("),
        (Ellipsis, "..."),
        (Newline, "NEWLINE"),
        (Name, "NAME"),
        (Int, "NUMBER"),
        (Float, "NUMBER"),
        (Imaginary, "NUMBER"),
        (String, "STRING"),
        (Indent, "INDENT"),
        (Dedent, "DEDENT"),
        (Eof, "ENDMARKER"),
    ];
    for (tok, text) in cases {
        assert_eq!(tok.text(), text);
    }
}

#[test]
fn numbers() {
    let cases = [
        ("0", Int),
        ("00", Int),
        ("0_0", Int),
        ("123", Int),
        ("1_000", Int),
        ("0x_1f", Int),
        ("0XdeadBEEF", Int),
        ("0o17", Int),
        ("0O_7", Int),
        ("0b1010", Int),
        ("0B_1", Int),
        ("99999999999999999999999", Int),
        ("1.", Float),
        (".5", Float),
        ("1.5", Float),
        ("1e10", Float),
        ("1E-5", Float),
        ("1e+5", Float),
        ("1_000.5e-3", Float),
        ("1e1_0", Float),
        ("01.5", Float),
        ("00.5", Float),
        ("09e1", Float),
        ("0e0", Float),
        ("1.e5", Float),
        ("09j", Imaginary),
        ("0j", Imaginary),
        ("1j", Imaginary),
        ("1.5J", Imaginary),
        (".5j", Imaginary),
        ("1e5j", Imaginary),
        ("1_0j", Imaginary),
    ];
    for (text, kind) in cases {
        assert_eq!(
            texts(text),
            [(kind, text), (Newline, ""), (Eof, "")],
            "{text}"
        );
    }
}

#[test]
fn numbers_may_run_into_some_keywords() {
    // CPython accepts these, with a deprecation warning.
    assert_eq!(
        texts("1if x else 2")[..5],
        [
            (Int, "1"),
            (If, "if"),
            (Name, "x"),
            (Else, "else"),
            (Int, "2")
        ]
    );
    assert_eq!(texts("1else")[..2], [(Int, "1"), (Else, "else")]);
    assert_eq!(texts("1.else")[..2], [(Float, "1."), (Else, "else")]);
    assert_eq!(texts("0x1for")[..2], [(Int, "0x1f"), (Or, "or")]);
    assert_eq!(texts("1jor")[..2], [(Imaginary, "1j"), (Or, "or")]);
    assert_eq!(texts("0b1and")[..2], [(Int, "0b1"), (And, "and")]);
    assert_eq!(texts("1not")[..2], [(Int, "1"), (Not, "not")]);
    assert_eq!(texts("1in")[..2], [(Int, "1"), (In, "in")]);
    assert_eq!(texts("1is")[..2], [(Int, "1"), (Is, "is")]);
    // `i` followed by `f`, `n` or `s` is enough for CPython.
    assert_eq!(texts("1iffy")[..2], [(Int, "1"), (Name, "iffy")]);
    assert_eq!(
        texts("1..real")[..3],
        [(Float, "1."), (Dot, "."), (Name, "real")]
    );
    // A non-ASCII character ends a number; it then starts a name.
    assert_eq!(texts("1é")[..2], [(Int, "1"), (Name, "é")]);
}

#[test]
fn strings() {
    let expected = [
        (String, "'a'"),
        (String, "\"b\""),
        (String, "'''c'''"),
        (String, "\"\"\"d\"\"\""),
        (String, "''"),
        (String, "''''''"),
        (String, "\"\"\"x\"y\"\"z\"\"\""),
        (Newline, ""),
        (Eof, ""),
    ];
    assert_eq!(
        texts("'a' \"b\" '''c''' \"\"\"d\"\"\" '' '''''' \"\"\"x\"y\"\"z\"\"\""),
        expected
    );
    let prefixes = [
        "r", "R", "b", "B", "br", "Rb", "bR", "RB", "f", "F", "rf", "fR", "FR", "u", "U",
    ];
    for prefix in prefixes {
        let src = format!("{prefix}'x' {prefix}\"\"\"y\"\"\"");
        assert_eq!(kinds(&src), [String, String, Newline, Eof], "{src}");
    }
    // Not prefixes: a name, then a string.
    for src in [
        "ub'x'", "bu'x'", "ur'x'", "rr'x'", "fb'x'", "bf'x'", "uf'x'", "xr'x'",
    ] {
        assert_eq!(
            texts(src)[..2],
            [(Name, &src[..2]), (String, "'x'")],
            "{src}"
        );
    }
    assert_eq!(
        texts(r"'a\'b' 'a\\' '\\\''")[..3],
        [(String, r"'a\'b'"), (String, r"'a\\'"), (String, r"'\\\''")]
    );
    assert_eq!(kinds("bar"), [Name, Newline, Eof]);
}

#[test]
fn strings_across_lines() {
    let expected = [
        (Name, 1, 0),
        (Eq, 1, 2),
        (String, 1, 4),
        (Newline, 2, 4),
        (Name, 3, 0),
        (Eq, 3, 2),
        (String, 3, 4),
        (Newline, 4, 2),
        (Name, 5, 0),
        (Newline, 5, 1),
        (Eof, 6, 0),
    ];
    assert_eq!(places("x = '''a\nb'''\ny = 'c\\\nd'\nz"), expected);
}

#[test]
fn an_f_string_is_one_token() {
    assert_eq!(
        texts("f\"{x['k']!r:>{w}}\"")[0],
        (String, "f\"{x['k']!r:>{w}}\"")
    );
    // 3.11: a quote of the same kind inside the braces ends the literal.
    assert_eq!(
        texts("f\"{\"a\"}\"")[..3],
        [(String, "f\"{\""), (Name, "a"), (String, "\"}\"")]
    );
}

#[test]
fn unicode_names() {
    for name in [
        "é",
        "ü_1",
        "π名",
        "_x",
        "x1",
        "ª",
        "Ⅳ",
        "e\u{301}",
        "x·y",
        "ｆｕｌｌ",
    ] {
        assert_eq!(texts(name)[0], (Name, name), "{name}");
    }
}

#[test]
fn nested_blocks_dedent_together() {
    assert_eq!(
        kinds("if a:\n if b:\n  c\nd\n"),
        [
            If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Dedent, Name, Newline, Eof
        ]
    );
    assert_eq!(
        kinds("if a:\n    if b:\n        c\n"),
        [
            If, Name, Colon, Newline, Indent, If, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Dedent, Eof
        ]
    );
    assert_eq!(
        kinds("if a:\n  b\n  if c:\n    d\n  e\nf"),
        [
            If, Name, Colon, Newline, Indent, Name, Newline, If, Name, Colon, Newline, Indent,
            Name, Newline, Dedent, Name, Newline, Dedent, Name, Newline, Eof
        ]
    );
}

#[test]
fn indent_and_dedent_spans() {
    let src = "if a:\n    b\nc\n";
    let lexer = Lexer::new(src);
    let all = tokens(src);
    let indent = all[4];
    assert_eq!(indent.kind, Indent);
    assert_eq!(
        (lexer.text(indent.span), indent.span.line, indent.span.col),
        ("    ", 2, 0)
    );
    let dedent = all[7];
    assert_eq!(dedent.kind, Dedent);
    assert_eq!(
        (dedent.span.start, dedent.span.end, dedent.span.line),
        (12, 12, 3)
    );
}

#[test]
fn tabs_and_form_feeds_in_indentation() {
    let block = [
        If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Eof,
    ];
    assert_eq!(kinds("if a:\n\tb\n\tc\n"), block);
    assert_eq!(kinds("if a:\n \tb\n \tc\n"), block);
    assert_eq!(kinds("if a:\n\t b\n\t c\n"), block);
    // A form feed resets the width: this is one level of 2 columns.
    assert_eq!(kinds("if a:\n  \x0c  b\n  c\n"), block);
    // Between tokens a form feed is blank space.
    assert_eq!(kinds("x \x0c= 1\n"), [Name, Eq, Int, Newline, Eof]);
}

#[test]
fn backslash_in_indentation_takes_the_first_width() {
    // CPython: the width at the first backslash is the indentation of the joined line.
    assert_eq!(
        kinds("if 1:\n  a=1\n  \\\n b=2\n"),
        [
            If, Int, Colon, Newline, Indent, Name, Eq, Int, Newline, Name, Eq, Int, Newline,
            Dedent, Eof
        ]
    );
}

#[test]
fn brackets_hide_newlines_and_indentation() {
    assert_eq!(
        kinds("x = (1,\n2,\n        3)\ny = [\n\n  # c\n]\n"),
        [
            Name, Eq, LParen, Int, Comma, Int, Comma, Int, RParen, Newline, Name, Eq, LBracket,
            RBracket, Newline, Eof
        ]
    );
    assert_eq!(
        kinds("if a:\n  x = {\n1: 2}\n"),
        [
            If, Name, Colon, Newline, Indent, Name, Eq, LBrace, Int, Colon, Int, RBrace, Newline,
            Dedent, Eof
        ]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(
        kinds("x = 1 + \\\n    2\n"),
        [Name, Eq, Int, Plus, Int, Newline, Eof]
    );
    assert_eq!(kinds("x = 1 \\\n\n"), [Name, Eq, Int, Newline, Eof]);
    assert_eq!(
        kinds("if a:\n  x = \\\n1\n"),
        [
            If, Name, Colon, Newline, Indent, Name, Eq, Int, Newline, Dedent, Eof
        ]
    );
}

/// Every tokenizer error message, with CPython 3.11's exception, message, line and
/// 0-based column as `python3 FILE.py` reports them.
const CPYTHON_ERRORS: &[(&str, &str, &str, u32, u32)] = &[
    (
        "x = €\n",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        4,
    ),
    (
        "x€ = 1\n",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        1,
    ),
    (
        "x = a€b\n",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        5,
    ),
    (
        "x = ²\n",
        "SyntaxError",
        "invalid character '²' (U+00B2)",
        1,
        4,
    ),
    (
        "é€ = 1\n",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        1,
    ),
    (
        "x = \u{1}\n",
        "SyntaxError",
        "invalid non-printable character U+0001",
        1,
        4,
    ),
    (
        "x = \u{7f}\n",
        "SyntaxError",
        "invalid non-printable character U+007F",
        1,
        4,
    ),
    (
        "x = \u{b}\n",
        "SyntaxError",
        "invalid non-printable character U+000B",
        1,
        4,
    ),
    (
        "x = \u{a0}\n",
        "SyntaxError",
        "invalid non-printable character U+00A0",
        1,
        4,
    ),
    (
        "x = \u{feff}\n",
        "SyntaxError",
        "invalid non-printable character U+FEFF",
        1,
        4,
    ),
    (
        "x\u{200b} = 1\n",
        "SyntaxError",
        "invalid non-printable character U+200B",
        1,
        1,
    ),
    (
        "x = 1€\n",
        "SyntaxError",
        "invalid character '€' (U+20AC)",
        1,
        5,
    ),
    (
        "x = 0x1²\n",
        "SyntaxError",
        "invalid character '²' (U+00B2)",
        1,
        7,
    ),
    ("x = $\n", "SyntaxError", "invalid syntax", 1, 4),
    ("x = a ? b\n", "SyntaxError", "invalid syntax", 1, 6),
    ("x = `a`\n", "SyntaxError", "invalid syntax", 1, 4),
    ("x = !a\n", "SyntaxError", "invalid syntax", 1, 4),
    ("1 <> 2\n", "SyntaxError", "invalid syntax", 1, 2),
    (
        "x = 'abc\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "x = 'abc",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "x = f'ab\ny\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "x = 'abc\\",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "x = 'ab\\\n\n",
        "SyntaxError",
        "unterminated string literal (detected at line 2)",
        1,
        4,
    ),
    (
        "x = rb\"abc\ny\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "s = '''abc\n",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "s = '''abc\n\n\n",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 3)",
        1,
        4,
    ),
    (
        "'''",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        0,
    ),
    (
        "x = 1\ns = \"\"\"\nabc",
        "SyntaxError",
        "unterminated triple-quoted string literal (detected at line 3)",
        2,
        4,
    ),
    (
        "é = 'x\n",
        "SyntaxError",
        "unterminated string literal (detected at line 1)",
        1,
        4,
    ),
    (
        "x = 1 \\ y\n",
        "SyntaxError",
        "unexpected character after line continuation character",
        1,
        7,
    ),
    (
        "\\ x\n",
        "SyntaxError",
        "unexpected character after line continuation character",
        1,
        1,
    ),
    (
        "x \\  \n",
        "SyntaxError",
        "unexpected character after line continuation character",
        1,
        3,
    ),
    (
        "x = (\n  \\ y)\n",
        "SyntaxError",
        "unexpected character after line continuation character",
        2,
        3,
    ),
    (
        "x = 1 + \\",
        "SyntaxError",
        "unexpected EOF while parsing",
        1,
        9,
    ),
    (
        "x = 1 + \\\n",
        "SyntaxError",
        "unexpected EOF while parsing",
        1,
        9,
    ),
    (
        "x = 1\n   \\\n",
        "SyntaxError",
        "unexpected EOF while parsing",
        2,
        4,
    ),
    (
        "x = 1 \\\n  \\\n",
        "SyntaxError",
        "unexpected EOF while parsing",
        2,
        3,
    ),
    (
        "x = 1 + \\\n  2 + \\ 3\n",
        "SyntaxError",
        "unexpected character after line continuation character",
        2,
        10,
    ),
    (
        "x = 1 + \\\n  2 + \\\n 4 \\ 3\n",
        "SyntaxError",
        "unexpected character after line continuation character",
        3,
        7,
    ),
    ("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 4),
    ("1_\n", "SyntaxError", "invalid decimal literal", 1, 1),
    ("1__0\n", "SyntaxError", "invalid decimal literal", 1, 1),
    ("x = 1_0_\n", "SyntaxError", "invalid decimal literal", 1, 7),
    ("0_\n", "SyntaxError", "invalid decimal literal", 1, 1),
    ("0a\n", "SyntaxError", "invalid decimal literal", 1, 0),
    ("1e\n", "SyntaxError", "invalid decimal literal", 1, 0),
    ("1e+\n", "SyntaxError", "invalid decimal literal", 1, 2),
    ("1ex\n", "SyntaxError", "invalid decimal literal", 1, 0),
    ("1e_1\n", "SyntaxError", "invalid decimal literal", 1, 0),
    ("1_e1\n", "SyntaxError", "invalid decimal literal", 1, 1),
    ("1._5\n", "SyntaxError", "invalid decimal literal", 1, 1),
    ("1.5_\n", "SyntaxError", "invalid decimal literal", 1, 3),
    (
        "1.__class__\n",
        "SyntaxError",
        "invalid decimal literal",
        1,
        1,
    ),
    ("x=1.e\n", "SyntaxError", "invalid decimal literal", 1, 3),
    ("1jx\n", "SyntaxError", "invalid imaginary literal", 1, 1),
    ("1.5jx\n", "SyntaxError", "invalid imaginary literal", 1, 3),
    ("0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 1),
    ("0xg\n", "SyntaxError", "invalid hexadecimal literal", 1, 1),
    ("0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 2),
    ("0x1_\n", "SyntaxError", "invalid hexadecimal literal", 1, 3),
    (
        "0xf__f\n",
        "SyntaxError",
        "invalid hexadecimal literal",
        1,
        3,
    ),
    ("0o\n", "SyntaxError", "invalid octal literal", 1, 1),
    (
        "0o8\n",
        "SyntaxError",
        "invalid digit '8' in octal literal",
        1,
        2,
    ),
    (
        "0o18\n",
        "SyntaxError",
        "invalid digit '8' in octal literal",
        1,
        3,
    ),
    ("0o1a\n", "SyntaxError", "invalid octal literal", 1, 2),
    ("0o1_\n", "SyntaxError", "invalid octal literal", 1, 3),
    ("x = 0or 1\n", "SyntaxError", "invalid octal literal", 1, 5),
    ("0b\n", "SyntaxError", "invalid binary literal", 1, 1),
    (
        "0b2\n",
        "SyntaxError",
        "invalid digit '2' in binary literal",
        1,
        2,
    ),
    (
        "0b12\n",
        "SyntaxError",
        "invalid digit '2' in binary literal",
        1,
        3,
    ),
    ("0b1a\n", "SyntaxError", "invalid binary literal", 1, 2),
    (
        "0b1_2\n",
        "SyntaxError",
        "invalid digit '2' in binary literal",
        1,
        4,
    ),
    (
        "x = 012\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        4,
    ),
    (
        "x = 00012\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        4,
    ),
    (
        "0_7\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        0,
    ),
    (
        "0_0_1\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        0,
    ),
    (
        "é = 01\n",
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        5,
    ),
    ("x = )\n", "SyntaxError", "unmatched ')'", 1, 4),
    (
        "x = (]\n",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        5,
    ),
    (
        "x = (\n\n]\n",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        3,
        0,
    ),
    (
        "x = [1, 2}\n",
        "SyntaxError",
        "closing parenthesis '}' does not match opening parenthesis '['",
        1,
        9,
    ),
    (
        "x = {\n 1: (2]\n}\n",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '('",
        2,
        6,
    ),
    ("foo(\n", "SyntaxError", "'(' was never closed", 1, 3),
    (
        "x = (1,\n  2\n",
        "SyntaxError",
        "'(' was never closed",
        1,
        4,
    ),
    (
        "foo(1,\n  [2,\n",
        "SyntaxError",
        "'[' was never closed",
        2,
        2,
    ),
    ("(1 + \\\n", "SyntaxError", "'(' was never closed", 1, 0),
    (
        "x = (1 \\\n  \\\n",
        "SyntaxError",
        "'(' was never closed",
        1,
        4,
    ),
    (
        "x = {\n'a': 1, (\n",
        "SyntaxError",
        "'(' was never closed",
        2,
        8,
    ),
    (
        "if x:\n        a\n    b\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        5,
    ),
    (
        "if x:\n        a\n    éé\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        6,
    ),
    (
        "if 1:\n        a=1\n    \\\n  b=2\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        4,
        5,
    ),
    (
        "if x:\n\ta\n        b\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
    ),
    (
        "if x:\n        a\n\tb\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
    ),
    (
        "if x:\n  \ta\n\t  b\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
    ),
    (
        "def f():\n\tif 1:\n\t\tpass\n        pass\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        4,
        0,
    ),
    (
        "if x:\n        a\n    b",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        5,
    ),
    (
        "if 1:\n  x\n \ty\n",
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        0,
    ),
    (
        "x = 1\r\ny = 'a\r\n",
        "SyntaxError",
        "unterminated string literal (detected at line 2)",
        2,
        4,
    ),
    (
        "if x:\r\n        a\r\n    b\r\n",
        "IndentationError",
        "unindent does not match any outer indentation level",
        3,
        5,
    ),
    (
        "x = (\r\n]\r\n",
        "SyntaxError",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        0,
    ),
    (
        "x = 1\ry = 0o9\r",
        "SyntaxError",
        "invalid digit '9' in octal literal",
        2,
        6,
    ),
];

#[test]
fn errors_match_cpython() {
    for &(src, exception, message, line, col) in CPYTHON_ERRORS {
        let error = first_error(src).unwrap_or_else(|| panic!("no error for {src:?}"));
        assert_eq!(
            describe(error),
            (exception, message.to_string(), line, col),
            "{src:?}"
        );
    }
}

#[test]
fn too_many_levels_of_indentation() {
    let nested = |depth: usize| {
        let mut src = String::new();
        for level in 0..depth {
            src += &format!("{}if 1:\n", " ".repeat(level));
        }
        src + &" ".repeat(depth) + "pass\n"
    };
    // 99 nested blocks are fine (CPython's MAXINDENT is 100, level 0 included).
    let ok = tokens(&nested(99));
    assert_eq!(ok.iter().filter(|token| token.kind == Indent).count(), 99);
    assert_eq!(ok.iter().filter(|token| token.kind == Dedent).count(), 99);
    let error = first_error(&nested(100)).unwrap();
    let message = "too many levels of indentation".to_string();
    assert_eq!(describe(error), ("IndentationError", message, 101, 0));
}

#[test]
fn too_many_nested_parentheses() {
    let nested = |depth: usize| format!("{}{}\n", "(".repeat(depth), ")".repeat(depth));
    assert_eq!(tokens(&nested(200)).len(), 402);
    let error = first_error(&nested(201)).unwrap();
    let message = "too many nested parentheses".to_string();
    assert_eq!(describe(error), ("SyntaxError", message, 1, 200));
}

#[test]
fn null_bytes_are_rejected_before_anything_else() {
    let error = first_error("x = 1\ny = '\0'\n").unwrap();
    let message = "source code string cannot contain null bytes".to_string();
    assert_eq!(describe(error), ("SyntaxError", message, 2, 5));
    assert_eq!(first_error("\0").unwrap().kind, LexErrorKind::NullByte);
}

#[test]
fn errors_are_sticky() {
    let mut lexer = Lexer::new("x = 'abc\ny = 1\n");
    assert_eq!(lexer.next_token().unwrap().kind, Name);
    assert_eq!(lexer.next_token().unwrap().kind, Eq);
    let error = lexer.next_token().unwrap_err();
    assert_eq!(
        error.kind,
        LexErrorKind::UnterminatedString {
            detected_at_line: 1
        }
    );
    assert_eq!(lexer.next_token(), Err(error));
    assert_eq!(lexer.next_token(), Err(error));
}

#[test]
fn invalid_syntax_characters_are_skipped() {
    let mut lexer = Lexer::new("x = $ ? + `1 <> 2\n");
    let mut seen = Vec::new();
    loop {
        match lexer.next_token() {
            Ok(token) if token.kind == Eof => break,
            Ok(token) => seen.push(lexer.text(token.span).to_string()),
            Err(error) => {
                assert_eq!(error.kind, LexErrorKind::InvalidSyntax);
                seen.push(format!("!{}", error.col));
            }
        }
    }
    assert_eq!(
        seen,
        ["x", "=", "!4", "!6", "+", "!10", "1", "!13", "2", "\n"]
    );
}

#[test]
fn errors_after_a_parse_error_follow_cpython() {
    // Each case: the source, the line of the last token CPython's parser read when it
    // failed, and what `compile()` finally reports.
    let after = |src: &str, line: u32| {
        Lexer::new(src)
            .error_after_parse_error(line)
            .map(|error| (error.to_string(), error.line, error.col))
    };
    let unterminated = "unterminated string literal (detected at line 2)".to_string();
    assert_eq!(after("x = = 1\ny = 'abc\n", 1), Some((unterminated, 2, 4)));
    let octal = "invalid digit '8' in octal literal".to_string();
    assert_eq!(after("x = = 1\ny = 0o8\n", 1), Some((octal, 2, 6)));
    let unclosed = "'(' was never closed".to_string();
    assert_eq!(after("f(1,\n 2 3\n", 2), Some((unclosed.clone(), 1, 1)));
    assert_eq!(after("x = (1 2\n", 2), Some((unclosed, 1, 4)));
    // An open bracket on the parser's own line does not replace its error.
    assert_eq!(after("x = (1 2\n", 1), Option::None);
    // Indentation and continuation problems never replace it on their own.
    assert_eq!(after("x = = 1\nif x:\n    y\n  z\n", 1), Option::None);
    assert_eq!(after("x = = 1 $\ny = 1 \\ 2\n", 1), Option::None);
    assert_eq!(after("x = = 1\n", 1), Option::None);
}

#[test]
fn a_clone_looks_ahead_independently() {
    let mut lexer = Lexer::new("if (a):\n  b\n");
    assert_eq!(lexer.next_token().unwrap().kind, If);
    let mut ahead = lexer.clone();
    let peeked: Vec<Tok> = (0..6).map(|_| ahead.next_token().unwrap().kind).collect();
    assert_eq!(peeked, [LParen, Name, RParen, Colon, Newline, Indent]);
    assert_eq!(lexer.next_token().unwrap().kind, LParen);
}

#[test]
fn text_never_panics() {
    let lexer = Lexer::new("é");
    let span = |start, end| Span {
        start,
        end,
        line: 1,
        col: 0,
    };
    assert_eq!(lexer.text(span(0, 2)), "é");
    assert_eq!(lexer.text(span(1, 2)), "");
    assert_eq!(lexer.text(span(0, 99)), "");
    assert_eq!(lexer.text(span(2, 0)), "");
}

#[test]
fn sizes() {
    assert_eq!(core::mem::size_of::<Token>(), 20);
    assert_eq!(core::mem::size_of::<Span>(), 16);
    assert_eq!(core::mem::size_of::<Tok>(), 1);
    assert!(core::mem::size_of::<LexError>() <= 24);
    // Looking ahead clones the whole lexer: keep it small.
    assert!(core::mem::size_of::<Lexer<'_>>() <= 4096);
}

/// A small xorshift generator, enough to shake inputs.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(bound).unwrap()).unwrap()
    }
}

/// Line and column of every byte offset of `src` (meaningful at char boundaries).
fn all_positions(src: &str) -> Vec<(u32, u32)> {
    let mut positions = Vec::with_capacity(src.len() + 1);
    let (mut line, mut col) = (1, 0);
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        let newline = c == '\n' || (c == '\r' && chars.peek() != Some(&'\n'));
        for _ in 0..c.len_utf8() {
            positions.push((line, col));
        }
        if newline {
            (line, col) = (line + 1, 0);
        } else if c != '\r' {
            col += 1;
        }
    }
    positions.push((line, col));
    positions
}

/// Lexes `src` to the end or the first error, checking what must hold for any input:
/// no panic, termination, spans inside the source and in order, each token's line and
/// column matching its start offset, and sticky errors.
#[track_caller]
fn check_invariants(src: &str) {
    let mut lexer = Lexer::new(src);
    let source = lexer.source();
    let positions = all_positions(source);
    let mut previous_end = 0;
    for _ in 0..=4 * source.len() + 16 {
        match lexer.next_token() {
            Ok(token) => {
                let Span {
                    start,
                    end,
                    line,
                    col,
                } = token.span;
                let (start, end) = (start as usize, end as usize);
                assert!(start <= end && end <= source.len(), "{src:?}: {token:?}");
                assert!(
                    start >= previous_end || token.kind == Indent,
                    "{src:?}: {token:?}"
                );
                assert!(source.is_char_boundary(start) && source.is_char_boundary(end));
                let (mut expected_line, mut expected_col) = positions[start];
                if source.len() < 256 {
                    assert_eq!(locate(source, start), positions[start]);
                }
                let unterminated_last_line = !source.is_empty() && !source.ends_with(['\n', '\r']);
                if start == source.len()
                    && unterminated_last_line
                    && matches!(token.kind, Dedent | Eof)
                {
                    // Past the virtual final newline: the start of one more line.
                    (expected_line, expected_col) = (expected_line + 1, 0);
                }
                assert_eq!(
                    (line, col),
                    (expected_line, expected_col),
                    "{src:?}: {token:?}"
                );
                previous_end = end;
                if token.kind == Eof {
                    assert_eq!(end, source.len());
                    return;
                }
            }
            Err(error) => {
                assert!(error.line >= 1);
                assert!(!error.to_string().is_empty());
                if error.kind != LexErrorKind::InvalidSyntax {
                    assert_eq!(lexer.next_token(), Err(error));
                    return;
                }
            }
        }
    }
    panic!("lexing {src:?} does not end");
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let alphabet =
        b" \t\n\r\x0c\\'\"#()[]{}.,:;=+-*/<>!$?`_0123456789abefjoxrBFRUeE\x00\x01\x0b\x7f";
    for _ in 0..4000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(8) == 0 {
                    rng.next().to_le_bytes()[0]
                } else {
                    alphabet[rng.below(alphabet.len())]
                }
            })
            .collect();
        check_invariants(&std::string::String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let pieces = [
        "x",
        "if",
        "else",
        ":",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "=",
        "+",
        "**=",
        "...",
        ".",
        "<>",
        "$",
        "0",
        "01",
        "0_0",
        "1_",
        "0x",
        "0xg",
        "0o8",
        "0b2",
        "1.",
        ".5",
        "1e",
        "1e+",
        "1j",
        "1jx",
        "0or",
        "1if",
        "'a'",
        "'''b\nc'''",
        "'x",
        "'''y",
        "f'{x}'",
        "rb'\\x'",
        "'a\\\nb'",
        "\\",
        "\\\n",
        "\\ ",
        "#c",
        "\n",
        "\r\n",
        "\r",
        "\n    ",
        "\n\t",
        "\n  \t",
        "\n\x0c ",
        "  ",
        "\t",
        "€",
        "é",
        "²",
        "\u{200b}",
        "\u{a0}",
        "\x0b",
    ];
    for _ in 0..4000 {
        let count = rng.below(24);
        let src: String = (0..count)
            .map(|_| pieces[rng.below(pieces.len())])
            .collect();
        check_invariants(&src);
    }
}

#[test]
fn all_short_inputs_never_panic() {
    let alphabet = [
        " ", "\t", "\n", "\r", "\\", "'", "\"", "#", "(", ")", "0", "1", ".", "e", "j", "x", "_",
        "é", "\x0c", "<",
    ];
    for a in alphabet {
        check_invariants(a);
        for b in alphabet {
            check_invariants(&format!("{a}{b}"));
            for c in alphabet {
                check_invariants(&format!("{a}{b}{c}"));
            }
        }
    }
}

#[test]
fn deep_and_long_inputs() {
    check_invariants(&"(".repeat(5000));
    check_invariants(&")".repeat(5000));
    check_invariants(&" ".repeat(100_000));
    check_invariants(&format!("x = {}1\n", "1 + ".repeat(20_000)));
    let mut staircase = String::new();
    for level in 0..150 {
        staircase += &format!("{}if x:\n", "\t".repeat(level));
    }
    check_invariants(&staircase);
}
