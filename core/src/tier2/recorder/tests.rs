//! The recorder's accounting, and property tests of the buffer proof.

use super::*;
use proptest::prelude::*;

/// A plain instruction at `at` that falls through.
fn instr(opcode: Opcode, at: u32) -> Instr {
    Instr {
        opcode,
        oparg: 0,
        at,
        fall_to: at + 1 + opcode.cache_units(),
        jump_to: at + 1 + opcode.cache_units(),
        history: 0,
        jump_if_true: false,
        unstable: false,
        enters_executor: false,
        at_trace_start: false,
        blocked: false,
        operand: 0,
        units: [0; SITE_UNITS],
    }
}

fn recorder(f0: u32) -> Box<Recorder> {
    let mut r = Box::new(Recorder::new());
    r.start(Tuning::derive(f0), false);
    r
}

/// Admits and records `instr`, which must be let through.
fn run(r: &mut Recorder, instr: &Instr, outcome: Outcome) {
    assert_eq!(r.admit(instr), None, "{:?}", instr.opcode);
    r.record(instr, outcome);
}

#[test]
fn tuning_derives_from_f0() {
    let t = Tuning::derive(400);
    assert_eq!(t.f0, 400);
    assert_eq!(t.side_f0, 320);
    assert_eq!(t.frame_penalty, 50);
    assert_eq!(t.underflow_penalty, 100);
    assert_eq!(t.branch_unbiased, 10);
    assert_eq!(t.backward_edge, 32);
    assert_eq!(t.eq_enter_executor, 200);
    assert_eq!(t.eq_backward_edge, 120);
    assert_eq!(t.eq_default, 80);
    assert_eq!(t.eq_unstable, 20);
    // Not a multiple of the depth: the penalty rounds up, so depth stays bounded.
    assert_eq!(Tuning::derive(999).frame_penalty, 125);
}

#[test]
fn out_of_range_fitness_is_an_error_with_a_clear_message() {
    assert_eq!(Tuning::new(99), Err(BadFitness { f0: 99 }));
    assert_eq!(Tuning::new(1001), Err(BadFitness { f0: 1001 }));
    assert!(Tuning::new(100).is_ok() && Tuning::new(1000).is_ok());
    assert_eq!(
        BadFitness { f0: 5 }.to_string(),
        "trace fitness 5 is out of range (allowed 100 to 1000)"
    );
}

#[test]
fn each_instruction_costs_its_slots_and_at_least_one() {
    let mut r = recorder(400);
    run(&mut r, &instr(Opcode::LOAD_FAST, 0), Outcome::Fell);
    assert_eq!(r.fitness(), 399);
    run(&mut r, &instr(Opcode::BINARY_OP_ADD_INT, 1), Outcome::Fell);
    assert_eq!(r.fitness(), 397);
    run(&mut r, &instr(Opcode::NOP, 3), Outcome::Fell);
    assert_eq!(r.fitness(), 396, "an empty expansion still costs 1");
    let names: Vec<_> = r.uops().iter().map(|u| u.uop.name()).collect();
    assert_eq!(
        names,
        ["_LOAD_FAST", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT"]
    );
    assert_eq!(r.steps().len(), 3);
    assert_eq!(r.steps()[1].fitness, 397);
    assert_eq!(r.steps()[1].first_uop, 1);
}

#[test]
fn branches_cost_by_how_unbiased_their_history_is() {
    let r = recorder(400);
    assert_eq!(r.branch_cost(0x0000), 0);
    assert_eq!(r.branch_cost(0xFFFF), 0);
    assert_eq!(r.branch_cost(0x5555), 10, "balanced: the whole extra");
    assert_eq!(r.branch_cost(0x000F), 5, "4 of 16 the other way: half");
    assert_eq!(r.branch_cost(0xFFF0), 5);
}

#[test]
fn a_branch_becomes_a_guard_on_the_direction_taken_exiting_the_other_way() {
    let mut r = recorder(400);
    let mut branch = instr(Opcode::POP_JUMP_IF_FALSE_BOOL, 10);
    branch.jump_to = 30;
    branch.history = 0xFFFF;
    run(&mut r, &branch, Outcome::Fell);
    assert_eq!(r.uops()[0].uop, Uop::TO_BOOL_BOOL);
    assert_eq!(
        r.uops()[0].target,
        10,
        "a type check re-runs the instruction"
    );
    assert_eq!(r.uops()[1].uop, Uop::GUARD_IS_TRUE_POP);
    assert_eq!(r.uops()[1].target, 30, "exits to the jump target");
    run(&mut r, &branch, Outcome::Jumped);
    assert_eq!(r.uops()[3].uop, Uop::GUARD_IS_FALSE_POP);
    assert_eq!(r.uops()[3].target, 12, "exits to the fall-through");
    assert_eq!(
        r.fitness(),
        400 - 2 - 2,
        "a fully biased branch costs its slots only"
    );
}

#[test]
fn a_fused_compare_guards_the_truth_that_keeps_the_recorded_path() {
    for (jump_if_true, outcome, guard) in [
        (false, Outcome::Fell, Uop::GUARD_IS_TRUE_POP),
        (false, Outcome::Jumped, Uop::GUARD_IS_FALSE_POP),
        (true, Outcome::Fell, Uop::GUARD_IS_FALSE_POP),
        (true, Outcome::Jumped, Uop::GUARD_IS_TRUE_POP),
    ] {
        let mut r = recorder(400);
        let mut cmp = instr(Opcode::COMPARE_OP_INT_JUMP, 4);
        cmp.jump_if_true = jump_if_true;
        cmp.jump_to = 40;
        run(&mut r, &cmp, outcome);
        let uops: Vec<_> = r.uops().iter().map(|u| u.uop).collect();
        assert_eq!(uops, [Uop::GUARD_BOTH_INT, Uop::COMPARE_OP_INT, guard]);
        assert_eq!(
            r.uops()[0].target,
            4,
            "a type guard re-runs the instruction"
        );
    }
}

#[test]
fn a_small_call_is_free_net_and_the_return_refunds_only_what_was_charged() {
    let mut r = recorder(400);
    run(
        &mut r,
        &instr(Opcode::CALL_PY_EXACT_ARGS, 0),
        Outcome::EnteredFrame,
    );
    assert_eq!(r.fitness(), 400 - 2 - 50);
    assert_eq!(r.depth(), 1);
    run(&mut r, &instr(Opcode::LOAD_CONST, 0), Outcome::Fell);
    run(&mut r, &instr(Opcode::RETURN_VALUE, 1), Outcome::Returned);
    assert_eq!(r.fitness(), 400 - 2 - 1 - 1, "the penalty came back");
    assert_eq!(r.depth(), 0);
    // Returning past the root costs its own penalty and refunds nothing.
    run(&mut r, &instr(Opcode::RETURN_VALUE, 5), Outcome::Returned);
    assert_eq!(r.fitness(), 396 - 1 - 100);
    assert_eq!(r.depth(), -1);
    // A frame entered after the underflow is refunded on its return all the same.
    run(
        &mut r,
        &instr(Opcode::CALL_PY_EXACT_ARGS, 0),
        Outcome::EnteredFrame,
    );
    run(&mut r, &instr(Opcode::RETURN_VALUE, 1), Outcome::Returned);
    assert_eq!(r.fitness(), 295 - 2 - 50 - 1 + 50);
}

#[test]
fn the_loop_closes_when_execution_comes_back_to_the_start() {
    let mut r = recorder(400);
    let mut head = instr(Opcode::LOAD_FAST, 0);
    head.at_trace_start = true;
    run(&mut r, &head, Outcome::Fell);
    run(&mut r, &instr(Opcode::JUMP_BACKWARD, 1), Outcome::Jumped);
    assert_eq!(r.fitness(), 400 - 1 - 1 - 32);
    assert_eq!(r.admit(&head), Some(End::Closed));
    assert_eq!(r.uops().last().unwrap().uop, Uop::JUMP_TO_TOP);
    assert_eq!(r.end(), Some((End::Closed, i32::MAX)));
}

#[test]
fn the_start_in_a_callee_frame_does_not_close_the_loop() {
    let mut r = recorder(400);
    let mut head = instr(Opcode::LOAD_FAST, 0);
    head.at_trace_start = true;
    run(&mut r, &head, Outcome::Fell);
    run(
        &mut r,
        &instr(Opcode::CALL_PY_EXACT_ARGS, 1),
        Outcome::EnteredFrame,
    );
    // Recursion: the callee runs the same code, but the trace is one frame deeper.
    assert_eq!(r.admit(&head), None);
}

#[test]
fn the_trace_ends_where_fitness_falls_below_exit_quality() {
    let mut r = recorder(100);
    // eq_default is 20: record plain 1-slot instructions until fitness is below it.
    let mut at = 0;
    loop {
        let i = instr(Opcode::LOAD_FAST, at);
        if let Some(end) = r.admit(&i) {
            assert_eq!(end, End::Fitness);
            break;
        }
        r.record(&i, Outcome::Fell);
        at += 1;
    }
    assert_eq!(r.fitness(), 19);
    assert_eq!(r.steps().len(), 81);
    let last = r.uops().last().unwrap();
    assert_eq!((last.uop, last.target), (Uop::EXIT_TRACE, 81));
    assert_eq!(r.end(), Some((End::Fitness, 20)));
}

#[test]
fn good_exits_end_the_trace_earlier_than_poor_ones() {
    let mut r = recorder(100);
    for at in 0..55 {
        run(&mut r, &instr(Opcode::LOAD_FAST, at), Outcome::Fell);
    }
    assert_eq!(r.fitness(), 45);
    // A still-specializing instruction (quality 5) and a plain one (20) are let through...
    let mut unstable = instr(Opcode::BINARY_OP, 55);
    unstable.unstable = true;
    assert_eq!(r.exit_quality(&unstable), 5);
    assert_eq!(r.exit_quality(&instr(Opcode::LOAD_FAST, 55)), 20);
    assert_eq!(r.admit(&unstable), None);
    // ...but an instruction that enters an executor (50) ends it: link, don't copy.
    let mut executor = instr(Opcode::JUMP_BACKWARD, 55);
    executor.enters_executor = true;
    assert_eq!(r.admit(&executor), Some(End::Executor));
    assert_eq!(r.end(), Some((End::Executor, 50)));
}

#[test]
fn an_unsupported_instruction_ends_the_trace_with_an_exit_to_tier_one() {
    let mut r = recorder(400);
    run(&mut r, &instr(Opcode::LOAD_FAST, 0), Outcome::Fell);
    assert_eq!(
        r.admit(&instr(Opcode::YIELD_VALUE, 1)),
        Some(End::Unsupported(Opcode::YIELD_VALUE))
    );
    let last = r.uops().last().unwrap();
    assert_eq!((last.uop, last.target), (Uop::EXIT_TRACE, 1));
}

#[test]
fn side_traces_start_lower() {
    let mut r = Box::new(Recorder::new());
    r.start(Tuning::derive(500), true);
    assert_eq!((r.fitness(), r.budget()), (400, 400));
}

/// One adversarial step: an instruction and how it leaves.
#[derive(Clone, Debug)]
struct Event {
    opcode: Opcode,
    outcome: Outcome,
    history: u16,
    unstable: bool,
    enters_executor: bool,
    at_trace_start: bool,
    jump_if_true: bool,
}

/// Instructions chosen to stress the bound: the longest expansions, calls, returns,
/// backward jumps, every kind of branch, and instructions tier 2 does not run.
fn event() -> impl Strategy<Value = Event> {
    let kinds = prop_oneof![
        // Deep calls with the longest expansion.
        4 => Just((Opcode::CALL_PY_EXACT_ARGS, Outcome::EnteredFrame)),
        2 => Just((Opcode::CALL_ALLOC_AND_ENTER_INIT, Outcome::EnteredFrame)),
        // Returns, also past the root.
        3 => Just((Opcode::RETURN_VALUE, Outcome::Returned)),
        // Branches in both directions.
        2 => Just((Opcode::COMPARE_OP_INT_JUMP, Outcome::Fell)),
        2 => Just((Opcode::COMPARE_OP_FLOAT_JUMP, Outcome::Jumped)),
        2 => Just((Opcode::POP_JUMP_IF_FALSE, Outcome::Jumped)),
        1 => Just((Opcode::POP_JUMP_IF_TRUE_LIST, Outcome::Fell)),
        2 => Just((Opcode::FOR_ITER_RANGE, Outcome::Fell)),
        1 => Just((Opcode::FOR_ITER_LIST, Outcome::Jumped)),
        // Backward jumps (inner loops), zero-slot instructions, plain ones.
        2 => Just((Opcode::JUMP_BACKWARD, Outcome::Jumped)),
        1 => Just((Opcode::NOP, Outcome::Fell)),
        2 => Just((Opcode::LOAD_GLOBAL_BUILTIN, Outcome::Fell)),
        2 => Just((Opcode::BINARY_OP, Outcome::Fell)),
        // Rarely: something tier 2 does not run.
        1 => Just((Opcode::YIELD_VALUE, Outcome::Fell)),
    ];
    (
        kinds,
        prop_oneof![Just(0x5555u16), Just(0xAAAA), Just(0x00FF), any::<u16>()],
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.05),
        prop::bool::weighted(0.02),
        any::<bool>(),
    )
        .prop_map(
            |((opcode, outcome), history, unstable, enters_executor, at_trace_start, jit)| Event {
                opcode,
                outcome,
                history,
                unstable,
                enters_executor,
                at_trace_start,
                jump_if_true: jit,
            },
        )
}

/// The invariants of the module documentation, checked after every step.
fn check_invariants(r: &Recorder, f0: u32) -> Result<(), TestCaseError> {
    let capacity = trace_capacity(f0) as i64;
    let used = r.uops().len() as i64;
    prop_assert!(used <= capacity, "buffer overflow: {used} > {capacity}");
    // (I1): remaining slots >= fitness + reserve while recording; the terminator then takes
    // its reserved slot.
    let terminator = if r.end().is_some() {
        TERMINATOR_SLOTS as i64
    } else {
        0
    };
    prop_assert!(
        capacity - used >= i64::from(r.fitness()) + RESERVE as i64 - terminator,
        "remaining {} < fitness {} + reserve {RESERVE}",
        capacity - used,
        r.fitness()
    );
    // (I2): room for a terminator.
    prop_assert!(capacity - used >= TERMINATOR_SLOTS as i64 || r.end().is_some());
    prop_assert!(r.open_frames() >= 0 && r.open_frames() <= MAX_FRAME_DEPTH as i32);
    prop_assert!(r.steps().len() as i64 <= i64::from(r.budget()));
    Ok(())
}

/// Feeds `events` (cycling through them) until the trace ends; checks everything on the way.
fn drive(f0: u32, side: bool, events: &[Event]) -> Result<(), TestCaseError> {
    let mut r = Box::new(Recorder::new());
    r.start(Tuning::derive(f0), side);
    check_invariants(&r, f0)?;
    let mut at = 0u32;
    for (n, e) in events.iter().cycle().enumerate() {
        prop_assert!(n <= MAX_STEPS, "the trace never ended");
        let i = Instr {
            opcode: e.opcode,
            oparg: 1,
            at,
            fall_to: at + 1 + e.opcode.cache_units(),
            jump_to: at + 7,
            history: e.history,
            jump_if_true: e.jump_if_true,
            unstable: e.unstable,
            enters_executor: e.enters_executor,
            at_trace_start: e.at_trace_start,
            blocked: false,
            operand: 0,
            units: [0; SITE_UNITS],
        };
        if r.admit(&i).is_some() {
            check_invariants(&r, f0)?;
            let last = r.uops().last().expect("a terminator");
            prop_assert!(last.uop.is_terminator());
            prop_assert!(
                r.uops()[..r.uops().len() - 1]
                    .iter()
                    .all(|u| !u.uop.is_terminator())
            );
            return Ok(());
        }
        // The VM would not push a frame past the bound: the proof says it never has to.
        prop_assert!(
            e.outcome != Outcome::EnteredFrame || r.open_frames() < MAX_FRAME_DEPTH as i32,
            "frame depth bound broken at fitness {}",
            r.fitness()
        );
        r.record(&i, e.outcome);
        check_invariants(&r, f0)?;
        at += 3;
    }
    unreachable!("cycle() never ends")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_streams_never_overflow(
        f0 in F0_MIN..=F0_MAX,
        side in any::<bool>(),
        events in prop::collection::vec(event(), 1..64),
    ) {
        drive(f0, side, &events)?;
    }

    #[test]
    fn nothing_but_deep_calls_stays_in_bounds(f0 in F0_MIN..=F0_MAX) {
        let call = Event {
            opcode: Opcode::CALL_PY_EXACT_ARGS,
            outcome: Outcome::EnteredFrame,
            history: 0,
            unstable: true,
            enters_executor: false,
            at_trace_start: false,
            jump_if_true: false,
        };
        drive(f0, false, &[call])?;
    }

    #[test]
    fn returns_past_the_root_stay_in_bounds(f0 in F0_MIN..=F0_MAX) {
        let ret = Event {
            opcode: Opcode::RETURN_VALUE,
            outcome: Outcome::Returned,
            history: 0,
            unstable: false,
            enters_executor: false,
            at_trace_start: false,
            jump_if_true: false,
        };
        drive(f0, false, &[ret])?;
    }

    #[test]
    fn unbiased_branches_with_maximal_expansions_stay_in_bounds(
        f0 in F0_MIN..=F0_MAX,
        pattern in prop::collection::vec(any::<bool>(), 1..16),
    ) {
        let events: Vec<Event> = pattern
            .iter()
            .map(|&call| Event {
                opcode: if call { Opcode::CALL_PY_EXACT_ARGS } else { Opcode::COMPARE_OP_INT_JUMP },
                outcome: if call { Outcome::EnteredFrame } else { Outcome::Jumped },
                history: 0x5555,
                unstable: true,
                enters_executor: false,
                at_trace_start: false,
                jump_if_true: call,
            })
            .chain(core::iter::once(Event {
                opcode: Opcode::RETURN_VALUE,
                outcome: Outcome::Returned,
                history: 0,
                unstable: true,
                enters_executor: false,
                at_trace_start: false,
                jump_if_true: false,
            }))
            .collect();
        drive(f0, false, &events)?;
    }
}

#[test]
fn a_side_trace_closes_at_its_roots_loop_head_with_an_exit() {
    let mut r = Box::new(Recorder::new());
    r.start(Tuning::derive(400), true);
    run(&mut r, &instr(Opcode::LOAD_FAST, 9), Outcome::Fell);
    // Returning past the side trace's first frame does not stop it from closing.
    run(&mut r, &instr(Opcode::RETURN_VALUE, 10), Outcome::Returned);
    let mut head = instr(Opcode::FOR_ITER_RANGE, 2);
    head.at_trace_start = true;
    assert_eq!(r.admit(&head), Some(End::Closed));
    let last = r.uops().last().unwrap();
    assert_eq!((last.uop, last.target), (Uop::EXIT_TRACE, 2));
}

#[test]
fn the_baseline_ignores_fitness_and_stops_when_full() {
    let mut r = Box::new(Recorder::new());
    r.start_with(Tuning::derive(100), false, true);
    let mut n = 0u32;
    let end = loop {
        let i = instr(Opcode::LOAD_GLOBAL_BUILTIN, n);
        if let Some(end) = r.admit(&i) {
            break end;
        }
        r.record(&i, Outcome::Fell);
        n += 1;
    };
    assert_eq!(end, End::Full);
    assert!(r.fitness() < 0, "it went far past the fitness budget");
    assert!(r.uops().len() <= TRACE_CAPACITY);
    assert!(TRACE_CAPACITY - r.uops().len() < RESERVE);
}
