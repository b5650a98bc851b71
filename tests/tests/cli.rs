//! The `tracery` command line: running code, errors and exit statuses, the disassembler, the
//! tier-2 options (trace dumps, fitness, selectors, counters).

use std::io::Write;
use std::process::{Command, Output, Stdio};
use tracery_tests::corpus::tracery;

#[track_caller]
fn run(args: &[&str], stdin: &str) -> Output {
    run_with_env(args, &[], stdin)
}

/// Runs `tracery` with `args` and the environment variables `env` set; the tier-2 variables
/// not in `env` are removed, so the caller's environment cannot change the engine.
#[track_caller]
fn run_with_env(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut command = Command::new(tracery());
    command
        .env_remove("TRACERY_TRACE_FITNESS")
        .env_remove("TRACERY_TRACE_THRESHOLD");
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tracery starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("tracery finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn dash_c_runs_code() {
    let out = run(&["-c", "print(sum(range(10)), 'ok')"], "");
    assert_eq!(text(&out.stdout), "45 ok\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn program_from_standard_input() {
    let out = run(&[], "x = 6 * 7\nprint(x)\n");
    assert_eq!(text(&out.stdout), "42\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn uncaught_exception_prints_a_traceback_and_exits_1() {
    let out = run(&["-c", "def f(d):\n    return d['k']\nf({})\n"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nKeyError: 'k'\n"
    );
}

#[test]
fn syntax_error_prints_the_location_and_exits_1() {
    let out = run(&["-c", "x = = 1"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("  File \"<string>\", line 1\n    x = = 1\n"),
        "{err}"
    );
    assert!(err.ends_with("SyntaxError: invalid syntax\n"), "{err}");
}

#[test]
fn missing_file_is_reported_with_status_2() {
    let out = run(&["/nonexistent/prog.py"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "tracery: can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn bad_arena_size_is_a_usage_error() {
    let out = run(&["--arena", "12Q", "-c", "pass"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown size unit 'Q'"));
}

#[test]
fn tiny_arena_gives_memory_error_not_a_crash() {
    let out = run(
        &[
            "--arena",
            "4M",
            "-c",
            "x = []\nwhile True:\n    x.append('abc' * 100)\n",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).ends_with("MemoryError\n"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn recursion_limit_is_configurable() {
    let program = "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(3000))\n";
    let out = run(&["-c", program], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("RecursionError: maximum recursion depth exceeded\n"));
    let out = run(&["--recursion-limit", "5000", "-c", program], "");
    assert_eq!(text(&out.stdout), "3000\n");
}

#[test]
fn demo_runs() {
    let out = run(&["demo"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).ends_with("all checks passed\n"));
}

#[test]
fn dis_shows_bytecode_with_line_numbers() {
    let dir = std::env::temp_dir().join(format!("tracery-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, "x = 1\ndef f(a):\n    return a + x\n").unwrap();
    let out = run(&["dis", path.to_str().unwrap()], "");
    let listing = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        listing.contains("  1           0 LOAD_CONST               0 (1)"),
        "{listing}"
    );
    assert!(listing.contains("Disassembly of f:"), "{listing}");
    assert!(
        listing.contains("BINARY_OP                0 (+)"),
        "{listing}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A program, the arguments after it, and what CPython 3.11 prints and exits with for them.
struct ArgvCase {
    program: &'static str,
    args: &'static [&'static str],
    stdout: &'static str,
    stderr: &'static str,
    status: i32,
}

/// `sys.argv` and `SystemExit`, checked against what `python3 FILE ARGS...` does (the
/// expected outputs were produced by CPython 3.11).
const ARGV_CASES: &[ArgvCase] = &[
    ArgvCase {
        program: "import sys\nprint(len(sys.argv), sys.argv[0].endswith('prog.py'))\nprint(sys.argv[1:])\n",
        args: &["a b", "--size", "3", "-c", "--arena", "1G", "--", "-"],
        stdout: "9 True\n['a b', '--size', '3', '-c', '--arena', '1G', '--', '-']\n",
        stderr: "",
        status: 0,
    },
    ArgvCase {
        program: "from sys import argv\nn = 0\nfor a in argv[1:]:\n    n += int(a)\nprint('sum', n)\n",
        args: &["5", "-7", "40"],
        stdout: "sum 38\n",
        stderr: "",
        status: 0,
    },
    ArgvCase {
        program: "import sys\nprint('before')\nsys.exit(3)\nprint('after')\n",
        args: &[],
        stdout: "before\n",
        stderr: "",
        status: 3,
    },
    ArgvCase {
        program: "import sys\nprint('x')\nsys.exit()\n",
        args: &[],
        stdout: "x\n",
        stderr: "",
        status: 0,
    },
    ArgvCase {
        program: "import sys\nsys.exit('bad input: ' + sys.argv[1])\n",
        args: &["zz"],
        stdout: "",
        stderr: "bad input: zz\n",
        status: 1,
    },
    ArgvCase {
        program: "def stop(code):\n    raise SystemExit(code)\nstop(int('7'))\n",
        args: &[],
        stdout: "",
        stderr: "",
        status: 7,
    },
    ArgvCase {
        program: "import sys\nsys.exit(256 + 4)\n",
        args: &[],
        stdout: "",
        stderr: "",
        status: 4,
    },
    ArgvCase {
        program: "import sys\nsys.exit((1, 'a'))\n",
        args: &[],
        stdout: "",
        stderr: "(1, 'a')\n",
        status: 1,
    },
    ArgvCase {
        program: "import sys\nsys.exit(1, 2)\n",
        args: &[],
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"PROG\", line 2, in <module>\n    sys.exit(1, 2)\nTypeError: exit expected at most 1 argument, got 2\n",
        status: 1,
    },
];

#[test]
fn sys_argv_and_exit_status_match_cpython() {
    let dir = std::env::temp_dir().join(format!("tracery-argv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    let path_text = path.to_str().unwrap();
    for case in ARGV_CASES {
        std::fs::write(&path, case.program).unwrap();
        let mut args = vec![path_text];
        args.extend_from_slice(case.args);
        let out = run(&args, "");
        let expected_err = case.stderr.replace("PROG", path_text);
        assert_eq!(text(&out.stdout), case.stdout, "{}", case.program);
        assert_eq!(text(&out.stderr), expected_err, "{}", case.program);
        assert_eq!(out.status.code(), Some(case.status), "{}", case.program);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dash_c_and_standard_input_argv() {
    let show = "import sys; print(sys.argv)";
    let out = run(&["-c", show, "x", "--arena", "1G", "-c"], "");
    assert_eq!(text(&out.stdout), "['-c', 'x', '--arena', '1G', '-c']\n");
    let out = run(&["--arena", "64M", "-c", show], "");
    assert_eq!(text(&out.stdout), "['-c']\n");
    let out = run(&[], show);
    assert_eq!(text(&out.stdout), "['']\n");
    let out = run(&["-", "y"], show);
    assert_eq!(text(&out.stdout), "['-', 'y']\n");
    let out = run(
        &["-", "z"],
        "import sys\nsys.exit(int(sys.argv[1:] == ['z']) + 4)\n",
    );
    assert_eq!(out.status.code(), Some(5));
}

/// The benchmarks in `tests/bench/` follow their protocol under `tracery` at small sizes: one
/// `bench-seconds` line per loop, then `ok ...` with the well-known result, status 0 (so their
/// self-checks pass).
#[test]
fn benchmarks_validate_at_small_sizes() {
    let bench = tracery_tests::workspace_root().join("tests").join("bench");
    let cases = [
        ("nbody.py", "1000", "ok energy -0.169075164 -> -0.169087605"),
        ("spectral_norm.py", "100", "ok norm 1.274219991"),
        ("fannkuch.py", "7", "ok checksum 228, most flips 16"),
        (
            "richards.py",
            "1",
            "ok 1 runs, 23246 packets queued, 9297 holds",
        ),
    ];
    for (name, size, last) in cases {
        let path = bench.join(name);
        let out = run(
            &[path.to_str().unwrap(), "--size", size, "--loops", "2"],
            "",
        );
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 3, "{name}: {stdout}");
        for line in &lines[..2] {
            let seconds = line.strip_prefix("bench-seconds ").expect(line);
            assert!(
                seconds.parse::<f64>().is_ok_and(|s| s >= 0.0),
                "{name}: {line}"
            );
        }
        assert_eq!(lines[2], last, "{name}");
    }
}

/// `--stats` counts specializations: a multiply specializes for ints on its second execution,
/// misses 53 times once floats arrive (the cooldown), goes back to the generic form and
/// specializes again for floats; `--no-specialize` never specializes; `--tier1` leaves loops
/// alone; and the output is the same every way.
#[test]
fn stats_count_specialization_and_respecialization() {
    let program = "vals = [1] * 100 + [1.5] * 100\nt = 0\nfor v in vals:\n    t = v * 3\nprint(t)\n\
                   n = 0\nwhile n < 300:\n    n += 1\nprint(n)\n";
    let out = run(&["--stats", "-c", program], "");
    assert_eq!(text(&out.stdout), "4.5\n300\n");
    let stats = text(&out.stderr);
    for line in [
        "binary_op_attempts 3",
        "binary_op_successes 3",
        "binary_op_deopt_not_int 53",
        "compare_op_successes 1",
        // 300 iterations: the loop's tier-2 counter triggers once (at 256), records the
        // loop and runs the rest of it as a trace.
        "jump_backward_attempts 1",
        "jump_backward_successes 1",
        "trace_started 1",
        "trace_finished_closed 1",
    ] {
        assert!(stats.lines().any(|l| l == line), "{line} missing:\n{stats}");
    }
    assert!(stats.contains("binary_op_hits "), "{stats}");

    let out = run(&["--stats", "--no-specialize", "-c", program], "");
    assert_eq!(text(&out.stdout), "4.5\n300\n");
    let stats = text(&out.stderr);
    assert!(!stats.contains("successes"), "{stats}");
    assert!(
        !stats.contains("jump_backward") && stats.contains("trace_started 0"),
        "the plain interpreter has no tier 2:\n{stats}"
    );

    let out = run(&["--stats", "--tier1", "-c", program], "");
    assert_eq!(text(&out.stdout), "4.5\n300\n");
    assert!(
        !text(&out.stderr).contains("jump_backward"),
        "{}",
        text(&out.stderr)
    );

    let out = run(&["-c", program], "");
    assert_eq!(text(&out.stderr), "", "no counters without --stats");
}

/// Writes `source` to `prog.py` in a fresh temporary directory named after `tag`; returns the
/// directory (for the caller to remove) and the program's path.
fn temp_program(tag: &str, source: &str) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("tracery-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, source).unwrap();
    let path = path.to_str().unwrap().to_owned();
    (dir, path)
}

/// The value of the counter `name` in `--stats` output (a line `name N`).
#[track_caller]
fn stat(stats: &str, name: &str) -> u64 {
    stats
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("{name} missing:\n{stats}"))
}

/// A hot loop calling a small function: 1000 iterations, so the loop is traced at the default
/// threshold (CPython prints 499500).
const HOT_CALL: &str = "def add(a, b):\n    return a + b\n\ntotal = 0\nfor i in range(1000):\n    total = add(total, i)\nprint(total)\n";

/// A hot loop whose branch goes the other way every tenth iteration: often enough for its exit
/// to get hot and grow a side trace (CPython prints 3600).
const FLIPPING_BRANCH: &str = "t = 0\nfor i in range(3000):\n    if i % 10 == 0:\n        t += 3\n    else:\n        t += 1\nprint(t)\n";

/// A method replaced on the class in the middle of a traced loop (CPython prints 1399: 601
/// calls of the old method returning 1, 399 of the new one returning 2).
const METHOD_REPLACED: &str = "class K:\n    def f(self):\n        return 1\n\ndef g(self):\n    return 2\n\nk = K()\nt = 0\nfor i in range(1000):\n    t += k.f()\n    if i == 600:\n        K.f = g\nprint(t)\n";

/// `tracery trace FILE` runs the program (its output unchanged on stdout) and prints each trace
/// to stderr: a header saying how it ended, the recorded instructions with the fitness left,
/// and their uops, the callee's frame pushed and popped and the loop closed; `--dump-traces`
/// prints the same.
#[test]
fn trace_subcommand_dumps_the_traces() {
    let (dir, path) = temp_program("trace", HOT_CALL);
    let out = run(&["trace", &path], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "499500\n");
    let dump = text(&out.stderr);
    let header = dump
        .lines()
        .find(|line| line.starts_with("trace "))
        .unwrap_or_else(|| panic!("no trace header:\n{dump}"));
    assert!(header.contains("ended: closed"), "{header}");
    assert!(
        header.contains("fitness 400 -> "),
        "the default F0: {header}"
    );
    let fitness: Vec<i64> = dump
        .lines()
        .filter_map(|line| {
            line.split("[fitness ")
                .nth(1)?
                .strip_suffix(']')?
                .parse()
                .ok()
        })
        .collect();
    assert!(fitness.len() >= 5, "recorded instructions:\n{dump}");
    assert!(
        fitness.iter().all(|&f| (0..400).contains(&f)),
        "{fitness:?}"
    );
    for uop in [
        "_GUARD_BOTH_INT",
        "_PUSH_FRAME",
        "_POP_FRAME",
        "_JUMP_TO_TOP",
    ] {
        assert!(
            dump.lines().any(|line| line.trim_start().starts_with(uop)),
            "{uop} missing:\n{dump}"
        );
    }
    assert!(dump.contains("CALL_PY_EXACT_ARGS"), "{dump}");

    let out = run(&["--dump-traces", &path], "");
    assert_eq!(text(&out.stdout), "499500\n");
    assert_eq!(
        text(&out.stderr),
        dump,
        "--dump-traces prints what `trace` does"
    );
    let out = run(&[&path], "");
    assert_eq!(text(&out.stderr), "", "no dump by default");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// F0 must lie in 100..=1000, from the option or the environment; a bad one is a usage error
/// (status 2) before anything runs, and both bounds are accepted and used.
#[test]
fn trace_fitness_is_checked_and_used() {
    let (dir, path) = temp_program("fitness", HOT_CALL);
    let rejected = [
        run(&["--trace-fitness", "99", &path], ""),
        run(&["--trace-fitness", "1001", &path], ""),
        run_with_env(&[&path], &[("TRACERY_TRACE_FITNESS", "5")], ""),
    ];
    for (out, f0) in rejected.iter().zip([99, 1001, 5]) {
        assert_eq!(out.status.code(), Some(2), "F0 {f0}");
        assert_eq!(text(&out.stdout), "", "nothing runs");
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!(
                "trace fitness {f0} is out of range (allowed 100 to 1000)"
            )),
            "{err}"
        );
    }
    for f0 in ["100", "1000"] {
        let out = run(&["trace", "--trace-fitness", f0, &path], "");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), "499500\n");
        let dump = text(&out.stderr);
        assert!(dump.contains(&format!("fitness {f0} -> ")), "{dump}");
        let out = run(&["--trace-fitness", f0, &path], "");
        assert_eq!(text(&out.stdout), "499500\n");
        assert_eq!(out.status.code(), Some(0));
    }
    let out = run_with_env(&["trace", &path], &[("TRACERY_TRACE_FITNESS", "1000")], "");
    assert_eq!(text(&out.stdout), "499500\n");
    assert!(text(&out.stderr).contains("fitness 1000 -> "));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `--stats` shows tier 2 at work on a loop whose branch goes the other way now and then: the
/// loop is recorded and closed, its exit gets hot and grows a side trace, executors run.
#[test]
fn stats_count_traces_side_traces_and_executors() {
    let out = run(&["--stats", "-c", FLIPPING_BRANCH], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "3600\n");
    let stats = text(&out.stderr);
    assert!(stat(&stats, "trace_started") >= 1, "{stats}");
    assert!(stat(&stats, "trace_finished_closed") >= 1, "{stats}");
    assert!(stat(&stats, "trace_side_started") >= 1, "{stats}");
    assert!(stat(&stats, "trace_side_installed") >= 1, "{stats}");
    assert!(stat(&stats, "executor_entered") > 0, "{stats}");
    assert_eq!(
        stat(&stats, "executor_invalidations"),
        0,
        "no class changed"
    );
    assert_eq!(stat(&stats, "trace_aborted_exception"), 0, "{stats}");
}

/// Replacing a method on the class while its loop runs as a trace invalidates the executor,
/// and the loop goes on calling the new method.
#[test]
fn class_change_invalidates_the_executor() {
    for engine in [&[][..], &["--trace-threshold", "2"], &["--tier1"]] {
        let mut args = engine.to_vec();
        args.extend(["--stats", "-c", METHOD_REPLACED]);
        let out = run(&args, "");
        assert_eq!(out.status.code(), Some(0), "{engine:?}");
        assert_eq!(text(&out.stdout), "1399\n", "{engine:?}");
        let stats = text(&out.stderr);
        if engine != ["--tier1"] {
            assert!(stat(&stats, "trace_finished_closed") >= 1, "{stats}");
            assert!(stat(&stats, "executor_invalidations") >= 1, "{stats}");
        }
    }
}

/// A hot loop whose callee reads a global, a builtin and a module attribute, all folded into
/// the trace as constants; a call at iteration 600 rebinds the global (CPython prints
/// 1391129).
const GLOBAL_REBOUND: &str = concat!(
    "import math\n",
    "\n",
    "SCALE = 2\n",
    "\n",
    "\n",
    "def bump():\n",
    "    global SCALE\n",
    "    SCALE = 3\n",
    "\n",
    "\n",
    "def term(i):\n",
    "    return i * SCALE + len(\"ab\") + math.floor(i / 7)\n",
    "\n",
    "\n",
    "def run():\n",
    "    t = 0\n",
    "    for i in range(1000):\n",
    "        t += term(i)\n",
    "        if i == 600:\n",
    "            bump()\n",
    "    return t\n",
    "\n",
    "\n",
    "print(run())\n",
);

/// A hot loop that stores a global on every iteration and calls a global function (CPython
/// prints 8994 3000).
const GLOBAL_STORED_EVERY_ITERATION: &str = concat!(
    "n = 0\n",
    "\n",
    "\n",
    "def step(i):\n",
    "    return i % 7\n",
    "\n",
    "\n",
    "def run():\n",
    "    global n\n",
    "    t = 0\n",
    "    for i in range(3000):\n",
    "        n += 1\n",
    "        t += step(i)\n",
    "    return t\n",
    "\n",
    "\n",
    "print(run(), n)\n",
);

/// Globals, builtins and module attributes are folded into traces; rebinding the global
/// invalidates the executor (a dict watcher), and the loop goes on with the new value.
#[test]
fn folded_globals_are_invalidated_when_rebound() {
    for engine in [&[][..], &["--trace-threshold", "2"], &["--tier1"]] {
        let mut args = engine.to_vec();
        args.extend(["--stats", "-c", GLOBAL_REBOUND]);
        let out = run(&args, "");
        assert_eq!(out.status.code(), Some(0), "{engine:?}");
        assert_eq!(text(&out.stdout), "1391129\n", "{engine:?}");
        let stats = text(&out.stderr);
        if engine != ["--tier1"] {
            assert!(stat(&stats, "optimizer_folded_globals") >= 3, "{stats}");
            assert!(stat(&stats, "optimizer_folded_attrs") >= 1, "{stats}");
            assert!(stat(&stats, "executor_invalidations_dict") >= 1, "{stats}");
        }
    }
}

/// A loop traced in a function called once, then an allocating loop: in a small arena the
/// collections come often, and the first loop's executor goes cold and is freed.
const COLD_LOOP: &str = "def warm(n):\n    t = 0\n    for i in range(n):\n        t += i * 3\n    return t\n\nprint(warm(2000))\ntotal = 0\nfor r in range(200000):\n    total += len(str(r) * 20)\nprint(total)\nprint(warm(10))\n";

/// A loop traced, then invalidated by a class change after it ran, never to run again.
const INVALIDATED_LOOP: &str = "class P:\n    def get(self):\n        return 1\n\ndef run(p, n):\n    t = 0\n    for i in range(n):\n        t += p.get()\n    return t\n\np = P()\nprint(run(p, 1000))\nP.get = lambda self: 2\ntotal = 0\nfor r in range(50000):\n    total += len(str(r))\nprint(total)\n";

/// Executors are reclaimed by the collector: a cold one (`executor_freed_cold`) and an
/// invalidated one whose loop never runs again (`executor_freed_invalid`, never found
/// invalid on entry); the programs run the same under every engine.
#[test]
fn cold_and_invalidated_executors_are_freed() {
    for (program, expected, freed) in [
        (COLD_LOOP, "5997000\n21777800\n135\n", "executor_freed_cold"),
        (INVALIDATED_LOOP, "1000\n238890\n", "executor_freed_invalid"),
    ] {
        let out = run(&["--arena", "4M", "--stats", "-c", program], "");
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(text(&out.stdout), expected);
        let stats = text(&out.stderr);
        assert!(stat(&stats, freed) >= 1, "{stats}");
        assert_eq!(stat(&stats, "executor_dropped_invalid"), 0, "{stats}");
        for engine in [&["--tier1"][..], &["--trace-threshold", "1"]] {
            let mut args = engine.to_vec();
            args.extend(["--arena", "4M", "-c", program]);
            let out = run(&args, "");
            assert_eq!(out.status.code(), Some(0), "{engine:?}");
            assert_eq!(text(&out.stdout), expected, "{engine:?}");
        }
    }
}

/// A loop that stores a global it could fold (its dict changes while the trace is recorded)
/// keeps guarded loads instead: the trace is installed, never invalidated by its own stores.
#[test]
fn a_global_stored_in_the_loop_is_not_folded() {
    let out = run(&["--stats", "-c", GLOBAL_STORED_EVERY_ITERATION], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "8994 3000\n");
    let stats = text(&out.stderr);
    assert!(stat(&stats, "trace_finished_closed") >= 1, "{stats}");
    assert!(stat(&stats, "optimizer_unfolded_changed") >= 1, "{stats}");
    assert_eq!(stat(&stats, "executor_invalidations_dict"), 0, "{stats}");
}

/// The baseline selector runs programs the same; an unknown selector is rejected by the
/// option parser.
#[test]
fn trace_selector_baseline_and_unknown() {
    for (program, expected) in [
        (HOT_CALL, "499500\n"),
        (FLIPPING_BRANCH, "3600\n"),
        (METHOD_REPLACED, "1399\n"),
    ] {
        for threshold in ["256", "2", "1"] {
            let out = run(
                &[
                    "--trace-selector=baseline",
                    "--trace-threshold",
                    threshold,
                    "-c",
                    program,
                ],
                "",
            );
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            assert_eq!(text(&out.stdout), expected, "{program}");
        }
    }
    let out = run(
        &["--stats", "--trace-selector=baseline", "-c", HOT_CALL],
        "",
    );
    assert!(stat(&text(&out.stderr), "trace_finished_closed") >= 1);

    let out = run(&["--trace-selector=nope", "-c", HOT_CALL], "");
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
    let err = text(&out.stderr);
    assert!(err.contains("invalid value 'nope'"), "{err}");
    assert!(err.contains("fitness, baseline"), "{err}");
}

/// `--tier1` never starts a trace, even on hot loops, and runs them the same.
#[test]
fn tier1_starts_no_traces() {
    for (program, expected) in [(HOT_CALL, "499500\n"), (FLIPPING_BRANCH, "3600\n")] {
        let out = run(&["--tier1", "--stats", "-c", program], "");
        assert_eq!(text(&out.stdout), expected);
        let stats = text(&out.stderr);
        assert!(stats.lines().any(|l| l == "trace_started 0"), "{stats}");
        assert_eq!(stat(&stats, "executor_entered"), 0, "{stats}");
    }
}
