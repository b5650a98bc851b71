//! Bytecode shapes, as the interpreter expects them (golden listings: `NAME meaning` per
//! instruction, jumps as `-> absolute offset`).

use std::vec;
use std::vec::Vec;

use super::support::*;

#[test]
fn assignment_to_global() {
    assert_eq!(body("x = 1"), lines(&["LOAD_CONST 1", "STORE_GLOBAL x",]));
}

#[test]
fn call_plain() {
    assert_eq!(
        body("f(a, b)"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "CALL 2",
            "POP_TOP",
        ])
    );
}

#[test]
fn call_method() {
    assert_eq!(
        body("o.m(a)"),
        lines(&[
            "LOAD_GLOBAL o",
            "LOAD_METHOD m",
            "LOAD_GLOBAL a",
            "CALL 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn call_keywords() {
    assert_eq!(
        body("f(a, k=v)"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL v",
            "LOAD_CONST ('k',)",
            "CALL_KW 2",
            "POP_TOP",
        ])
    );
}

#[test]
fn call_star_args() {
    assert_eq!(
        body("f(a, *b, c, k=1, **d, e=2)"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "LOAD_GLOBAL a",
            "BUILD_LIST 1",
            "LOAD_GLOBAL b",
            "LIST_EXTEND 1",
            "LOAD_GLOBAL c",
            "LIST_APPEND 1",
            "LIST_TO_TUPLE",
            "LOAD_CONST 'k'",
            "LOAD_CONST 1",
            "BUILD_MAP 1",
            "LOAD_GLOBAL d",
            "DICT_MERGE 1",
            "LOAD_CONST 'e'",
            "LOAD_CONST 2",
            "BUILD_MAP 1",
            "DICT_MERGE 1",
            "CALL_FUNCTION_EX 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn call_keyword_before_star_evaluates_positionals_first() {
    assert_eq!(
        body("f(k=g(), *h())"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "BUILD_LIST 0",
            "LOAD_GLOBAL h",
            "PUSH_NULL",
            "CALL 0",
            "LIST_EXTEND 1",
            "LIST_TO_TUPLE",
            "LOAD_CONST 'k'",
            "LOAD_GLOBAL g",
            "PUSH_NULL",
            "CALL 0",
            "BUILD_MAP 1",
            "CALL_FUNCTION_EX 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn call_generator_argument() {
    assert_eq!(
        body("f(x for x in y)"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "LOAD_CONST <code object <genexpr>>",
            "MAKE_FUNCTION 0",
            "PUSH_NULL",
            "LOAD_GLOBAL y",
            "GET_ITER 0",
            "CALL 1",
            "CALL 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn def_defaults_and_kwdefaults() {
    assert_eq!(
        body("def f(a, b=1, *args, c, d=2, **kw): pass"),
        lines(&[
            "LOAD_CONST 1",
            "BUILD_TUPLE 1",
            "LOAD_CONST 'd'",
            "LOAD_CONST 2",
            "BUILD_MAP 1",
            "LOAD_CONST <code object f>",
            "MAKE_FUNCTION 3",
            "STORE_GLOBAL f",
        ])
    );
}

#[test]
fn def_decorators() {
    assert_eq!(
        body("@d1\n@d2(3)\ndef f(): pass"),
        lines(&[
            "LOAD_GLOBAL d1",
            "PUSH_NULL",
            "LOAD_GLOBAL d2",
            "PUSH_NULL",
            "LOAD_CONST 3",
            "CALL 1",
            "PUSH_NULL",
            "LOAD_CONST <code object f>",
            "MAKE_FUNCTION 0",
            "CALL 1",
            "CALL 1",
            "STORE_GLOBAL f",
        ])
    );
}

#[test]
fn function_falls_off_end() {
    assert_eq!(
        ops_in("def f(a):\n    a.x = 1", "f"),
        lines(&[
            "LOAD_CONST 1",
            "LOAD_FAST a",
            "STORE_ATTR x",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn class_with_bases_and_keywords() {
    assert_eq!(
        body("class C(B, metaclass=M):\n    x = 1"),
        lines(&[
            "LOAD_BUILD_CLASS",
            "PUSH_NULL",
            "LOAD_CONST <code object C>",
            "MAKE_FUNCTION 0",
            "LOAD_CONST 'C'",
            "LOAD_GLOBAL B",
            "LOAD_GLOBAL M",
            "LOAD_CONST ('metaclass',)",
            "CALL_KW 4",
            "STORE_GLOBAL C",
        ])
    );
}

#[test]
fn class_body() {
    assert_eq!(
        ops_in("class C(B, metaclass=M):\n    x = 1", "C"),
        lines(&[
            "LOAD_NAME __name__",
            "STORE_NAME __module__",
            "LOAD_CONST 'C'",
            "STORE_NAME __qualname__",
            "LOAD_CONST 1",
            "STORE_NAME x",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn class_with_super_returns_its_cell() {
    assert_eq!(
        ops_in(
            "class C:\n    def m(self):\n        return super().m()",
            "C"
        ),
        lines(&[
            "LOAD_NAME __name__",
            "STORE_NAME __module__",
            "LOAD_CONST 'C'",
            "STORE_NAME __qualname__",
            "LOAD_CLOSURE __class__",
            "BUILD_TUPLE 1",
            "LOAD_CONST <code object m>",
            "MAKE_FUNCTION 8",
            "STORE_NAME m",
            "LOAD_CLOSURE __class__",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn lambda_body() {
    assert_eq!(
        ops_in("lambda x: x + 1", "<lambda>"),
        lines(&["LOAD_FAST x", "LOAD_CONST 1", "BINARY_OP +", "RETURN_VALUE",])
    );
}

#[test]
fn comprehension_call() {
    assert_eq!(
        body("[x for x in it if c]"),
        lines(&[
            "LOAD_CONST <code object <listcomp>>",
            "MAKE_FUNCTION 0",
            "PUSH_NULL",
            "LOAD_GLOBAL it",
            "GET_ITER 0",
            "CALL 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn list_comprehension() {
    assert_eq!(
        ops_in("[x for x in it if c]", "<listcomp>"),
        lines(&[
            "BUILD_LIST 0",
            "LOAD_FAST .0",
            "FOR_ITER -> 9",
            "STORE_FAST x",
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_FALSE -> 8",
            "LOAD_FAST x",
            "LIST_APPEND 2",
            "JUMP_BACKWARD -> 2",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn set_comprehension() {
    assert_eq!(
        ops_in("{x for x in it}", "<setcomp>"),
        lines(&[
            "BUILD_SET 0",
            "LOAD_FAST .0",
            "FOR_ITER -> 7",
            "STORE_FAST x",
            "LOAD_FAST x",
            "SET_ADD 2",
            "JUMP_BACKWARD -> 2",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn dict_comprehension() {
    assert_eq!(
        ops_in("{k: v for k, v in it}", "<dictcomp>"),
        lines(&[
            "BUILD_MAP 0",
            "LOAD_FAST .0",
            "FOR_ITER -> 10",
            "UNPACK_SEQUENCE 2",
            "STORE_FAST k",
            "STORE_FAST v",
            "LOAD_FAST k",
            "LOAD_FAST v",
            "MAP_ADD 2",
            "JUMP_BACKWARD -> 2",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn generator_expression() {
    assert_eq!(
        ops_in("(x for x in it)", "<genexpr>"),
        lines(&[
            "LOAD_FAST .0",
            "FOR_ITER -> 7",
            "STORE_FAST x",
            "LOAD_FAST x",
            "YIELD_VALUE",
            "POP_TOP",
            "JUMP_BACKWARD -> 1",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn nested_for_clauses() {
    assert_eq!(
        ops_in("[x + y for x in a for y in b if y]", "<listcomp>"),
        lines(&[
            "BUILD_LIST 0",
            "LOAD_FAST .0",
            "FOR_ITER -> 16",
            "STORE_FAST x",
            "LOAD_GLOBAL b",
            "GET_ITER 0",
            "FOR_ITER -> 15",
            "STORE_FAST y",
            "LOAD_FAST y",
            "POP_JUMP_IF_FALSE -> 14",
            "LOAD_FAST x",
            "LOAD_FAST y",
            "BINARY_OP +",
            "LIST_APPEND 3",
            "JUMP_BACKWARD -> 6",
            "JUMP_BACKWARD -> 2",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn while_else() {
    assert_eq!(
        body("while c:\n    body()\nelse:\n    e()"),
        lines(&[
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_FALSE -> 7",
            "LOAD_GLOBAL body",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_BACKWARD -> 0",
            "LOAD_GLOBAL e",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
        ])
    );
}

#[test]
fn while_true_has_no_test() {
    assert_eq!(
        body("while True:\n    body()"),
        lines(&[
            "LOAD_GLOBAL body",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_BACKWARD -> 0",
        ])
    );
}

#[test]
fn for_else() {
    assert_eq!(
        body("for t in it:\n    body()\nelse:\n    e()"),
        lines(&[
            "LOAD_GLOBAL it",
            "GET_ITER 0",
            "FOR_ITER -> 9",
            "STORE_GLOBAL t",
            "LOAD_GLOBAL body",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_BACKWARD -> 2",
            "LOAD_GLOBAL e",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
        ])
    );
}

#[test]
fn for_break_continue() {
    assert_eq!(
        body("for t in it:\n    if a: break\n    continue"),
        lines(&[
            "LOAD_GLOBAL it",
            "GET_ITER 0",
            "FOR_ITER -> 9",
            "STORE_GLOBAL t",
            "LOAD_GLOBAL a",
            "POP_JUMP_IF_FALSE -> 8",
            "POP_ITER",
            "JUMP_FORWARD -> 9",
            "JUMP_BACKWARD -> 2",
        ])
    );
}

#[test]
fn while_break_continue() {
    assert_eq!(
        body("while x:\n    if a:\n        break\n    else:\n        continue"),
        lines(&[
            "LOAD_GLOBAL x",
            "POP_JUMP_IF_FALSE -> 6",
            "LOAD_GLOBAL a",
            "POP_JUMP_IF_FALSE -> 5",
            "JUMP_FORWARD -> 6",
            "JUMP_BACKWARD -> 0",
        ])
    );
}

#[test]
fn and_value() {
    assert_eq!(
        body("x = a and b"),
        lines(&[
            "LOAD_GLOBAL a",
            "COPY 1",
            "POP_JUMP_IF_FALSE -> 5",
            "POP_TOP",
            "LOAD_GLOBAL b",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn or_value() {
    assert_eq!(
        body("x = a or b"),
        lines(&[
            "LOAD_GLOBAL a",
            "COPY 1",
            "POP_JUMP_IF_TRUE -> 5",
            "POP_TOP",
            "LOAD_GLOBAL b",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn conditional_expression() {
    assert_eq!(
        body("x = p if c else q"),
        lines(&[
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_FALSE -> 4",
            "LOAD_GLOBAL p",
            "JUMP_FORWARD -> 5",
            "LOAD_GLOBAL q",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn nested_conditional_expression() {
    assert_eq!(
        body("x = a if b else c if d else e"),
        lines(&[
            "LOAD_GLOBAL b",
            "POP_JUMP_IF_FALSE -> 4",
            "LOAD_GLOBAL a",
            "JUMP_FORWARD -> 9",
            "LOAD_GLOBAL d",
            "POP_JUMP_IF_FALSE -> 8",
            "LOAD_GLOBAL c",
            "JUMP_FORWARD -> 9",
            "LOAD_GLOBAL e",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn chained_comparison() {
    assert_eq!(
        body("x = a < b < c"),
        lines(&[
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "SWAP 2",
            "COPY 2",
            "COMPARE_OP <",
            "COPY 1",
            "POP_JUMP_IF_FALSE -> 11",
            "POP_TOP",
            "LOAD_GLOBAL c",
            "COMPARE_OP <",
            "JUMP_FORWARD -> 13",
            "SWAP 2",
            "POP_TOP",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn chained_comparison_three() {
    assert_eq!(
        body("x = a < b <= c < d"),
        lines(&[
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "SWAP 2",
            "COPY 2",
            "COMPARE_OP <",
            "COPY 1",
            "POP_JUMP_IF_FALSE -> 18",
            "POP_TOP",
            "LOAD_GLOBAL c",
            "SWAP 2",
            "COPY 2",
            "COMPARE_OP <=",
            "COPY 1",
            "POP_JUMP_IF_FALSE -> 18",
            "POP_TOP",
            "LOAD_GLOBAL d",
            "COMPARE_OP <",
            "JUMP_FORWARD -> 20",
            "SWAP 2",
            "POP_TOP",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn not_in_and_is_not() {
    assert_eq!(
        body("x = a not in b\ny = a is not b"),
        lines(&[
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "CONTAINS_OP 1",
            "STORE_GLOBAL x",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "IS_OP 1",
            "STORE_GLOBAL y",
        ])
    );
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(
        body("x = a[i]\ny = a[i:j]\nz = a[i:j:k]\nw = a[i, j]\nv = a[:]\nu = a[::2]"),
        lines(&[
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "BINARY_SUBSCR",
            "STORE_GLOBAL x",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "LOAD_GLOBAL j",
            "BUILD_SLICE 2",
            "BINARY_SUBSCR",
            "STORE_GLOBAL y",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "LOAD_GLOBAL j",
            "LOAD_GLOBAL k",
            "BUILD_SLICE 3",
            "BINARY_SUBSCR",
            "STORE_GLOBAL z",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "LOAD_GLOBAL j",
            "BUILD_TUPLE 2",
            "BINARY_SUBSCR",
            "STORE_GLOBAL w",
            "LOAD_GLOBAL a",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "BUILD_SLICE 2",
            "BINARY_SUBSCR",
            "STORE_GLOBAL v",
            "LOAD_GLOBAL a",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "LOAD_CONST 2",
            "BUILD_SLICE 3",
            "BINARY_SUBSCR",
            "STORE_GLOBAL u",
        ])
    );
}

#[test]
fn store_attribute_and_subscript() {
    assert_eq!(
        body("a.b = v\na[k] = v\na[i:j] = v"),
        lines(&[
            "LOAD_GLOBAL v",
            "LOAD_GLOBAL a",
            "STORE_ATTR b",
            "LOAD_GLOBAL v",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL k",
            "STORE_SUBSCR",
            "LOAD_GLOBAL v",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "LOAD_GLOBAL j",
            "BUILD_SLICE 2",
            "STORE_SUBSCR",
        ])
    );
}

#[test]
fn augmented_assignment() {
    assert_eq!(
        body("x += v\na.b -= v\na[i] *= v"),
        lines(&[
            "LOAD_GLOBAL x",
            "LOAD_GLOBAL v",
            "BINARY_OP +=",
            "STORE_GLOBAL x",
            "LOAD_GLOBAL a",
            "COPY 1",
            "LOAD_ATTR b",
            "LOAD_GLOBAL v",
            "BINARY_OP -=",
            "SWAP 2",
            "STORE_ATTR b",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL i",
            "COPY 2",
            "COPY 2",
            "BINARY_SUBSCR",
            "LOAD_GLOBAL v",
            "BINARY_OP *=",
            "SWAP 3",
            "SWAP 2",
            "STORE_SUBSCR",
        ])
    );
}

#[test]
fn chained_assignment() {
    assert_eq!(
        body("a = b.c = d[0] = v"),
        lines(&[
            "LOAD_GLOBAL v",
            "COPY 1",
            "STORE_GLOBAL a",
            "COPY 1",
            "LOAD_GLOBAL b",
            "STORE_ATTR c",
            "LOAD_GLOBAL d",
            "LOAD_CONST 0",
            "STORE_SUBSCR",
        ])
    );
}

#[test]
fn target_order_value_first() {
    assert_eq!(
        body("a[f()] = g()"),
        lines(&[
            "LOAD_GLOBAL g",
            "PUSH_NULL",
            "CALL 0",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "CALL 0",
            "STORE_SUBSCR",
        ])
    );
}

#[test]
fn unpacking() {
    assert_eq!(
        body("a, b = c\n[d, (e, f)] = g\nh, *i, j = k"),
        lines(&[
            "LOAD_GLOBAL c",
            "UNPACK_SEQUENCE 2",
            "STORE_GLOBAL a",
            "STORE_GLOBAL b",
            "LOAD_GLOBAL g",
            "UNPACK_SEQUENCE 2",
            "STORE_GLOBAL d",
            "UNPACK_SEQUENCE 2",
            "STORE_GLOBAL e",
            "STORE_GLOBAL f",
            "LOAD_GLOBAL k",
            "UNPACK_EX 257",
            "STORE_GLOBAL h",
            "STORE_GLOBAL i",
            "STORE_GLOBAL j",
        ])
    );
}

#[test]
fn assert_with_message() {
    assert_eq!(
        body("assert c, m"),
        lines(&[
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_TRUE -> 7",
            "LOAD_ASSERTION_ERROR",
            "PUSH_NULL",
            "LOAD_GLOBAL m",
            "CALL 1",
            "RAISE_VARARGS 1",
        ])
    );
}

#[test]
fn assert_without_message() {
    assert_eq!(
        body("assert c"),
        lines(&[
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_TRUE -> 4",
            "LOAD_ASSERTION_ERROR",
            "RAISE_VARARGS 1",
        ])
    );
}

#[test]
fn import_dotted_as() {
    assert_eq!(
        body("import a.b.c as d"),
        lines(&[
            "LOAD_CONST 0",
            "LOAD_CONST None",
            "IMPORT_NAME a.b.c",
            "IMPORT_FROM b",
            "SWAP 2",
            "POP_TOP",
            "IMPORT_FROM c",
            "STORE_GLOBAL d",
            "POP_TOP",
        ])
    );
}

#[test]
fn import_plain() {
    assert_eq!(
        body("import os.path, sys"),
        lines(&[
            "LOAD_CONST 0",
            "LOAD_CONST None",
            "IMPORT_NAME os.path",
            "STORE_GLOBAL os",
            "LOAD_CONST 0",
            "LOAD_CONST None",
            "IMPORT_NAME sys",
            "STORE_GLOBAL sys",
        ])
    );
}

#[test]
fn from_import() {
    assert_eq!(
        body("from m import x, y as z"),
        lines(&[
            "LOAD_CONST 0",
            "LOAD_CONST ('x', 'y')",
            "IMPORT_NAME m",
            "IMPORT_FROM x",
            "STORE_GLOBAL x",
            "IMPORT_FROM y",
            "STORE_GLOBAL z",
            "POP_TOP",
        ])
    );
}

#[test]
fn displays() {
    assert_eq!(
        body("t = (a, b)\nl = [a, b]\ns = {a, b}\nd = {a: b, c: d}\ne = ()\nf = []\ng = {}"),
        lines(&[
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "BUILD_TUPLE 2",
            "STORE_GLOBAL t",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "BUILD_LIST 2",
            "STORE_GLOBAL l",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "BUILD_SET 2",
            "STORE_GLOBAL s",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "LOAD_GLOBAL c",
            "LOAD_GLOBAL d",
            "BUILD_MAP 2",
            "STORE_GLOBAL d",
            "BUILD_TUPLE 0",
            "STORE_GLOBAL e",
            "BUILD_LIST 0",
            "STORE_GLOBAL f",
            "BUILD_MAP 0",
            "STORE_GLOBAL g",
        ])
    );
}

#[test]
fn starred_displays() {
    assert_eq!(
        body("x = [*a, *b]\ny = {**m, 'k': 1}\nz = (*a, 1)\ns = {1, *t}"),
        lines(&[
            "BUILD_LIST 0",
            "LOAD_GLOBAL a",
            "LIST_EXTEND 1",
            "LOAD_GLOBAL b",
            "LIST_EXTEND 1",
            "STORE_GLOBAL x",
            "BUILD_MAP 0",
            "LOAD_GLOBAL m",
            "DICT_UPDATE 1",
            "LOAD_CONST 'k'",
            "LOAD_CONST 1",
            "BUILD_MAP 1",
            "DICT_UPDATE 1",
            "STORE_GLOBAL y",
            "BUILD_LIST 0",
            "LOAD_GLOBAL a",
            "LIST_EXTEND 1",
            "LOAD_CONST 1",
            "LIST_APPEND 1",
            "LIST_TO_TUPLE",
            "STORE_GLOBAL z",
            "LOAD_CONST 1",
            "BUILD_SET 1",
            "LOAD_GLOBAL t",
            "SET_UPDATE 1",
            "STORE_GLOBAL s",
        ])
    );
}

#[test]
fn fstring_conversion_and_spec() {
    assert_eq!(
        body("f\"{x!r:>{w}}\""),
        lines(&[
            "LOAD_GLOBAL x",
            "LOAD_CONST '>'",
            "LOAD_GLOBAL w",
            "FORMAT_VALUE 0",
            "BUILD_STRING 2",
            "FORMAT_VALUE 6",
            "POP_TOP",
        ])
    );
}

#[test]
fn fstring_pieces_and_debug() {
    assert_eq!(
        body("f\"a{b}c{d=}\""),
        lines(&[
            "LOAD_CONST 'a'",
            "LOAD_GLOBAL b",
            "FORMAT_VALUE 0",
            "LOAD_CONST 'cd='",
            "LOAD_GLOBAL d",
            "FORMAT_VALUE 2",
            "BUILD_STRING 4",
            "POP_TOP",
        ])
    );
}

#[test]
fn fstring_single_field() {
    assert_eq!(
        body("x = f\"{x}\""),
        lines(&["LOAD_GLOBAL x", "FORMAT_VALUE 0", "STORE_GLOBAL x",])
    );
}

#[test]
fn fstring_empty() {
    assert_eq!(
        body("x = f\"\""),
        lines(&["LOAD_CONST ''", "STORE_GLOBAL x",])
    );
}

#[test]
fn fstring_braces() {
    assert_eq!(
        body("x = f\"{{{a}}}\""),
        lines(&[
            "LOAD_CONST '{'",
            "LOAD_GLOBAL a",
            "FORMAT_VALUE 0",
            "LOAD_CONST '}'",
            "BUILD_STRING 3",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn string_concatenation() {
    assert_eq!(
        body("x = \"abc\" \"def\""),
        lines(&["LOAD_CONST 'abcdef'", "STORE_GLOBAL x",])
    );
}

#[test]
fn delete_targets() {
    assert_eq!(
        body("del a, b.c, d[e]"),
        lines(&[
            "DELETE_GLOBAL a",
            "LOAD_GLOBAL b",
            "DELETE_ATTR c",
            "LOAD_GLOBAL d",
            "LOAD_GLOBAL e",
            "DELETE_SUBSCR",
        ])
    );
}

#[test]
fn raise_forms() {
    // Each form on its own: code after a `raise` is unreachable and not emitted.
    assert_eq!(body("raise"), lines(&["RAISE_VARARGS 0"]));
    assert_eq!(
        body("raise E"),
        lines(&["LOAD_GLOBAL E", "RAISE_VARARGS 1"])
    );
    assert_eq!(
        body("raise E from C"),
        lines(&["LOAD_GLOBAL E", "LOAD_GLOBAL C", "RAISE_VARARGS 2"])
    );
}

#[test]
fn negative_literals_fold() {
    assert_eq!(
        body("x = -5\ny = - 5.5\nz = -(5)\nw = -x\nv = -2 ** 2"),
        lines(&[
            "LOAD_CONST -5",
            "STORE_GLOBAL x",
            "LOAD_CONST -5.5",
            "STORE_GLOBAL y",
            "LOAD_CONST -5",
            "STORE_GLOBAL z",
            "LOAD_GLOBAL x",
            "UNARY_NEGATIVE",
            "STORE_GLOBAL w",
            "LOAD_CONST 2",
            "LOAD_CONST 2",
            "BINARY_OP **",
            "UNARY_NEGATIVE",
            "STORE_GLOBAL v",
        ])
    );
}

#[test]
fn int_literal_outside_64_bits() {
    assert_eq!(
        body("x = 100000000000000000000"),
        lines(&[
            "LOAD_CONST 9223372036854775807",
            "LOAD_CONST 1",
            "BINARY_OP +",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn min_int_literal() {
    assert_eq!(
        body("x = -9223372036854775808"),
        lines(&["LOAD_CONST -9223372036854775808", "STORE_GLOBAL x",])
    );
}

#[test]
fn if_elif_else() {
    assert_eq!(
        body("if a:\n    x()\nelif b:\n    y()\nelse:\n    z()"),
        lines(&[
            "LOAD_GLOBAL a",
            "POP_JUMP_IF_FALSE -> 7",
            "LOAD_GLOBAL x",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_FORWARD -> 18",
            "LOAD_GLOBAL b",
            "POP_JUMP_IF_FALSE -> 14",
            "LOAD_GLOBAL y",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_FORWARD -> 18",
            "LOAD_GLOBAL z",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
        ])
    );
}

#[test]
fn condition_with_and_or_not() {
    assert_eq!(
        body("if a and not b or c:\n    x()"),
        lines(&[
            "LOAD_GLOBAL a",
            "POP_JUMP_IF_FALSE -> 4",
            "LOAD_GLOBAL b",
            "POP_JUMP_IF_FALSE -> 6",
            "LOAD_GLOBAL c",
            "POP_JUMP_IF_FALSE -> 10",
            "LOAD_GLOBAL x",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
        ])
    );
}

#[test]
fn condition_with_walrus() {
    assert_eq!(
        body("if (n := f()) > 1:\n    x()"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "CALL 0",
            "COPY 1",
            "STORE_GLOBAL n",
            "LOAD_CONST 1",
            "COMPARE_OP >",
            "POP_JUMP_IF_FALSE -> 12",
            "LOAD_GLOBAL x",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
        ])
    );
}

#[test]
fn while_condition_and() {
    assert_eq!(
        body("while a and b:\n    x()"),
        lines(&[
            "LOAD_GLOBAL a",
            "POP_JUMP_IF_FALSE -> 9",
            "LOAD_GLOBAL b",
            "POP_JUMP_IF_FALSE -> 9",
            "LOAD_GLOBAL x",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_BACKWARD -> 0",
        ])
    );
}

#[test]
fn walrus_value() {
    assert_eq!(
        body("print(y := 2)"),
        lines(&[
            "LOAD_GLOBAL print",
            "PUSH_NULL",
            "LOAD_CONST 2",
            "COPY 1",
            "STORE_GLOBAL y",
            "CALL 1",
            "POP_TOP",
        ])
    );
}

#[test]
fn generator_function() {
    assert_eq!(
        ops_in(
            "def g():\n    x = yield 1\n    yield\n    yield from h()",
            "g"
        ),
        lines(&[
            "LOAD_CONST 1",
            "YIELD_VALUE",
            "STORE_FAST x",
            "LOAD_CONST None",
            "YIELD_VALUE",
            "POP_TOP",
            "LOAD_GLOBAL h",
            "PUSH_NULL",
            "CALL 0",
            "GET_YIELD_FROM_ITER",
            "LOAD_CONST None",
            "SEND -> 14",
            "YIELD_VALUE",
            "JUMP_BACKWARD -> 11",
            "POP_TOP",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn for_over_a_call_owns_the_iterator() {
    assert_eq!(
        body("for t in m.gen(a, (b, c)):\n    break"),
        lines(&[
            "LOAD_GLOBAL m",
            "LOAD_METHOD gen",
            "LOAD_GLOBAL a",
            "LOAD_GLOBAL b",
            "LOAD_GLOBAL c",
            "BUILD_TUPLE 2",
            "CALL 2",
            "GET_ITER 1",
            "FOR_ITER -> 12",
            "STORE_GLOBAL t",
            "POP_ITER",
            "JUMP_FORWARD -> 12",
        ])
    );
    // Anything more than one call leaves the iterator unowned.
    assert!(body("for t in f() or g:\n    pass").contains("GET_ITER 0"));
    assert!(body("for t in f()[0]:\n    pass").contains("GET_ITER 0"));
}

#[test]
fn return_in_for_pops_iterator() {
    assert_eq!(
        ops_in("def f():\n    for x in y:\n        return x", "f"),
        lines(&[
            "LOAD_GLOBAL y",
            "GET_ITER 0",
            "FOR_ITER -> 8",
            "STORE_FAST x",
            "LOAD_FAST x",
            "SWAP 2",
            "POP_ITER",
            "RETURN_VALUE",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn break_in_nested_for() {
    assert_eq!(
        ops_in(
            "def f():\n    for a in b:\n        for c in d:\n            break",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL b",
            "GET_ITER 0",
            "FOR_ITER -> 11",
            "STORE_FAST a",
            "LOAD_GLOBAL d",
            "GET_ITER 0",
            "FOR_ITER -> 10",
            "STORE_FAST c",
            "POP_ITER",
            "JUMP_FORWARD -> 10",
            "JUMP_BACKWARD -> 2",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn try_except_named() {
    assert_eq!(
        ops_in(
            "def f():\n    try:\n        a()\n    except E as e:\n        b(e)\n    except F:\n        c()\n    else:\n        d()",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL a",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_FORWARD -> 38",
            "PUSH_EXC_INFO",
            "LOAD_GLOBAL E",
            "CHECK_EXC_MATCH",
            "POP_JUMP_IF_FALSE -> 24",
            "STORE_FAST e",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "LOAD_FAST e",
            "CALL 1",
            "POP_TOP",
            "POP_EXCEPT",
            "LOAD_CONST None",
            "STORE_FAST e",
            "DELETE_FAST e",
            "JUMP_FORWARD -> 42",
            "LOAD_CONST None",
            "STORE_FAST e",
            "DELETE_FAST e",
            "RERAISE",
            "LOAD_GLOBAL F",
            "CHECK_EXC_MATCH",
            "POP_JUMP_IF_FALSE -> 34",
            "POP_TOP",
            "LOAD_GLOBAL c",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "POP_EXCEPT",
            "JUMP_FORWARD -> 42",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "LOAD_GLOBAL d",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn try_finally() {
    assert_eq!(
        ops_in(
            "def f():\n    try:\n        a()\n    finally:\n        b()",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL a",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_FORWARD -> 18",
            "PUSH_EXC_INFO",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn return_through_finally() {
    assert_eq!(
        ops_in(
            "def f():\n    try:\n        return a()\n    finally:\n        b()",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL a",
            "PUSH_NULL",
            "CALL 0",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "RETURN_VALUE",
            "PUSH_EXC_INFO",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
        ])
    );
}

#[test]
fn break_through_finally() {
    assert_eq!(
        ops_in(
            "def f():\n    for x in y:\n        try:\n            break\n        finally:\n            b()",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL y",
            "GET_ITER 0",
            "FOR_ITER -> 15",
            "STORE_FAST x",
            "LOAD_GLOBAL b",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "POP_ITER",
            "JUMP_FORWARD -> 15",
            "PUSH_EXC_INFO",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn return_in_except() {
    assert_eq!(
        ops_in(
            "def f():\n    try:\n        a()\n    except E as e:\n        return e",
            "f"
        ),
        lines(&[
            "LOAD_GLOBAL a",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "JUMP_FORWARD -> 30",
            "PUSH_EXC_INFO",
            "LOAD_GLOBAL E",
            "CHECK_EXC_MATCH",
            "POP_JUMP_IF_FALSE -> 26",
            "STORE_FAST e",
            "LOAD_FAST e",
            "SWAP 2",
            "POP_EXCEPT",
            "LOAD_CONST None",
            "STORE_FAST e",
            "DELETE_FAST e",
            "RETURN_VALUE",
            "POP_EXCEPT",
            "LOAD_CONST None",
            "STORE_FAST e",
            "DELETE_FAST e",
            "JUMP_FORWARD -> 30",
            "LOAD_CONST None",
            "STORE_FAST e",
            "DELETE_FAST e",
            "RERAISE",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn with_statement() {
    assert_eq!(
        ops_in("def f():\n    with a as b:\n        c()", "f"),
        lines(&[
            "LOAD_GLOBAL a",
            "BEFORE_WITH",
            "STORE_FAST b",
            "LOAD_GLOBAL c",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "PUSH_NULL",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "CALL 3",
            "POP_TOP",
            "JUMP_FORWARD -> 25",
            "PUSH_EXC_INFO",
            "WITH_EXCEPT_START",
            "POP_JUMP_IF_TRUE -> 21",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "POP_TOP",
            "POP_EXCEPT",
            "POP_TOP",
            "POP_TOP",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn return_in_with() {
    assert_eq!(
        ops_in("def f():\n    with a() as b:\n        return b", "f"),
        lines(&[
            "LOAD_GLOBAL a",
            "PUSH_NULL",
            "CALL 0",
            "BEFORE_WITH",
            "STORE_FAST b",
            "LOAD_FAST b",
            "SWAP 2",
            "PUSH_NULL",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "CALL 3",
            "POP_TOP",
            "RETURN_VALUE",
            "PUSH_EXC_INFO",
            "WITH_EXCEPT_START",
            "POP_JUMP_IF_TRUE -> 21",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "POP_TOP",
            "POP_EXCEPT",
            "POP_TOP",
            "POP_TOP",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn with_two_items() {
    assert_eq!(
        ops_in("def f():\n    with a, b as c:\n        d()", "f"),
        lines(&[
            "LOAD_GLOBAL a",
            "BEFORE_WITH",
            "POP_TOP",
            "LOAD_GLOBAL b",
            "BEFORE_WITH",
            "STORE_FAST c",
            "LOAD_GLOBAL d",
            "PUSH_NULL",
            "CALL 0",
            "POP_TOP",
            "PUSH_NULL",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "CALL 3",
            "POP_TOP",
            "JUMP_FORWARD -> 28",
            "PUSH_EXC_INFO",
            "WITH_EXCEPT_START",
            "POP_JUMP_IF_TRUE -> 24",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "POP_TOP",
            "POP_EXCEPT",
            "POP_TOP",
            "POP_TOP",
            "PUSH_NULL",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "LOAD_CONST None",
            "CALL 3",
            "POP_TOP",
            "JUMP_FORWARD -> 46",
            "PUSH_EXC_INFO",
            "WITH_EXCEPT_START",
            "POP_JUMP_IF_TRUE -> 42",
            "RERAISE",
            "COPY 3",
            "POP_EXCEPT",
            "RERAISE",
            "POP_TOP",
            "POP_EXCEPT",
            "POP_TOP",
            "POP_TOP",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn nested_closure() {
    assert_eq!(
        ops_in(
            "def f():\n    x = 1\n    def g():\n        return x\n    return g",
            "f.<locals>.g"
        ),
        lines(&["LOAD_DEREF x", "RETURN_VALUE",])
    );
}

#[test]
fn closure_owner() {
    assert_eq!(
        ops_in(
            "def f():\n    x = 1\n    def g():\n        return x\n    return g",
            "f"
        ),
        lines(&[
            "LOAD_CONST 1",
            "STORE_DEREF x",
            "LOAD_CLOSURE x",
            "BUILD_TUPLE 1",
            "LOAD_CONST <code object g>",
            "MAKE_FUNCTION 8",
            "STORE_FAST g",
            "LOAD_FAST g",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn nonlocal_augmented() {
    assert_eq!(
        ops_in(
            "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g",
            "f.<locals>.g"
        ),
        lines(&[
            "LOAD_DEREF x",
            "LOAD_CONST 1",
            "BINARY_OP +=",
            "STORE_DEREF x",
            "LOAD_CONST None",
            "RETURN_VALUE",
        ])
    );
}

#[test]
fn keyword_only_and_posonly_call() {
    assert_eq!(
        body("f(1, 2, x=3, y=4)"),
        lines(&[
            "LOAD_GLOBAL f",
            "PUSH_NULL",
            "LOAD_CONST 1",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "LOAD_CONST 4",
            "LOAD_CONST ('x', 'y')",
            "CALL_KW 4",
            "POP_TOP",
        ])
    );
}

#[test]
fn long_list_builds_incrementally() {
    assert_eq!(
        body(
            "x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]"
        ),
        lines(&[
            "LOAD_CONST 1",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "LOAD_CONST 4",
            "LOAD_CONST 5",
            "LOAD_CONST 6",
            "LOAD_CONST 7",
            "LOAD_CONST 8",
            "LOAD_CONST 9",
            "LOAD_CONST 10",
            "LOAD_CONST 11",
            "LOAD_CONST 12",
            "LOAD_CONST 13",
            "LOAD_CONST 14",
            "LOAD_CONST 15",
            "LOAD_CONST 16",
            "LOAD_CONST 17",
            "LOAD_CONST 18",
            "LOAD_CONST 19",
            "LOAD_CONST 20",
            "LOAD_CONST 21",
            "LOAD_CONST 22",
            "LOAD_CONST 23",
            "LOAD_CONST 24",
            "LOAD_CONST 25",
            "LOAD_CONST 26",
            "LOAD_CONST 27",
            "LOAD_CONST 28",
            "LOAD_CONST 29",
            "LOAD_CONST 30",
            "BUILD_LIST 30",
            "LOAD_CONST 31",
            "LIST_APPEND 1",
            "LOAD_CONST 32",
            "LIST_APPEND 1",
            "STORE_GLOBAL x",
        ])
    );
}

#[test]
fn comprehension_in_class_sees_first_iterable_only() {
    assert_eq!(
        body("class C:\n    xs = [y for y in range(3)]"),
        lines(&[
            "LOAD_BUILD_CLASS",
            "PUSH_NULL",
            "LOAD_CONST <code object C>",
            "MAKE_FUNCTION 0",
            "LOAD_CONST 'C'",
            "CALL 2",
            "STORE_GLOBAL C",
        ])
    );
}

#[test]
fn print_expression_statement_pops() {
    assert_eq!(body("x"), lines(&["LOAD_GLOBAL x", "POP_TOP",]));
}

/// Exception-table rows of a code object as `(start, end, target, depth, lasti)`.
fn table(src: &str, qualname: &str) -> Vec<(u32, u32, u32, u32, bool)> {
    let (rec, _) = compiled(src);
    let code = &rec.codes[find(&rec, qualname)];
    let at = |unit| instr_index(&code.code, unit);
    code.exceptions
        .iter()
        .map(|e| (at(e.start), at(e.end), at(e.target), e.depth, e.push_lasti))
        .collect()
}

#[test]
fn try_except_table_follows_cpython() {
    let src = "def f():\n    try:\n        a()\n    except E as e:\n        b(e)\n    except F:\n        c()\n    else:\n        d()";
    assert_eq!(
        table(src, "f"),
        vec![
            (0, 4, 5, 0, false),   // body → except
            (5, 10, 35, 1, true),  // PUSH_EXC_INFO .. STORE e → cleanup
            (10, 15, 20, 1, true), // named handler body → cleanup_e
            (20, 32, 35, 1, true), // cleanup_e, next clause and its body → cleanup
            (34, 35, 35, 1, true), // the no-match RERAISE → cleanup
        ]
    );
}

#[test]
fn try_finally_table_follows_cpython() {
    let src = "def f():\n    try:\n        a()\n    finally:\n        b()";
    assert_eq!(
        table(src, "f"),
        vec![(0, 4, 9, 0, false), (9, 15, 15, 1, true)]
    );
}

#[test]
fn with_table_follows_cpython() {
    let src = "def f():\n    with a as b:\n        c()";
    assert_eq!(
        table(src, "f"),
        vec![
            (2, 7, 14, 1, true),
            (14, 18, 18, 3, true),
            (21, 22, 18, 3, true)
        ]
    );
}

#[test]
fn return_inside_try_finally_leaves_the_copy_unprotected() {
    let src = "def f():\n    try:\n        return a()\n    finally:\n        b()";
    assert_eq!(
        table(src, "f"),
        vec![(0, 3, 8, 0, false), (8, 14, 14, 1, true)]
    );
}

#[test]
fn handler_depth_counts_values_below_the_try() {
    let src = "def f():\n    for x in y:\n        try:\n            a()\n        except:\n            pass";
    let rows = table(src, "f");
    assert_eq!(
        rows[0].3, 1,
        "the for loop's iterator stays below the handler: {rows:?}"
    );
}

#[test]
fn single_mode_prints_expression_statements() {
    let (rec, top) = compile_mode("1 + 2\nfor i in x: i\n", crate::compile::Mode::Single).unwrap();
    let listing = ops_of(&rec, top);
    assert_eq!(listing.matches("PRINT_EXPR").count(), 2, "{listing}");
    assert!(!listing.contains("POP_TOP\n"), "{listing}");
}

#[test]
fn single_mode_does_not_print_inside_functions() {
    let (rec, _) = compile_mode("def f():\n    1\n", crate::compile::Mode::Single).unwrap();
    let listing = ops_of(&rec, find(&rec, "f"));
    assert!(!listing.contains("PRINT_EXPR"), "{listing}");
}

#[test]
fn code_object_metadata() {
    let (rec, _) =
        compiled("def f(a, b, /, c, *args, d, e=1, **kw):\n    x = 1\n    def g(): return x\n");
    let f = &rec.codes[find(&rec, "f")];
    assert_eq!(f.arg_count, 3);
    assert_eq!(f.posonly_count, 2);
    assert_eq!(f.kwonly_count, 2);
    assert_eq!(
        f.flags,
        crate::compile::code_flags::VARARGS | crate::compile::code_flags::VARKEYWORDS
    );
    assert_eq!(
        f.slot_names,
        ["a", "b", "c", "d", "e", "args", "kw", "x", "g"]
    );
    assert_eq!(f.slot_kinds[7], crate::compile::SlotKind::Cell);
    assert_eq!(f.first_line, 1);
    assert_eq!(f.kind, crate::compile::CodeKind::Function);
    let g = &rec.codes[find(&rec, "f.<locals>.g")];
    assert_eq!(g.slot_names, ["x"]);
    assert_eq!(g.slot_kinds, [crate::compile::SlotKind::Free]);
    assert_eq!(g.first_line, 3);
}

#[test]
fn generator_flags() {
    let (rec, _) = compiled(
        "def g():\n    yield 1\ndef h():\n    return 1\nx = (i for i in y)\nl = lambda: (yield)",
    );
    let generator = crate::compile::code_flags::GENERATOR;
    assert_eq!(rec.codes[find(&rec, "g")].flags & generator, generator);
    assert_eq!(rec.codes[find(&rec, "h")].flags & generator, 0);
    assert_eq!(
        rec.codes[find(&rec, "<genexpr>")].flags & generator,
        generator
    );
    assert_eq!(
        rec.codes[find(&rec, "<lambda>")].flags & generator,
        generator
    );
}

#[test]
fn lambda_in_function_body_pre_pass_does_not_make_the_function_a_generator() {
    let (rec, _) = compiled("def f():\n    return lambda: (yield)\n");
    assert_eq!(
        rec.codes[find(&rec, "f")].flags & crate::compile::code_flags::GENERATOR,
        0
    );
}

#[test]
fn line_numbers_follow_subexpressions() {
    let (rec, top) = compiled("x = f(\n    a,\n    b)\ny = 2\n");
    let code = &rec.codes[top];
    let lines: Vec<(u32, u32)> = code
        .lines
        .iter()
        .map(|l| (instr_index(&code.code, l.start), l.line))
        .collect();
    // f, PUSH_NULL on 1; a on 2; b on 3; CALL and the store back on 1; y = 2 on 4.
    assert_eq!(lines, vec![(0, 1), (2, 2), (3, 3), (4, 1), (6, 4)]);
}

#[test]
fn conditional_expression_keeps_line_numbers_with_their_code() {
    let (rec, top) = compiled("x = (a\n     if c\n     else b)\n");
    let code = &rec.codes[top];
    let lines: Vec<(u32, u32)> = code
        .lines
        .iter()
        .map(|l| (instr_index(&code.code, l.start), l.line))
        .collect();
    // c (line 2) moved in front of a (line 1).
    assert_eq!(lines[0], (0, 2));
    assert_eq!(lines[1], (2, 1));
}

#[test]
fn constants_are_shared() {
    let (rec, top) = compiled("a = 'x'\nb = 'x'\nc = 1\nd = 1.0\ne = True\nf = 1\n");
    let consts = &rec.codes[top].consts;
    assert_eq!(
        consts
            .iter()
            .filter(|c| **c == OwnedConst::Str("x".into()))
            .count(),
        1
    );
    assert_eq!(
        consts.iter().filter(|c| **c == OwnedConst::Int(1)).count(),
        1
    );
    assert!(consts.contains(&OwnedConst::Float(1.0)));
    assert!(consts.contains(&OwnedConst::Bool(true)));
}

#[test]
fn string_escapes_are_decoded() {
    let (rec, top) = compiled("a = 'x\\ty'\nb = r'x\\ty'\nc = '''multi\nline'''\n");
    let consts = &rec.codes[top].consts;
    assert!(consts.contains(&OwnedConst::Str("x\ty".into())));
    assert!(consts.contains(&OwnedConst::Str("x\\ty".into())));
    assert!(consts.contains(&OwnedConst::Str("multi\nline".into())));
}

#[test]
fn stack_size_is_the_deepest_point() {
    let (rec, top) = compiled("f(a, b, (c, d, e))\n");
    assert_eq!(rec.codes[top].stack_size, 7);
}

#[test]
fn fstring_fields_may_span_lines() {
    let (rec, top) = compiled("y = 1\ns = f\"\"\"a\n{y\n + 1}\"\"\"\n");
    let code = &rec.codes[top];
    assert!(
        ops_of(&rec, top).contains("LOAD_GLOBAL y\nLOAD_CONST 1\nBINARY_OP +\nFORMAT_VALUE 0\n")
    );
    let lines: Vec<u32> = code.lines.iter().map(|l| l.line).collect();
    assert_eq!(&lines[..4], &[1, 2, 3, 4]);
}

#[test]
fn fstring_nested_spec_and_quotes() {
    assert_eq!(
        body("f\"{x:{w}.{p}f}{d['k']!s}\""),
        lines(&[
            "LOAD_GLOBAL x",
            "LOAD_GLOBAL w",
            "FORMAT_VALUE 0",
            "LOAD_CONST '.'",
            "LOAD_GLOBAL p",
            "FORMAT_VALUE 0",
            "LOAD_CONST 'f'",
            "BUILD_STRING 4",
            "FORMAT_VALUE 4",
            "LOAD_GLOBAL d",
            "LOAD_CONST 'k'",
            "BINARY_SUBSCR",
            "FORMAT_VALUE 1",
            "BUILD_STRING 2",
            "POP_TOP",
        ])
    );
}

#[test]
fn decorated_class() {
    assert_eq!(
        body("@d\nclass C: pass"),
        lines(&[
            "LOAD_GLOBAL d",
            "PUSH_NULL",
            "LOAD_BUILD_CLASS",
            "PUSH_NULL",
            "LOAD_CONST <code object C>",
            "MAKE_FUNCTION 0",
            "LOAD_CONST 'C'",
            "CALL 2",
            "CALL 1",
            "STORE_GLOBAL C",
        ])
    );
}

#[test]
fn parenthesized_with_items() {
    let listing = ops_in("def f():\n    with (a as b, c as d,):\n        pass\n", "f");
    assert_eq!(listing.matches("BEFORE_WITH").count(), 2, "{listing}");
    assert!(
        listing.contains("STORE_FAST b\nLOAD_GLOBAL c\nBEFORE_WITH\nSTORE_FAST d\n"),
        "{listing}"
    );
}

#[test]
fn return_inside_exception_path_finally() {
    // A return in a finally body on the exception path drops the exception first.
    let listing = ops_in(
        "def f():\n    try:\n        a()\n    finally:\n        return 1\n",
        "f",
    );
    assert!(
        listing.contains(
            "PUSH_EXC_INFO\nLOAD_CONST 1\nSWAP 2\nPOP_TOP\nSWAP 2\nPOP_EXCEPT\nRETURN_VALUE\n"
        ),
        "{listing}"
    );
}
