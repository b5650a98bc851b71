//! `tracery bench`: every benchmark validates itself at its tiny size under Tracery and under
//! CPython with the same result; the JSON it writes is read back by pyperf itself
//! (`pyperf show`, `pyperf compare_to`, the Python API); `tracery bench compare` reads ours
//! and pyperf's files; bad input gets a clear error and a non-zero status.
//!
//! Needs pyperf (`python3 -m pip install pyperf`; `cargo test-all` installs it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tracery_tests::corpus::tracery;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder of this test's own.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("tracery-bench-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[track_caller]
fn bench(args: &[&str]) -> Output {
    Command::new(tracery())
        .arg("bench")
        .args(args)
        .output()
        .expect("tracery starts")
}

/// Runs Python code with pyperf importable, from `/` so no test file shadows a module.
#[track_caller]
fn python(code: &str, args: &[&str]) -> Output {
    let out = Command::new("python3")
        .current_dir("/")
        .args(["-c", code])
        .args(args)
        .output()
        .expect("python3 starts");
    assert!(
        !text(&out.stderr).contains("No module named 'pyperf'"),
        "pyperf is missing: run `python3 -m pip install pyperf` (cargo test-all does)"
    );
    out
}

#[track_caller]
fn pyperf(args: &[&str]) -> Output {
    python(
        "import sys, runpy; sys.argv[0] = 'pyperf'; runpy.run_module('pyperf', run_name='__main__')",
        args,
    )
}

/// The benchmark names, from `tracery bench --list`.
fn suite_names() -> Vec<String> {
    let out = bench(&["--list"]);
    assert_eq!(out.status.code(), Some(0));
    text(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| line.split('|').nth(1).map(|name| name.trim().to_owned()))
        .collect()
}

/// `name: result` for every benchmark of a pyperf file, read with pyperf's own API.
#[track_caller]
fn results_via_pyperf(path: &Path) -> Vec<String> {
    let out = python(
        "import sys, pyperf\n\
         suite = pyperf.BenchmarkSuite.load(sys.argv[1])\n\
         for bench in suite.get_benchmarks():\n\
         \x20   assert bench.get_nvalue() >= 1 and bench.mean() > 0\n\
         \x20   meta = bench.get_metadata()\n\
         \x20   assert all(run.get_metadata()['mem_max_rss'] > 1 << 20 for run in bench.get_runs())\n\
         \x20   print(bench.get_name() + ': ' + meta['bench_result'])\n",
        &[path.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn the_suite_validates_under_tracery_and_cpython_and_pyperf_reads_it() {
    let dir = scratch("suite");
    let ours = dir.join("tracery.json");
    let cpython = dir.join("cpython.json");
    let plan = [
        "--tiny",
        "--processes",
        "2",
        "--warmups",
        "1",
        "--values",
        "2",
    ];
    let out = bench(&[&plan[..], &["-o", ours.to_str().unwrap()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = bench(
        &[
            &plan[..],
            &["--python", "python3", "-o", cpython.to_str().unwrap()],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // Every benchmark ran and computed exactly what CPython computes.
    let names = suite_names();
    assert!(names.len() >= 4, "{names:?}");
    let ours_results = results_via_pyperf(&ours);
    let cpython_results = results_via_pyperf(&cpython);
    assert_eq!(ours_results.len(), names.len(), "{ours_results:?}");
    for (name, line) in names.iter().zip(&ours_results) {
        assert!(line.starts_with(&format!("{name}: ")), "{line}");
    }
    assert_eq!(ours_results, cpython_results);

    // pyperf's own commands accept the files.
    let out = pyperf(&["show", ours.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Mean +- std dev"),
        "{}",
        text(&out.stdout)
    );
    let out = pyperf(&[
        "compare_to",
        cpython.to_str().unwrap(),
        ours.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // And so does ours: a row per benchmark, then the geometric mean.
    let out = bench(&["compare", cpython.to_str().unwrap(), ours.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let header = "| Benchmark | cpython | tracery | Change | Significance | cpython peak RSS | tracery peak RSS |";
    assert!(table.starts_with(header), "{table}");
    for name in &names {
        let row = table
            .lines()
            .find(|l| l.starts_with(&format!("| {name} |")));
        let row = row.unwrap_or_else(|| panic!("no row for {name}: {table}"));
        assert!(
            row.contains(" sec") || row.contains(" ms") || row.contains(" us"),
            "{row}"
        );
        assert!(
            row.contains("x faster") || row.contains("x slower") || row.contains("no change"),
            "{row}"
        );
        assert!(row.contains("ignificant"), "{row}");
        assert!(row.contains(" MiB |"), "{row}");
    }
    assert!(table.contains("| Geometric mean | (ref) |"), "{table}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compare_reads_files_written_by_pyperf() {
    let dir = scratch("pyperf");
    let path = dir.join("made_by_pyperf.json");
    let out = python(
        "import sys, pyperf\n\
         def bench(name, values):\n\
         \x20   runs = [pyperf.Run(values[i:i + 3], warmups=[(1, values[i])],\n\
         \x20                      metadata={'name': name, 'unit': 'second', 'mem_max_rss': 9 << 20},\n\
         \x20                      collect_metadata=False) for i in (0, 3)]\n\
         \x20   return pyperf.Benchmark(runs)\n\
         suite = pyperf.BenchmarkSuite([bench('alpha', [1.0, 1.1, 0.9, 1.05, 0.95, 1.0]),\n\
         \x20                             bench('beta', [0.002, 0.0021, 0.0019, 0.002, 0.002, 0.002])])\n\
         suite.dump(sys.argv[1])\n",
        &[path.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = bench(&["compare", path.to_str().unwrap(), path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(
        table.contains("| alpha | 1.00 sec +- 0.07 sec | 1.00 sec +- 0.07 sec | no change | Not significant (t=0.00) | 9.0 MiB | 9.0 MiB |"),
        "{table}"
    );
    assert!(table.contains("| beta | 2.00 ms +- 0.06 ms |"), "{table}");
    assert!(
        table.contains("| Geometric mean | (ref) | | no change |"),
        "{table}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_wrong_answer_fails_the_run() {
    // A copy of the suite in which richards miscounts: its self-check must catch it.
    let dir = scratch("broken");
    let source = tracery_tests::workspace_root().join("tests/bench/richards.py");
    let text_of = std::fs::read_to_string(source).unwrap();
    let broken = text_of.replacen("self.count -= 1", "self.count -= 2", 1);
    assert_ne!(broken, text_of, "the mutation applies");
    std::fs::write(dir.join("richards.py"), broken).unwrap();
    let output = dir.join("out.json");
    let out = bench(&[
        "richards",
        "--tiny",
        "--fast",
        "--suite",
        dir.to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("richards") && stderr.contains("FAILED"),
        "{stderr}"
    );
    assert!(stderr.contains("AssertionError"), "{stderr}");
    assert!(!output.exists());
    assert!(stderr.contains("no results, so"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_requests_get_clear_errors() {
    let out = bench(&["no_such_benchmark"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no benchmark called 'no_such_benchmark' (the suite: "),
        "{}",
        text(&out.stderr)
    );

    let out = bench(&["nbody", "--size", "nbody"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--size expects NAME=N"),
        "{}",
        text(&out.stderr)
    );

    let dir = scratch("bad");
    let junk = dir.join("junk.json");
    std::fs::write(&junk, "{\"version\": \"0.1\", \"benchmarks\": []}").unwrap();
    let out = bench(&["compare", junk.to_str().unwrap(), junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("pyperf file format version \"0.1\" is not supported"),
        "{}",
        text(&out.stderr)
    );
    std::fs::write(&junk, "not json").unwrap();
    let out = bench(&["compare", junk.to_str().unwrap(), "/nonexistent.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("junk.json: not JSON"),
        "{}",
        text(&out.stderr)
    );

    let out = bench(&[
        "--python",
        "/nonexistent/python",
        "nbody",
        "--tiny",
        "--fast",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("cannot start /nonexistent/python"),
        "{}",
        text(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
