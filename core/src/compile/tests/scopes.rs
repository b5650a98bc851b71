//! Scope analysis: which instruction each name gets, closures, cells, class bodies, and
//! the `global`/`nonlocal` rules.

use std::string::String;

use super::support::*;
use crate::compile::SlotKind;

/// The instructions touching a name in a code object's listing (lines mentioning it).
fn uses(src: &str, qualname: &str, name: &str) -> Vec<String> {
    let (rec, top) = compiled(src);
    let index = if qualname == "<module>" {
        top
    } else {
        find(&rec, qualname)
    };
    ops_of(&rec, index)
        .lines()
        .filter(|l| l.ends_with(&std::format!(" {name}")))
        .map(String::from)
        .collect()
}

use std::vec::Vec;

#[test]
fn module_names_are_globals() {
    assert_eq!(
        uses("x = 1\nprint(x)\ndel x", "<module>", "x"),
        ["STORE_GLOBAL x", "LOAD_GLOBAL x", "DELETE_GLOBAL x"]
    );
}

#[test]
fn assigned_anywhere_is_local_everywhere() {
    // The read comes first in the source but x is local: LOAD_FAST (UnboundLocalError at
    // run time), as in CPython.
    assert_eq!(
        uses("def f():\n    print(x)\n    x = 1\n", "f", "x"),
        ["LOAD_FAST x", "STORE_FAST x"]
    );
}

#[test]
fn every_binding_form_makes_a_local() {
    let src = "def f():\n    for a in x: pass\n    with y as b: pass\n    try: pass\n    except E as c: pass\n    import d\n    from m import e\n    def g(): pass\n    class h: pass\n    del i\n    (j := 1)\n    k: int\n    [l for l in x]\n    m += 1\n";
    let (rec, _) = compiled(src);
    let f = &rec.codes[find(&rec, "f")];
    for name in ["a", "b", "c", "d", "e", "g", "h", "i", "j", "k", "m"] {
        assert!(
            f.slot_names.iter().any(|s| s == name),
            "{name} should be local: {:?}",
            f.slot_names
        );
    }
    assert!(
        !f.slot_names.iter().any(|s| s == "l"),
        "comprehension targets are not locals of f"
    );
    assert!(!f.slot_names.iter().any(|s| s == "x"), "x is only read");
}

#[test]
fn unbound_names_in_functions_are_globals() {
    assert_eq!(
        uses("def f():\n    return len(x)\n", "f", "len"),
        ["LOAD_GLOBAL len"]
    );
}

#[test]
fn global_declaration() {
    assert_eq!(
        uses(
            "def f():\n    global x\n    x = 1\n    return x\n",
            "f",
            "x"
        ),
        ["STORE_GLOBAL x", "LOAD_GLOBAL x"]
    );
}

#[test]
fn closures_make_cells_and_free_variables() {
    let src = "def f():\n    x = 1\n    y = x\n    def g():\n        return x\n    return g\n";
    assert_eq!(
        uses(src, "f", "x"),
        ["STORE_DEREF x", "LOAD_DEREF x", "LOAD_CLOSURE x"]
    );
    assert_eq!(uses(src, "f.<locals>.g", "x"), ["LOAD_DEREF x"]);
    let (rec, _) = compiled(src);
    let f = &rec.codes[find(&rec, "f")];
    assert_eq!(
        f.slot_kinds[f.slot_names.iter().position(|s| s == "x").unwrap()],
        SlotKind::Cell
    );
}

#[test]
fn cells_are_patched_after_earlier_uses() {
    // x is read and deleted before the inner function that captures it is seen.
    let src = "def f():\n    x = 1\n    print(x)\n    del x\n    x = 2\n    return lambda: x\n";
    assert_eq!(
        uses(src, "f", "x"),
        [
            "STORE_DEREF x",
            "LOAD_DEREF x",
            "DELETE_DEREF x",
            "STORE_DEREF x",
            "LOAD_CLOSURE x"
        ]
    );
}

#[test]
fn parameters_can_be_cells() {
    let (rec, _) = compiled("def f(a):\n    return lambda: a\n");
    let f = &rec.codes[find(&rec, "f")];
    assert_eq!(f.slot_names, ["a"]);
    assert_eq!(f.slot_kinds, [SlotKind::Cell]);
}

#[test]
fn free_variables_pass_through_intermediate_functions() {
    let src = "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n";
    let (rec, _) = compiled(src);
    let g = &rec.codes[find(&rec, "f.<locals>.g")];
    assert_eq!(g.slot_names, ["h", "x"]);
    assert_eq!(g.slot_kinds, [SlotKind::Local, SlotKind::Free]);
    assert_eq!(uses(src, "f.<locals>.g", "x"), ["LOAD_CLOSURE x"]);
}

#[test]
fn nonlocal_writes_through_the_cell() {
    let src =
        "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x = 1\n    return g\n";
    assert_eq!(uses(src, "f.<locals>.g", "x"), ["STORE_DEREF x"]);
}

#[test]
fn class_bodies_use_name_instructions() {
    let src = "class C:\n    x = 1\n    y = x\n    del x\n";
    assert_eq!(
        uses(src, "C", "x"),
        ["STORE_NAME x", "LOAD_NAME x", "DELETE_NAME x"]
    );
}

#[test]
fn methods_do_not_see_class_names() {
    assert_eq!(
        uses(
            "class C:\n    x = 1\n    def m(self):\n        return x\n",
            "C.m",
            "x"
        ),
        ["LOAD_GLOBAL x"]
    );
}

#[test]
fn class_bodies_read_enclosing_function_variables_through_cells() {
    let src = "def f(x):\n    class C:\n        y = x\n    return C\n";
    assert_eq!(uses(src, "f.<locals>.C", "x"), ["LOAD_DEREF x"]);
    // A name the class binds itself stays a class name.
    let src = "def f(x):\n    class C:\n        y = x\n        x = 2\n    return C\n";
    assert_eq!(
        uses(src, "f.<locals>.C", "x"),
        ["LOAD_NAME x", "STORE_NAME x"]
    );
}

#[test]
fn super_and_dunder_class_capture_the_class_cell() {
    let src = "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n    def o(self):\n        return 1\n";
    let (rec, _) = compiled(src);
    let c = &rec.codes[find(&rec, "C")];
    assert_eq!(c.slot_names, ["__class__"]);
    assert_eq!(c.slot_kinds, [SlotKind::Cell]);
    assert_eq!(
        rec.codes[find(&rec, "C.m")].slot_names,
        ["self", "__class__"]
    );
    assert_eq!(
        rec.codes[find(&rec, "C.n")].slot_kinds,
        [SlotKind::Local, SlotKind::Free]
    );
    assert_eq!(uses(src, "C.n", "__class__"), ["LOAD_DEREF __class__"]);
    assert_eq!(rec.codes[find(&rec, "C.o")].slot_names, ["self"]);
}

#[test]
fn class_cell_comes_before_free_variables() {
    let src = "def f(v):\n    class C:\n        w = v\n        def m(self):\n            return super().m()\n    return C\n";
    let (rec, _) = compiled(src);
    let c = &rec.codes[find(&rec, "f.<locals>.C")];
    assert_eq!(c.slot_names, ["__class__", "v"]);
    assert_eq!(c.slot_kinds, [SlotKind::Cell, SlotKind::Free]);
}

#[test]
fn comprehensions_have_their_own_scope() {
    let src = "def f(n):\n    return [i * n for i in range(n)]\n";
    assert_eq!(
        uses(src, "f.<locals>.<listcomp>", "i"),
        ["STORE_FAST i", "LOAD_FAST i"]
    );
    assert_eq!(uses(src, "f.<locals>.<listcomp>", "n"), ["LOAD_DEREF n"]);
    assert_eq!(uses(src, "f", "n"), ["LOAD_CLOSURE n", "LOAD_DEREF n"]);
}

#[test]
fn module_comprehension_reads_globals() {
    assert_eq!(
        uses("[i * n for i in x]", "<listcomp>", "n"),
        ["LOAD_GLOBAL n"]
    );
}

#[test]
fn walrus_in_comprehension_binds_the_enclosing_function() {
    let src = "def f(xs):\n    [y := x for x in xs]\n    return y\n";
    assert_eq!(uses(src, "f.<locals>.<listcomp>", "y"), ["STORE_DEREF y"]);
    assert_eq!(uses(src, "f", "y"), ["LOAD_CLOSURE y", "LOAD_DEREF y"]);
    assert_eq!(
        uses("[y := x for x in xs]", "<listcomp>", "y"),
        ["STORE_GLOBAL y"]
    );
}

#[test]
fn lambda_parameters_and_defaults() {
    let src = "def f(a):\n    return lambda b, c=a: a + b + c\n";
    assert_eq!(uses(src, "f.<locals>.<lambda>", "b"), ["LOAD_FAST b"]);
    assert_eq!(uses(src, "f.<locals>.<lambda>", "a"), ["LOAD_DEREF a"]);
    assert_eq!(uses(src, "f", "a"), ["LOAD_DEREF a", "LOAD_CLOSURE a"]);
}

#[test]
fn default_values_are_evaluated_in_the_enclosing_scope() {
    assert_eq!(
        uses("def f(a=x):\n    x = 1\n", "<module>", "x"),
        ["LOAD_GLOBAL x"]
    );
}

#[test]
fn nested_function_names_are_locals_of_the_enclosing_function() {
    assert_eq!(
        uses("def f():\n    def g(): pass\n    return g\n", "f", "g"),
        ["STORE_FAST g", "LOAD_FAST g"]
    );
}

#[test]
fn global_in_intermediate_scope_hides_outer_local() {
    let src = "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n        return h\n    return g\n";
    assert_eq!(uses(src, "f.<locals>.g.<locals>.h", "x"), ["LOAD_GLOBAL x"]);
}

#[test]
fn except_name_is_cleared() {
    let src = "def f():\n    try:\n        pass\n    except E as e:\n        pass\n";
    assert_eq!(
        uses(src, "f", "e"),
        [
            "STORE_FAST e",
            "STORE_FAST e",
            "DELETE_FAST e",
            "STORE_FAST e",
            "DELETE_FAST e"
        ]
    );
}

#[test]
fn scope_errors_match_cpython() {
    let cases: &[(&str, &str, u32, u32)] = &[
        (
            "def f():\n    x = 1\n    global x",
            "name 'x' is assigned to before global declaration",
            3,
            4,
        ),
        (
            "def f():\n    print(x)\n    global x",
            "name 'x' is used prior to global declaration",
            3,
            4,
        ),
        (
            "def f(x):\n    global x",
            "name 'x' is parameter and global",
            2,
            4,
        ),
        (
            "def f(x):\n    nonlocal x",
            "name 'x' is parameter and nonlocal",
            2,
            4,
        ),
        (
            "def f():\n    nonlocal y",
            "no binding for nonlocal 'y' found",
            2,
            4,
        ),
        (
            "nonlocal x",
            "nonlocal declaration not allowed at module level",
            1,
            0,
        ),
        (
            "def f():\n  x: int\n  global x",
            "annotated name 'x' can't be global",
            3,
            2,
        ),
        (
            "def f():\n  global x\n  x: int",
            "annotated name 'x' can't be global",
            3,
            2,
        ),
        (
            "def f():\n  global x\n  nonlocal x",
            "name 'x' is nonlocal and global",
            3,
            2,
        ),
        (
            "class C:\n    nonlocal x",
            "no binding for nonlocal 'x' found",
            2,
            4,
        ),
    ];
    for &(src, msg, line, col) in cases {
        let e = error(src);
        assert_eq!(
            (e.message.as_str(), e.line, e.col),
            (msg, line, col),
            "{src:?}"
        );
    }
}

#[test]
fn nonlocal_finds_bindings_made_after_the_inner_function() {
    let src =
        "def f():\n    def g():\n        nonlocal x\n        x = 2\n    x = 1\n    return g\n";
    assert_eq!(uses(src, "f.<locals>.g", "x"), ["STORE_DEREF x"]);
}
