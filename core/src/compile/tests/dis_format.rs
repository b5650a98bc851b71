//! The disassembler's output format (CPython-`dis`-like) and the `CodeDraft` view.

use std::string::String;

use super::support::*;
use crate::bytecode::dis::{CodeView, disassemble, write_str_repr};
use crate::compile::{CodeDraft, CodeSink, Const, SinkError};

#[test]
fn listing_columns_jump_marks_and_nested_code() {
    let out = dis("x = 1\nwhile x:\n    x = f(x)\ndef g(a):\n    return a\n");
    // Offsets count code units: LOAD_GLOBAL carries 6 cache units, CALL 4, the jumps 1.
    let expected = "  1           0 LOAD_CONST               0 (1)
              1 STORE_GLOBAL             0 (x)

  2     >>    2 LOAD_GLOBAL              0 (x)
              9 POP_JUMP_IF_FALSE       23 (to 34)

  3          11 LOAD_GLOBAL              1 (f)
             18 PUSH_NULL
             19 LOAD_GLOBAL              0 (x)
             26 CALL                     1
             31 STORE_GLOBAL             0 (x)

  2          32 JUMP_BACKWARD           32 (to 2)

  4     >>   34 LOAD_CONST               1 (<code object g>)
             35 MAKE_FUNCTION            0
             36 STORE_GLOBAL             2 (g)
             37 LOAD_CONST               2 (None)
             38 RETURN_VALUE

Disassembly of g:
  5           0 LOAD_FAST                0 (a)
              1 RETURN_VALUE
";
    assert_eq!(out, expected);
}

#[test]
fn exception_table_and_handler_marks() {
    let out = dis("try:\n    a()\nexcept:\n    pass\n");
    assert!(
        out.contains("ExceptionTable:\n  0 to 14 -> 15 [0]\n"),
        "{out}"
    );
    assert!(out.contains(">>   15 PUSH_EXC_INFO"), "{out}");
    assert!(out.contains("lasti"), "{out}");
}

#[test]
fn argument_meanings() {
    let out = dis("a += b\nc = d is not e\nf = g not in h\ni = j <= k\nl = f'{m!r:>3}'\n");
    for needle in [
        "(+=)",
        "(is not)",
        "(not in)",
        "(<=)",
        "(repr, with format)",
        "('>3')",
    ] {
        assert!(out.contains(needle), "{needle} missing:\n{out}");
    }
}

#[test]
fn string_repr_quotes_like_python() {
    let mut out = String::new();
    for s in [
        "plain",
        "it's",
        "say \"hi\"",
        "both ' and \"",
        "tab\tnl\n\\",
        "\u{1}",
    ] {
        write_str_repr(&mut out, s).unwrap();
        out.push(' ');
    }
    assert_eq!(
        out,
        r#"'plain' "it's" 'say "hi"' 'both \' and "' 'tab\tnl\n\\' '\x01' "#
    );
}

/// A sink that disassembles each draft as it arrives (through `CodeView for CodeDraft`).
struct DisSink(Vec<String>);

impl CodeSink for DisSink {
    type CodeRef = u32;

    fn finish(&mut self, draft: &CodeDraft<'_, u32>) -> Result<u32, SinkError> {
        let mut out = String::new();
        out.push_str(draft.qualname);
        out.push('\n');
        disassemble(&mut out, draft).unwrap();
        let mut consts = String::new();
        for i in 0..draft.consts.len() as u32 {
            draft.write_const(i, &mut consts).unwrap();
            consts.push(' ');
        }
        out.push_str(&consts);
        self.0.push(out);
        Ok(self.0.len() as u32 - 1)
    }
}

#[test]
fn code_drafts_disassemble_directly() {
    let listings = with_stack(|| {
        let mut scratch = std::boxed::Box::new(crate::compile::Scratch::new());
        let mut sink = DisSink(Vec::new());
        crate::compile::compile(
            "def f(x=1.5):\n    return (x, 'k', ..., True)\nf(k=1e20)\n",
            crate::compile::Mode::Exec,
            &mut scratch,
            &mut sink,
        )
        .unwrap();
        sink.0
    });
    assert_eq!(listings.len(), 2);
    assert!(
        listings[0].starts_with("f\n  2           0 LOAD_FAST                0 (x)\n"),
        "{}",
        listings[0]
    );
    assert!(
        listings[0].ends_with("'k' Ellipsis True "),
        "{}",
        listings[0]
    );
    assert!(
        listings[1].contains("1.5 <code object> 1e+20 ('k',) None"),
        "{}",
        listings[1]
    );
    let _ = Const::<u32>::None;
}

use std::vec::Vec;
