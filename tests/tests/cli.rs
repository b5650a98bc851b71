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
