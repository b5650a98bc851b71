//! The program corpus: its expectations agree with CPython, and `tracery` reproduces them.
//!
//! `TRACERY_CORPUS_FILTER=substring` keeps only the programs whose name contains it.
//! Programs listed in `tests/programs/KNOWN_FAILING` may fail; one that passes under every
//! engine must be removed from the list, so the list only shrinks. Every program runs under
//! every engine in [`ENGINES`], and all must agree with CPython.

use std::collections::BTreeSet;
use std::process::Command;
use tracery_tests::corpus;

/// The engines, as `tracery` options: the default (specialization, hot loops traced and run
/// by the uop interpreter), the plain interpreter, tier 1 alone, and tier 2 with thresholds
/// so low that nearly every loop is traced (also with the smallest trace budget, so traces
/// end early and exit often).
const ENGINES: [&[&str]; 5] = [
    &[],
    &["--no-specialize"],
    &["--tier1"],
    &["--uops", "--trace-threshold=2"],
    &["--uops", "--trace-threshold=1", "--trace-fitness=100"],
];

/// Exit status of `regen.py` when the Python running it is not the pinned CPython version.
const REGEN_WRONG_PYTHON: i32 = 3;

#[test]
fn expectations_match_cpython() {
    let Some(python) = corpus::python3() else {
        eprintln!("skipped: no python3 on the PATH to check the corpus expectations with");
        return;
    };
    let mut cmd = Command::new(python);
    cmd.arg(corpus::regen_script())
        .arg("--check")
        .current_dir(corpus::programs_dir());
    if let Some(filter) = corpus::filter_from_env() {
        cmd.arg(filter);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|err| panic!("cannot run {python} regen.py: {err}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(REGEN_WRONG_PYTHON) {
        eprintln!("skipped: {}", stderr.trim());
        return;
    }
    assert!(
        out.status.success(),
        "stored expectations disagree with CPython ({}); fix the program or run \
         tests/programs/regen.py:\n{stdout}{stderr}",
        out.status
    );
}

#[test]
fn corpus_runs_under_tracery() {
    let filter = corpus::filter_from_env();
    let programs = corpus::programs(filter.as_deref());
    assert!(
        !programs.is_empty(),
        "no corpus program matches {}={filter:?}",
        corpus::FILTER_VAR
    );
    let all_names: BTreeSet<String> = corpus::programs(None)
        .into_iter()
        .map(|program| program.name)
        .collect();
    let known = corpus::known_failing();
    let mut failures = String::new();
    let mut reports = Vec::new();
    for engine in ENGINES {
        let results = corpus::run_all(corpus::tracery(), engine, &programs, corpus::TIMEOUT);
        let report = corpus::judge(&programs, &results, &known, &all_names);
        let label = if engine.is_empty() {
            "default".to_owned()
        } else {
            engine.join(" ")
        };
        for name in &report.known_failing {
            println!("known failing ({label}): {name}");
        }
        for name in &report.listed_passing {
            println!("known failing, but passes ({label}): {name}");
        }
        println!(
            "corpus ({label}): {} ran, {} passed, {} known failing",
            report.ran,
            report.passed.len(),
            report.known_failing.len()
        );
        if !report.problems.is_empty() {
            failures.push_str(&format!("engine {label}:\n{}\n", report.summary()));
        }
        reports.push(report);
    }
    // A program tier 2 gets wrong still passes under the plain engines: an entry goes only
    // once it passes under every engine.
    for problem in corpus::passing_everywhere(&reports) {
        failures.push_str(&format!("{problem}\n"));
    }
    assert!(failures.is_empty(), "{failures}");
}
