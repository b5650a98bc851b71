//! End-to-end tests of the VM through source code (the corpus in `tests/` covers far more).

use super::{Cls, Config, Host, Vm};
use crate::compile::Scratch;
use std::string::String;
use std::vec::Vec;

/// Captures program output.
#[derive(Default)]
struct TestHost {
    out: String,
    err: String,
}

impl Host for TestHost {
    fn write_out(&mut self, text: &str) {
        self.out.push_str(text);
    }
    fn write_err(&mut self, text: &str) {
        self.err.push_str(text);
    }
}

/// A VM over a fresh arena of `arena` bytes, handed to `body` with a function that takes the
/// output so far (the family tests in `spec_*.rs` use it too).
pub(super) fn with_vm<R>(
    arena: usize,
    config: Config,
    body: impl FnOnce(&mut Vm<'_>, &mut dyn FnMut() -> String) -> R,
) -> R {
    let mut region: Vec<core::mem::MaybeUninit<u8>> = Vec::with_capacity(arena);
    // SAFETY: MaybeUninit<u8> needs no initialization.
    unsafe { region.set_len(arena) };
    let mut scratch = std::boxed::Box::new(Scratch::new());
    let host = std::boxed::Box::leak(std::boxed::Box::new(TestHost::default()));
    let host_ptr: *mut TestHost = host;
    let mut vm = Vm::new(&mut region, host, &mut scratch, config).expect("VM starts");
    let mut take_out = || {
        // SAFETY: the VM only touches the host during calls into it, and this closure is only
        // called between such calls, on the same thread.
        unsafe { core::mem::take(&mut (*host_ptr).out) }
    };
    body(&mut vm, &mut take_out)
}

/// Runs `source`; returns stdout and, for an uncaught exception, its traceback.
#[track_caller]
fn run(source: &str) -> (String, Option<String>) {
    with_vm(16 << 20, Config::default(), |vm, out| {
        let result = vm.run_main(source, "test.py");
        let error = result.err().map(|_| {
            let mut text = String::new();
            vm.write_traceback(&mut text).unwrap();
            text
        });
        (out(), error)
    })
}

#[track_caller]
fn assert_output(source: &str, expected: &str) {
    let (out, err) = run(source);
    assert_eq!(err, None, "unexpected error for:\n{source}");
    assert_eq!(out, expected, "output of:\n{source}");
}

#[test]
fn arithmetic_and_printing() {
    assert_output(
        "print(1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4)",
        "7 3 -4 -2 1024 0.25\n",
    );
    assert_output(
        "print(0.1 + 0.2, 1e16, 1e-05, -0.0, 3.0)",
        "0.30000000000000004 1e+16 1e-05 -0.0 3.0\n",
    );
}

#[test]
fn functions_and_recursion() {
    assert_output(
        "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n",
        "6765\n",
    );
    assert_output(
        "def f(a, b=2, *, c=3):\n    return a + b + c\nprint(f(1), f(1, 10), f(1, c=100))\n",
        "6 14 103\n",
    );
}

#[test]
fn containers() {
    assert_output(
        "x = [3, 1, 2]\nx.append(0)\nx.sort()\nd = {'a': 1}\nd['b'] = 2\nprint(x, d, (1,), x[1:3], x[::-1])\n",
        "[0, 1, 2, 3] {'a': 1, 'b': 2} (1,) [1, 2] [3, 2, 1, 0]\n",
    );
}

#[test]
fn uncaught_exception_has_a_traceback() {
    let (out, err) = run("print('before')\nd = {}\nprint(d['missing'])\n");
    assert_eq!(out, "before\n");
    assert_eq!(
        err.as_deref(),
        Some(
            "Traceback (most recent call last):\n  File \"test.py\", line 3, in <module>\n    print(d['missing'])\nKeyError: 'missing'\n"
        )
    );
}

#[test]
fn unbound_local_is_detected() {
    let (_, err) = run("x = 1\ndef f():\n    print(x)\n    x = 2\nf()\n");
    assert!(err.unwrap().ends_with(
        "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value\n"
    ));
}

#[test]
fn garbage_is_collected_in_a_small_arena() {
    // Far more than the arena is allocated in total; only a little is live at a time.
    with_vm(
        2 << 20,
        Config {
            stack_cells: 16 * 1024,
            ..Config::default()
        },
        |vm, out| {
            let source = "total = 0\nfor i in range(200000):\n    x = [i, i + 1, str(i)]\n    total += len(x)\nprint(total)\n";
            vm.run_main(source, "gc.py")
                .expect("runs in bounded memory");
            assert_eq!(out(), "600000\n");
            assert!(vm.heap_stats().collections > 0);
        },
    );
}

#[test]
fn large_tables_on_pages_used_before_start_empty_under_gc_stress() {
    // A zeroed region (as the CLI gives) and a collection at every allocation: each `fill`
    // leaves a large list buffer at the top of the used pages, the next sweep returns them
    // above the frontier, and the set's large table lands there. When such a table kept the
    // old bytes, its slots looked full of stale keys (wrong items, or inserts probing
    // forever). Expected output from CPython 3.11.
    let mut region = std::vec![core::mem::MaybeUninit::new(0u8); 16 << 20];
    let mut scratch = std::boxed::Box::new(Scratch::new());
    let mut host = TestHost::default();
    let config = Config {
        gc_stress: true,
        zeroed_region: true,
        ..Config::default()
    };
    let source = "def fill(n):\n    junk = [n * 1000 + 1] * n\n    return len(junk)\n\
                  bad = 0\n\
                  for r in range(40):\n    fill(600 + r * 40)\n\
                  \x20   expected = range(0, 3000 + r * 10, 37)\n\
                  \x20   items = list(set(expected))\n\
                  \x20   if len(items) != len(expected) or sum(items) != sum(expected):\n\
                  \x20       bad += 1\n\
                  print('bad', bad, items[:6])\n";
    {
        let mut vm = Vm::new(&mut region, &mut host, &mut scratch, config).expect("VM starts");
        if vm.run_main(source, "sets.py").is_err() {
            let mut text = String::new();
            vm.write_traceback(&mut text).unwrap();
            panic!("failed:\n{text}");
        }
    }
    assert_eq!(host.out, "bad 0 [0, 518, 1036, 1554, 2072, 2590]\n");
}

#[test]
fn memory_error_then_the_vm_is_still_usable() {
    with_vm(
        2 << 20,
        Config {
            stack_cells: 16 * 1024,
            ..Config::default()
        },
        |vm, out| {
            let result = vm.run_main(
                "def grow():\n    x = []\n    while True:\n        x.append([1, 2, 3, 4])\ngrow()\n",
                "oom.py",
            );
            assert!(result.is_err());
            assert!(vm.last_error_is(Cls::MemoryError));
            if vm
                .run_main(
                    "x = None\nprint('still alive', sum(range(10)))\n",
                    "after.py",
                )
                .is_err()
            {
                let mut text = String::new();
                vm.write_traceback(&mut text).unwrap();
                panic!("not usable after MemoryError:\n{text}");
            }
            assert_eq!(out(), "still alive 45\n");
        },
    );
}

#[test]
fn recursion_error_then_the_vm_is_still_usable() {
    with_vm(
        8 << 20,
        Config {
            recursion_limit: 200,
            ..Config::default()
        },
        |vm, out| {
            let result = vm.run_main("def f(n):\n    return f(n + 1)\nf(0)\n", "deep.py");
            assert!(result.is_err());
            assert!(vm.last_error_is(Cls::RecursionError));
            vm.run_main(
                "def g(n):\n    return n if n == 0 else g(n - 1)\nprint(g(150))\n",
                "ok.py",
            )
            .expect("usable");
            assert_eq!(out(), "0\n");
        },
    );
}

#[test]
fn sets_iterate_in_cpython_order() {
    // Expected output from CPython 3.11: a constant display goes through a frozenset
    // constant, a comprehension inserts directly, a loop walks the constant.
    assert_output(
        "print({20, 5, 3, 1, 40}, {x for x in [20, 5, 3, 1, 40]}, [x for x in {626917, 53}])\n\
         s = {1, 2, 3}\ns |= {40, 72}\ns -= {2}\nprint(s.pop(), s, len(s), 72 in s)\n",
        "{1, 3, 20, 5, 40} {1, 3, 5, 40, 20} [626917, 53]\n1 {3, 40, 72} 3 True\n",
    );
}

#[test]
fn frozenset_hash_and_comparisons_match_cpython() {
    assert_output(
        "print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([(1, 2), 0.5])))\n\
         print({1, 2} < {1, 2, 3}, {1} == frozenset([1]), frozenset({1, 9}) ^ {9, 17})\n",
        "133146708735736 -272375401224217160 4346396547646725922\n\
         True True frozenset({17, 1})\n",
    );
}

#[test]
fn set_errors_have_cpython_messages() {
    let (_, err) = run("s = {1, 2}\nfor x in s:\n    s.add(x + 10)\n");
    let err = err.expect("raises");
    assert!(
        err.ends_with("RuntimeError: Set changed size during iteration\n"),
        "{err}"
    );
    let (_, err) = run("set().pop()\n");
    assert!(
        err.expect("raises")
            .ends_with("KeyError: 'pop from an empty set'\n")
    );
    let (_, err) = run("print(hash({1}))\n");
    assert!(
        err.expect("raises")
            .ends_with("TypeError: unhashable type: 'set'\n")
    );
}

/// The quickened code of the function `name` defined by the main module.
fn function_units(vm: &mut Vm<'_>, name: &str) -> std::vec::Vec<u32> {
    let globals = vm.main_globals().expect("main module");
    let key = vm.intern(name).expect("interned");
    let func = vm
        .dict_get_str(globals, key)
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<crate::object::FunctionObj>())
        .expect("a function");
    func.code
        .units
        .u32_cells()
        .iter()
        .map(|c| c.get())
        .collect()
}

/// The first instruction `op` of `units` and its first cache unit.
fn first(units: &[u32], op: crate::bytecode::Opcode) -> (crate::bytecode::Opcode, u32) {
    let mut at = 0;
    while at < units.len() {
        let (byte, _) = crate::bytecode::decode(units[at]);
        let found = crate::bytecode::Opcode::from_u8(byte).expect("valid opcode");
        if found.base() == op {
            return (found, units[at + 1]);
        }
        at += found.size() as usize;
    }
    panic!("no {op:?}");
}

#[test]
fn conditional_jumps_keep_their_branch_history() {
    with_vm(8 << 20, Config::default(), |vm, _| {
        // `if flag:` is a POP_JUMP_IF_FALSE taken when flag is false. The last call is the
        // newest (lowest) bit: history ...0010110 for taken = not flag.
        let source = "def f(flag):\n    if flag:\n        return 1\n    return 0\n\
                      for flag in [True, False, True, False, False, True]:\n    f(flag)\n";
        vm.run_main(source, "history.py").expect("runs");
        let units = function_units(vm, "f");
        let (form, cache) = first(&units, crate::bytecode::Opcode::POP_JUMP_IF_FALSE);
        assert_eq!(
            form,
            crate::bytecode::Opcode::POP_JUMP_IF_FALSE_BOOL,
            "specialized"
        );
        assert_eq!(cache >> 16, 0b010110, "taken when false, newest last");
    });
}

#[test]
fn quickening_follows_the_config() {
    let source = "def f(a, b):\n    return a + b\nfor i in range(10):\n    f(i, 1)\n";
    with_vm(8 << 20, Config::default(), |vm, _| {
        vm.run_main(source, "q.py").expect("runs");
        let units = function_units(vm, "f");
        let (form, cache) = first(&units, crate::bytecode::Opcode::BINARY_OP);
        assert_eq!(form, crate::bytecode::Opcode::BINARY_OP_ADD_INT);
        // Specialized on the second call; eight hits since leave the cooldown untouched.
        assert_eq!(cache as u16, crate::counter::Counter::cooldown().to_bits());
    });
    let plain = Config {
        specialize: false,
        ..Config::default()
    };
    with_vm(8 << 20, plain, |vm, _| {
        vm.run_main(source, "q.py").expect("runs");
        let units = function_units(vm, "f");
        let (form, cache) = first(&units, crate::bytecode::Opcode::BINARY_OP);
        assert_eq!(form, crate::bytecode::Opcode::BINARY_OP);
        let counter = crate::counter::Counter::from_bits(cache as u16);
        assert!(!counter.triggers());
        assert_eq!(counter.backoff(), 15, "unreachable: never triggers");
    });
}

/// Runs `source` in a 4 MiB arena (a collection every 256 KiB or so of allocation) with
/// `--stats` on, then hands the VM to `check` with the program's output (and the function
/// that takes the output since).
#[track_caller]
fn run_small_with_stats(
    source: &str,
    check: impl FnOnce(&mut Vm<'_>, String, &mut dyn FnMut() -> String),
) {
    let config = Config {
        stats: true,
        stack_cells: 16 * 1024,
        ..Config::default()
    };
    with_vm(4 << 20, config, |vm, out| {
        if vm.run_main(source, "cold.py").is_err() {
            let mut text = String::new();
            vm.write_traceback(&mut text).unwrap();
            panic!("failed:\n{text}");
        }
        let output = out();
        check(vm, output, out);
    });
}

/// The executors listed now (numbers of the non-freed ones).
fn listed_executors(vm: &Vm<'_>) -> Vec<usize> {
    let count = vm
        .executors
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::ListObj>())
        .map_or(0, |list| list.len.get());
    (0..count).filter(|&n| vm.executor(n).is_some()).collect()
}

/// Every exit link of a listed executor enters a listed executor, and the code list names
/// a code object exactly for the listed root traces.
fn assert_executor_lists_consistent(vm: &Vm<'_>) {
    let codes = vm
        .executor_code
        .as_obj()
        .and_then(|o| o.downcast::<crate::object::ListObj>())
        .expect("a code list");
    for n in 0..codes.len.get() {
        let code = codes.items()[n].get();
        let root = vm
            .executor(n)
            .is_some_and(|exec| exec.head.parent == u32::MAX);
        assert_eq!(
            code.as_obj()
                .is_some_and(|o| o.kind() == crate::object::Kind::Code),
            root,
            "executor {n}"
        );
        if let Some(exec) = vm.executor(n) {
            assert_eq!(exec.head.running.get(), 0, "nothing runs now");
            for slot in exec.exits {
                let link = slot.link.get() as usize;
                // A stale link to a freed root of another chain is allowed (cleared when
                // taken); links to side traces are always cleared when they are freed.
                if link != 0
                    && let Some(linked) = vm.executor(link - 1)
                {
                    assert!(linked.head.parent == u32::MAX || linked.head.parent as usize == n);
                }
            }
        }
    }
}

#[test]
fn a_cold_executor_is_freed_and_its_loop_retraced() {
    // `warm`'s loop is traced in its only call; the allocation loop after it drives many
    // collections without entering it, so it goes cold: freed, its `ENTER_EXECUTOR` back to
    // `JUMP_BACKWARD`. The next call runs and retraces it. Expected output from CPython 3.11.
    let source = "def warm(n):\n    t = 0\n    for i in range(n):\n        t += i * 3\n    return t\n\
                  print(warm(2000))\n\
                  total = 0\nfor r in range(200000):\n    total += len(str(r) * 20)\nprint(total)\n";
    run_small_with_stats(source, |vm, output, out| {
        assert_eq!(output, "5997000\n21777800\n");
        assert!(
            vm.heap_stats().collections > 2 * u64::from(super::tier2::COLD_COLLECTIONS),
            "enough collections"
        );
        assert_eq!(vm.trace_stats.freed_cold, 1, "warm's executor");
        assert_eq!(vm.trace_stats.freed_invalid, 0);
        assert_eq!(listed_executors(vm), [1], "the allocation loop's stays");
        let units = function_units(vm, "warm");
        let (op, cache) = first(&units, crate::bytecode::Opcode::JUMP_BACKWARD);
        assert_eq!(op, crate::bytecode::Opcode::JUMP_BACKWARD, "restored");
        assert_eq!(cache >> 16, 0, "no executor number left");
        assert_executor_lists_consistent(vm);
        vm.run_main("print(warm(3000))\n", "again.py")
            .expect("runs");
        assert_eq!(out(), "13495500\n");
        assert_eq!(vm.trace_stats.freed_cold, 1);
        assert_executor_lists_consistent(vm);
    });
}

#[test]
fn a_hot_loop_is_never_freed() {
    // One loop runs (as a trace, allocating) through dozens of collections: it is never
    // cold, however long it runs, and never retraced. Its side trace for odd `i` goes cold
    // once `i < 5000` fails for good: that one is freed and unlinked from its exit. Expected
    // output from CPython 3.11.
    let source = "def run(n):\n    t = 0\n    for i in range(n):\n        \
                  if i < 5000 and i % 2 == 1:\n            t -= 1\n        else:\n            \
                  t += 1\n        t += len(str(i) * 20)\n    return t\nprint(run(300000))\n";
    run_small_with_stats(source, |vm, out, _| {
        assert_eq!(out, "34072800\n");
        assert!(vm.heap_stats().collections > 2 * u64::from(super::tier2::COLD_COLLECTIONS));
        let listed = listed_executors(vm);
        assert!(listed.contains(&0), "the root trace stays: {listed:?}");
        assert_eq!(vm.trace_stats.freed_cold, 1, "only the side trace");
        let mut stats = String::new();
        vm.write_stats(&mut stats).unwrap();
        assert!(
            stats.contains("\ntrace_started 3\n"),
            "root and two side traces, none retraced:\n{stats}"
        );
        assert_executor_lists_consistent(vm);
        let root = vm.executor(0).expect("listed");
        for slot in root.exits {
            let link = slot.link.get() as usize;
            assert!(
                link == 0 || listed.contains(&(link - 1)),
                "no link to the freed one"
            );
        }
    });
}

#[test]
fn an_invalidated_executor_is_freed_by_the_next_collection() {
    // Replacing the method invalidates `run`'s executor while its loop is not running; it
    // is never entered again before the collections, which free it (`ENTER_EXECUTOR` never
    // sees it: nothing is dropped on entry). Expected output from CPython 3.11.
    let source = "class P:\n    def get(self):\n        return 1\n\
                  def run(p, n):\n    t = 0\n    for i in range(n):\n        t += p.get()\n    return t\n\
                  p = P()\nprint(run(p, 1000))\nP.get = lambda self: 2\n\
                  total = 0\nfor r in range(50000):\n    total += len(str(r))\nprint(total)\n";
    run_small_with_stats(source, |vm, output, out| {
        assert_eq!(output, "1000\n238890\n");
        assert!(vm.heap_stats().collections >= 1);
        assert_eq!(vm.trace_stats.invalidations, 1);
        assert_eq!(vm.trace_stats.freed_invalid, 1);
        assert_eq!(vm.trace_stats.invalidated, 0, "not found invalid on entry");
        assert_eq!(vm.trace_stats.freed_cold, 0);
        assert!(vm.executor(0).is_none());
        let units = function_units(vm, "run");
        let (op, cache) = first(&units, crate::bytecode::Opcode::JUMP_BACKWARD);
        assert_eq!(op, crate::bytecode::Opcode::JUMP_BACKWARD, "restored");
        assert_eq!(cache >> 16, 0);
        assert_executor_lists_consistent(vm);
        vm.run_main("print(run(p, 1000))\n", "again.py")
            .expect("runs");
        assert_eq!(out(), "2000\n");
    });
}
