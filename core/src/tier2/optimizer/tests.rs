//! The optimizer on hand-made traces, and its in-place bound on random ones.

use super::*;
use proptest::prelude::*;

/// A uop of recorded instruction `step`.
fn uop(uop: Uop, step: u16, oparg: u32) -> UopInst {
    UopInst {
        uop,
        step,
        oparg,
        target: u32::from(step),
        operand: 0,
    }
}

/// Snapshots: step 0..10 are int constants' (`LOAD_CONST`) or keys guards' with version 7;
/// step 20 has keys version 8.
fn site(step: u16) -> [u32; SITE_UNITS] {
    let mut units = [0; SITE_UNITS];
    match step {
        20 => {
            units[1 + KEYS] = 8;
            units[1 + BUILTIN_KEYS] = 8;
        }
        30 => units[1] = const_kind::STR,
        // Loads the VM let the optimizer fold: an object, an int, a class method passing
        // the class as self (aux 1).
        40 => units[FOLD] = const_kind::OBJECT,
        41 => units[FOLD] = const_kind::INT,
        42 => {
            units[1] = 1 << 16;
            units[FOLD] = const_kind::OBJECT;
        }
        _ => {
            units[1] = const_kind::INT;
            units[1 + KEYS] = 7;
            units[1 + BUILTIN_KEYS] = 7;
        }
    }
    units
}

fn names(uops: &[UopInst]) -> Vec<&'static str> {
    uops.iter().map(|u| u.uop.name()).collect()
}

fn run(trace: &[UopInst]) -> (Vec<UopInst>, Removed) {
    let mut uops = trace.to_vec();
    let (len, removed) = optimize(&mut uops, site).expect("optimizes");
    uops.truncate(len);
    (uops, removed)
}

#[test]
fn a_guard_on_values_the_trace_computed_is_dropped_and_constants_fold() {
    // x + 1 + 2
    let trace = [
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::LOAD_CONST, 2, 0),
        uop(Uop::GUARD_BOTH_INT, 3, 0),
        uop(Uop::BINARY_OP_ADD_INT, 3, 0),
        uop(Uop::LOAD_CONST, 4, 1),
        uop(Uop::GUARD_BOTH_INT, 5, 0),
        uop(Uop::BINARY_OP_ADD_INT, 5, 0),
        uop(Uop::EXIT_TRACE, 6, 0),
    ];
    let (uops, removed) = run(&trace);
    // The first guard goes because the addition checks its operands itself, the second
    // because both operands are known ints.
    assert_eq!(
        names(&uops),
        [
            "_LOAD_FAST",
            "_LOAD_CONST_INLINE",
            "_BINARY_OP_ADD_INT",
            "_LOAD_CONST_INLINE",
            "_BINARY_OP_ADD_INT",
            "_EXIT_TRACE",
        ]
    );
    assert_eq!(uops[1].oparg, const_kind::INT);
    assert_eq!(removed.guards, 2);
    assert_eq!(removed.consts, 2);
}

#[test]
fn a_guard_stays_before_an_operation_that_does_not_check_or_exits_elsewhere() {
    let mut string_concat = [
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::LOAD_FAST, 1, 1),
        uop(Uop::GUARD_BOTH_STR, 2, 0),
        uop(Uop::BINARY_OP_ADD_STR, 2, 0),
        uop(Uop::EXIT_TRACE, 3, 0),
    ];
    let (len, removed) = optimize(&mut string_concat, site).unwrap();
    assert_eq!((len, removed.guards), (5, 0));
    let mut other_target = [
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::LOAD_FAST, 1, 1),
        uop(Uop::GUARD_BOTH_INT, 2, 0),
        uop(Uop::BINARY_OP_ADD_INT, 3, 0),
        uop(Uop::EXIT_TRACE, 4, 0),
    ];
    let (len, removed) = optimize(&mut other_target, site).unwrap();
    assert_eq!((len, removed.guards), (5, 0));
}

#[test]
fn a_guard_teaches_the_locals_its_values_came_from() {
    let load_both = [uop(Uop::LOAD_FAST, 1, 0), uop(Uop::LOAD_FAST, 1, 1)];
    let mut trace = Vec::new();
    trace.extend(load_both);
    trace.push(uop(Uop::GUARD_BOTH_FLOAT, 2, 0));
    trace.push(uop(Uop::BINARY_OP_MULTIPLY_FLOAT, 12, 0));
    trace.push(uop(Uop::POP_TOP, 3, 0));
    trace.extend(load_both);
    trace.push(uop(Uop::GUARD_BOTH_FLOAT, 4, 0));
    trace.push(uop(Uop::BINARY_OP_ADD_FLOAT, 14, 0));
    // Storing an unknown value in local 0 forgets what it was.
    trace.push(uop(Uop::LOAD_GLOBAL_MODULE, 5, 0));
    trace.push(uop(Uop::STORE_FAST, 5, 0));
    trace.extend(load_both);
    trace.push(uop(Uop::GUARD_BOTH_FLOAT, 6, 0));
    trace.push(uop(Uop::JUMP_TO_TOP, 7, 0));
    let (uops, removed) = run(&trace);
    let guards = uops
        .iter()
        .filter(|u| u.uop == Uop::GUARD_BOTH_FLOAT)
        .count();
    assert_eq!(guards, 2, "{:?}", names(&uops));
    assert_eq!(removed.guards, 1);
}

#[test]
fn a_comparison_needs_no_bool_check() {
    let trace = [
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::LOAD_FAST, 1, 1),
        uop(Uop::GUARD_BOTH_INT, 2, 0),
        uop(Uop::COMPARE_OP_INT, 12, 0),
        uop(Uop::TO_BOOL_BOOL, 3, 0),
        uop(Uop::GUARD_IS_TRUE_POP, 3, 0),
        uop(Uop::EXIT_TRACE, 4, 0),
    ];
    let (uops, _) = run(&trace);
    assert!(!names(&uops).contains(&"_TO_BOOL_BOOL"));
}

#[test]
fn repeated_keys_guards_go_until_something_may_store_a_name() {
    let trace = [
        uop(Uop::GUARD_GLOBALS_KEYS, 1, 0),
        uop(Uop::LOAD_GLOBAL_MODULE, 1, 0),
        uop(Uop::GUARD_GLOBALS_KEYS, 2, 0),
        uop(Uop::LOAD_GLOBAL_MODULE, 2, 0),
        // Another version: kept.
        uop(Uop::GUARD_GLOBALS_KEYS, 20, 0),
        uop(Uop::LOAD_GLOBAL_MODULE, 20, 0),
        uop(Uop::CALL_BUILTIN, 21, 1),
        // After a call that may run code: kept.
        uop(Uop::GUARD_GLOBALS_KEYS, 20, 0),
        uop(Uop::LOAD_GLOBAL_MODULE, 20, 0),
        uop(Uop::EXIT_TRACE, 22, 0),
    ];
    let (uops, removed) = run(&trace);
    let guards = uops
        .iter()
        .filter(|u| u.uop == Uop::GUARD_GLOBALS_KEYS)
        .count();
    assert_eq!(guards, 3);
    assert_eq!(removed.keys_guards, 1);
}

#[test]
fn validity_is_checked_once_per_stretch_of_code_that_may_change_it() {
    let trace = [
        uop(Uop::CALL_BUILTIN, 1, 0),
        uop(Uop::CHECK_VALIDITY, 1, 0),
        uop(Uop::POP_TOP, 2, 0),
        uop(Uop::CHECK_VALIDITY, 2, 0),
        uop(Uop::BINARY_OP, 3, 0),
        uop(Uop::CHECK_VALIDITY, 3, 0),
        uop(Uop::EXIT_TRACE, 4, 0),
    ];
    let (uops, removed) = run(&trace);
    assert_eq!(removed.bookkeeping, 1);
    assert_eq!(
        uops.iter().filter(|u| u.uop == Uop::CHECK_VALIDITY).count(),
        2
    );
}

#[test]
fn a_callee_starts_knowing_nothing_and_the_caller_keeps_what_it_knew() {
    let trace = [
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::LOAD_FAST, 1, 1),
        uop(Uop::GUARD_BOTH_INT, 2, 0),
        uop(Uop::PUSH_NULL, 3, 0),
        uop(Uop::LOAD_FAST, 3, 2),
        uop(Uop::LOAD_FAST, 3, 0),
        uop(Uop::INIT_CALL_PY, 4, 1),
        uop(Uop::PUSH_FRAME, 4, 1),
        // In the callee: local 0 is unknown, so this guard stays.
        uop(Uop::LOAD_FAST, 5, 0),
        uop(Uop::LOAD_FAST, 5, 0),
        uop(Uop::GUARD_BOTH_INT, 6, 0),
        uop(Uop::BINARY_OP_ADD_INT, 16, 0),
        uop(Uop::POP_FRAME, 7, 0),
        uop(Uop::POP_TOP, 8, 0),
        // Back in the caller: the two ints are still there and known.
        uop(Uop::GUARD_BOTH_INT, 9, 0),
        uop(Uop::JUMP_TO_TOP, 10, 0),
    ];
    let (uops, removed) = run(&trace);
    assert_eq!(removed.guards, 1);
    assert_eq!(
        uops.iter().filter(|u| u.uop == Uop::GUARD_BOTH_INT).count(),
        2
    );
}

/// A uop of step `step` with `operand`.
fn with_operand(u: Uop, step: u16, oparg: u32, operand: u64) -> UopInst {
    UopInst {
        operand,
        ..uop(u, step, oparg)
    }
}

#[test]
fn folded_globals_become_constants_without_their_keys_guards() {
    // f = F; n = N + N (a global function, a builtin int)
    let trace = [
        uop(Uop::GUARD_GLOBALS_KEYS, 40, 0),
        with_operand(Uop::LOAD_GLOBAL_MODULE, 40, 0, 0x1000),
        uop(Uop::STORE_FAST, 1, 0),
        uop(Uop::GUARD_GLOBALS_KEYS, 41, 0),
        uop(Uop::GUARD_BUILTINS_KEYS, 41, 0),
        with_operand(Uop::LOAD_GLOBAL_BUILTIN, 41, 0, 5),
        uop(Uop::GUARD_GLOBALS_KEYS, 41, 0),
        uop(Uop::GUARD_BUILTINS_KEYS, 41, 0),
        with_operand(Uop::LOAD_GLOBAL_BUILTIN, 41, 0, 5),
        uop(Uop::GUARD_BOTH_INT, 5, 0),
        uop(Uop::BINARY_OP, 5, 0),
        uop(Uop::EXIT_TRACE, 6, 0),
    ];
    let (uops, removed) = run(&trace);
    assert_eq!(
        names(&uops),
        [
            "_LOAD_CONST_INLINE",
            "_STORE_FAST",
            "_LOAD_CONST_INLINE",
            "_LOAD_CONST_INLINE",
            "_BINARY_OP",
            "_EXIT_TRACE",
        ]
    );
    assert_eq!(
        (uops[0].oparg, uops[0].operand),
        (const_kind::OBJECT, 0x1000)
    );
    assert_eq!((uops[2].oparg, uops[2].operand), (const_kind::INT, 5));
    assert_eq!(removed.globals, 3);
    assert_eq!(removed.keys_guards, 5);
    // Both operands are folded ints.
    assert_eq!(removed.guards, 1);
}

#[test]
fn an_attribute_of_a_folded_module_or_class_folds_too() {
    // math.floor(x); math.pi; C.method() with the class as self
    let trace = [
        uop(Uop::GUARD_GLOBALS_KEYS, 40, 0),
        with_operand(Uop::LOAD_GLOBAL_MODULE, 40, 0, 0x1000),
        with_operand(Uop::LOAD_METHOD_MODULE, 40, 0, 0x2000),
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::CALL_BUILTIN, 7, 1),
        uop(Uop::POP_TOP, 7, 0),
        uop(Uop::GUARD_GLOBALS_KEYS, 40, 0),
        with_operand(Uop::LOAD_GLOBAL_MODULE, 40, 0, 0x1000),
        with_operand(Uop::LOAD_ATTR_MODULE, 41, 0, 3),
        uop(Uop::POP_TOP, 7, 0),
        uop(Uop::GUARD_GLOBALS_KEYS, 40, 0),
        with_operand(Uop::LOAD_GLOBAL_MODULE, 40, 0, 0x3000),
        with_operand(Uop::LOAD_METHOD_CLASS, 42, 0, 0x4000),
        uop(Uop::EXIT_TRACE, 8, 0),
    ];
    let (uops, removed) = run(&trace);
    assert_eq!(
        names(&uops),
        [
            "_LOAD_CONST_INLINE",
            "_PUSH_NULL",
            "_LOAD_FAST",
            "_CALL_BUILTIN",
            "_POP_TOP",
            "_LOAD_CONST_INLINE",
            "_POP_TOP",
            "_LOAD_CONST_INLINE",
            "_LOAD_CONST_INLINE",
            "_EXIT_TRACE",
        ]
    );
    let pushed: Vec<_> = uops
        .iter()
        .filter(|u| u.uop == Uop::LOAD_CONST_INLINE)
        .map(|u| (u.oparg, u.operand))
        .collect();
    assert_eq!(
        pushed,
        [
            (const_kind::OBJECT, 0x2000),
            (const_kind::INT, 3),
            (const_kind::OBJECT, 0x4000),
            // The class itself, as self.
            (const_kind::OBJECT, 0x3000),
        ]
    );
    assert_eq!(removed.attrs, 3);
}

#[test]
fn an_attribute_of_an_owner_that_is_not_a_constant_keeps_its_guards() {
    let trace = [
        uop(Uop::LOAD_FAST, 1, 0),
        with_operand(Uop::LOAD_ATTR_MODULE, 41, 0, 3),
        uop(Uop::LOAD_FAST, 1, 0),
        uop(Uop::GUARD_BOTH_INT, 5, 0),
        with_operand(Uop::LOAD_METHOD_CLASS, 42, 0, 0x4000),
        uop(Uop::EXIT_TRACE, 8, 0),
    ];
    let (uops, removed) = run(&trace);
    assert_eq!(
        names(&uops),
        [
            "_LOAD_FAST",
            "_LOAD_ATTR_MODULE",
            "_LOAD_FAST",
            "_GUARD_BOTH_INT",
            "_LOAD_METHOD_CLASS",
            "_EXIT_TRACE",
        ]
    );
    assert_eq!(removed.attrs, 0);
}

#[test]
fn traces_it_cannot_model_are_rejected() {
    let mut deep = vec![uop(Uop::LOAD_FAST, 1, 0); STACK + 1];
    deep.push(uop(Uop::EXIT_TRACE, 2, 0));
    assert_eq!(optimize(&mut deep, site).err(), Some(Reject::StackTooDeep));
    let mut frames = Vec::new();
    for _ in 0..FRAMES {
        frames.push(uop(Uop::INIT_CALL_PY, 1, 0));
        frames.push(uop(Uop::PUSH_FRAME, 1, 0));
    }
    frames.push(uop(Uop::EXIT_TRACE, 2, 0));
    assert_eq!(
        optimize(&mut frames, site).err(),
        Some(Reject::FramesTooDeep)
    );
}

/// Uops the table produces, for random traces.
fn any_uop() -> impl Strategy<Value = UopInst> {
    let uops: Vec<Uop> = Uop::ALL
        .iter()
        .copied()
        .filter(|u| {
            !u.is_terminator()
                && !matches!(
                    u,
                    Uop::BRANCH_ON_BOOL | Uop::PUSH_FRAME | Uop::POP_FRAME | Uop::INIT_CALL_PY
                )
        })
        .collect();
    (prop::sample::select(uops), 0u16..32, 0u32..4).prop_map(|(u, step, oparg)| uop(u, step, oparg))
}

proptest! {
    #[test]
    fn the_output_is_an_ordered_subset_of_the_input_ending_the_same(
        body in prop::collection::vec(any_uop(), 0..200),
    ) {
        let mut trace = body.clone();
        trace.push(uop(Uop::JUMP_TO_TOP, 99, 0));
        let input = trace.clone();
        let Ok((len, removed)) = optimize(&mut trace, site) else {
            return Ok(());
        };
        prop_assert!(len <= input.len());
        prop_assert_eq!(trace[len - 1].uop, Uop::JUMP_TO_TOP);
        let dropped = (removed.guards + removed.keys_guards + removed.bookkeeping) as usize;
        prop_assert_eq!(len + dropped, input.len());
        // In order, each output uop is its input uop (a constant maybe folded).
        let mut from = 0;
        for out in &trace[..len] {
            let at = input[from..]
                .iter()
                .position(|i| i.step == out.step
                    && (i.uop == out.uop
                        || (i.uop == Uop::LOAD_CONST && out.uop == Uop::LOAD_CONST_INLINE)))
                .map(|p| p + from);
            prop_assert!(at.is_some(), "{:?} not in the input after {}", out, from);
            from = at.unwrap_or(from) + 1;
        }
    }
}
