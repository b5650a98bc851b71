//! The `tracery` command line: running code, errors and exit statuses, the disassembler.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use tracery_tests::corpus::tracery;

#[track_caller]
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(tracery())
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
