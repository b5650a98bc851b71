//! Every documented limit of `Scratch` is a clean `SyntaxError` naming it (or `MemoryError`
//! for a full sink), never a panic.

use std::string::String;

use super::support::*;
use crate::compile::scratch::*;

/// The error for `src`, which must be a SyntaxError whose message contains `needle`.
#[track_caller]
fn limit_error(src: String, needle: &str) {
    let e = match compile_mode(&src, crate::compile::Mode::Exec) {
        Ok(_) => panic!("compiled; expected a limit error containing {needle:?}"),
        Err(e) => e,
    };
    assert_eq!(e.exception_name(), "SyntaxError");
    assert!(
        e.message.as_str().contains(needle),
        "message {:?} lacks {needle:?}",
        e.message.as_str()
    );
}

#[test]
fn code_units() {
    let src = "x = y + z; ".repeat(MAX_CODE_UNITS / 4 + 10);
    limit_error(src, "function too large");
}

#[test]
fn line_table_rows() {
    limit_error("x\n".repeat(MAX_LINE_ROWS + 10), "function too large");
}

#[test]
fn constants() {
    let items: Vec<String> = (0..MAX_CONSTS + 10).map(|i| i.to_string()).collect();
    limit_error(
        std::format!("x = [{}]\n", items.join(", ")),
        "too many constants",
    );
}

#[test]
fn names() {
    let stmts: Vec<String> = (0..MAX_NAMES + 10)
        .map(|i| std::format!("a{i} = 0"))
        .collect();
    limit_error(stmts.join("\n"), "too many names");
}

#[test]
fn local_variables() {
    let stmts: Vec<String> = (0..MAX_SLOTS + 10)
        .map(|i| std::format!("    v{i} = 0"))
        .collect();
    limit_error(
        std::format!("def f():\n{}\n", stmts.join("\n")),
        "too many local variables in function",
    );
}

#[test]
fn parameters() {
    let params: Vec<String> = (0..MAX_PARAMS + 1).map(|i| std::format!("p{i}")).collect();
    limit_error(
        std::format!("def f({}): pass\n", params.join(", ")),
        "too many parameters",
    );
}

#[test]
fn scope_nesting() {
    let lambdas = "lambda: ".repeat(MAX_SCOPE_DEPTH + 1);
    limit_error(std::format!("f = {lambdas}0\n"), "too many nested scopes");
}

#[test]
fn symbols() {
    let names: Vec<String> = (0..SYM_POOL + 10).map(|i| std::format!("g{i}")).collect();
    limit_error(
        std::format!("def f():\n    return [{}]\n", names.join(", ")),
        "too many names in the open scopes",
    );
}

#[test]
fn statically_nested_blocks() {
    let mut src = String::new();
    for depth in 0..MAX_BLOCKS + 1 {
        src.push_str(&"    ".repeat(depth));
        src.push_str(&std::format!("for i{depth} in x:\n"));
    }
    src.push_str(&"    ".repeat(MAX_BLOCKS + 1));
    src.push_str("pass\n");
    limit_error(src, "too many statically nested blocks");
}

#[test]
fn exception_handlers() {
    limit_error(
        "try:\n    pass\nexcept E:\n    pass\n".repeat(MAX_HANDLERS / 2 + 10),
        "too many exception handlers",
    );
}

#[test]
fn string_bytes() {
    let src = std::format!("x = '\\t{}'\n", "a".repeat(MAX_STRING_BYTES + 10));
    limit_error(src, "too many string literal bytes");
}

#[test]
fn keyword_names() {
    let kws: Vec<String> = (0..MAX_TUPLE_ITEMS_PER_CODE + 10)
        .map(|i| std::format!("k{i}=0"))
        .collect();
    limit_error(
        std::format!("f({})\n", kws.join(", ")),
        "too many keyword or import names",
    );
}

#[test]
fn nested_code_objects() {
    let lambdas: Vec<&str> = (0..MAX_CODE_HANDLES + 10).map(|_| "lambda: 0").collect();
    limit_error(
        std::format!("f = [{}]\n", lambdas.join(", ")),
        "too many functions and classes",
    );
}

#[test]
fn expression_nesting() {
    let depth = 150;
    limit_error(
        std::format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth)),
        "too many nested",
    );
    limit_error(
        std::format!("x = {}1\n", "-".repeat(MAX_NESTING as usize + 10)),
        "too many nested",
    );
    limit_error(
        std::format!("x = {}1\n", "not ".repeat(MAX_NESTING as usize + 10)),
        "too many nested",
    );
}

#[test]
fn finally_nesting() {
    let mut src = String::new();
    for depth in 0..MAX_FINALLY + 1 {
        src.push_str(&"    ".repeat(depth));
        src.push_str("try:\n");
    }
    src.push_str(&"    ".repeat(MAX_FINALLY + 1));
    src.push_str("pass\n");
    for depth in (0..MAX_FINALLY + 1).rev() {
        src.push_str(&"    ".repeat(depth));
        src.push_str("finally:\n");
        src.push_str(&"    ".repeat(depth + 1));
        src.push_str("pass\n");
    }
    limit_error(src, "too many nested try statements with finally");
}

#[test]
fn comprehension_clauses() {
    let fors: Vec<String> = (0..MAX_COMPREHENSION_FORS + 1)
        .map(|i| std::format!("for v{i} in x"))
        .collect();
    limit_error(
        std::format!("y = [0 {}]\n", fors.join(" ")),
        "too many 'for' clauses",
    );
}

#[test]
fn dotted_names() {
    let parts: Vec<String> = (0..40).map(|i| std::format!("m{i}")).collect();
    limit_error(
        std::format!("import {}\n", parts.join(".")),
        "too many parts in a dotted module name",
    );
}

#[test]
fn full_sink_is_a_memory_error() {
    let e = with_stack(|| {
        let mut scratch = std::boxed::Box::new(crate::compile::Scratch::new());
        let mut rec = Recorder {
            capacity: Some(1),
            ..Recorder::default()
        };
        crate::compile::compile(
            "def f(): pass\ndef g(): pass\n",
            crate::compile::Mode::Exec,
            &mut scratch,
            &mut rec,
        )
        .unwrap_err()
    });
    assert_eq!(e.exception_name(), "MemoryError");
}

#[test]
fn scratch_is_reusable_after_errors() {
    with_stack(|| {
        let mut scratch = std::boxed::Box::new(crate::compile::Scratch::new());
        for src in [
            "def f(:\n",
            "x = [lambda: (y for y in z) for z in w]\n",
            "class C:\n    def m(self): return super()\n",
        ] {
            let mut rec = Recorder::default();
            let _ =
                crate::compile::compile(src, crate::compile::Mode::Exec, &mut scratch, &mut rec);
        }
        let mut rec = Recorder::default();
        let top = crate::compile::compile(
            "x = 1\n",
            crate::compile::Mode::Exec,
            &mut scratch,
            &mut rec,
        )
        .unwrap();
        assert_eq!(rec.codes[top].consts.len(), 2);
    });
}

use std::string::ToString;
use std::vec::Vec;

/// Compiles `src` on a thread with only `kib` KiB of stack (the scratch is made outside it).
fn compile_with_stack(src: String, kib: usize) -> bool {
    let scratch = std::boxed::Box::new(crate::compile::Scratch::new());
    std::thread::Builder::new()
        .stack_size(kib * 1024)
        .spawn(move || {
            let mut scratch = scratch;
            let mut rec = Recorder::default();
            crate::compile::compile(&src, crate::compile::Mode::Exec, &mut scratch, &mut rec)
                .is_ok()
        })
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn worst_case_nesting_fits_in_768_kib_of_stack() {
    // The deepest inputs the limits allow: brackets, unary operators, scopes, blocks and
    // comprehensions nested as far as they go.
    let parens = std::format!("x = {}1{}\n", "(".repeat(99), ")".repeat(99));
    let unary = std::format!("x = {}1\n", "-".repeat(190));
    let mut defs = String::new();
    for d in 0..MAX_SCOPE_DEPTH - 2 {
        defs.push_str(&"    ".repeat(d));
        defs.push_str(&std::format!("def f{d}(a=lambda: [x for x in y]):\n"));
    }
    defs.push_str(&"    ".repeat(MAX_SCOPE_DEPTH - 2));
    defs.push_str("return lambda: 1\n");
    let comps = std::format!(
        "x = {}0{}\n",
        "[".repeat(MAX_SCOPE_DEPTH - 1),
        (0..MAX_SCOPE_DEPTH - 1)
            .map(|i| std::format!(" for a{i} in b]"))
            .collect::<String>()
    );
    let mut blocks = String::new();
    for d in 0..MAX_BLOCKS - 1 {
        blocks.push_str(&"    ".repeat(d));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&"    ".repeat(MAX_BLOCKS - 1));
    blocks.push_str("y = f(g(h((1, [2, {3: (4 if 5 else 6)}]))))\n");
    for src in [parens, unary, defs, comps, blocks] {
        assert!(compile_with_stack(src, 768));
    }
}
