//! Python on the bare-metal image: a sample of the corpus runs under QEMU and must print what
//! CPython prints (UART output: stdout, then the traceback of an uncaught exception), with
//! tier 2 on; its trace events reach the `defmt` log.

use tracery_tests::corpus::{self, Program};
use tracery_tests::qemu::{Outcome, Profile, Qemu, decode_defmt, image};

/// Corpus programs the image runs (a spread of features, an error and a syntax error).
const SAMPLE: &[&str] = &[
    "001_int_arith",
    "002_float_repr",
    "003_floordiv_mod_signs",
    "010_",
    "020_",
    "030_",
    "044_",
    "090_",
    "100_",
    "110_",
    "140_",
    // Issue 4: classes, builtins, methods, % formatting, math/random.
    "200_",
    "222_",
    "245_",
    "255_",
    "260_",
    "268_",
    "270_",
    // Language level 2: exceptions, generators, descriptors, sets, chained tracebacks.
    "level2/001_",
    "level2/005_",
    "level2/100_",
    "level2/181_",
    "level2/222_",
    "level2/243_",
    "level2/250_",
    "level2/262_",
];

/// The sample program whose hot loops (a `while` loop in a function, with a branch that grows
/// a side trace, and a module-level `for` loop) become traces at the default threshold.
const HOT_LOOPS: &str = "100_bench_int_loop";

/// How a trace may end (`tier2::TraceEvent::Finished`'s reasons).
const END_REASONS: &[&str] = &["closed", "fitness", "executor", "unsupported", "full"];

/// The default trace budget `F0` the image uses (`tier2::recorder::F0_DEFAULT`).
const F0_DEFAULT: i32 = 400;

fn sample() -> Vec<Program> {
    let known = corpus::known_failing();
    let programs = corpus::programs(None);
    SAMPLE
        .iter()
        .filter_map(|prefix| programs.iter().find(|p| p.name.starts_with(prefix)))
        .filter(|p| !known.contains(&p.name))
        .cloned()
        .collect()
}

/// Compares a run's UART output and status with CPython's: `None` when they match, else a
/// description of the difference.
fn mismatch(program: &Program, out: &Outcome) -> Option<String> {
    let expected = program.expectation().expect("corpus expectation");
    // The first UART line is the image's banner.
    let uart = out.uart.split_once('\n').map_or("", |(_, rest)| rest);
    let (stdout, stderr) = uart.split_at(expected.stdout.len().min(uart.len()));
    let stderr = corpus::normalize_stderr(stderr);
    if stdout == expected.stdout && stderr == expected.stderr && out.status == expected.status {
        return None;
    }
    Some(format!(
        "{}: status {} (want {})\n{}{}",
        program.name,
        out.status,
        expected.status,
        corpus::short_diff("stdout", &expected.stdout, stdout),
        corpus::short_diff("stderr", &expected.stderr, &stderr),
    ))
}

/// A decoded `trace end REASON: N uops, fitness F, exit quality Q` message.
#[derive(Debug)]
struct TraceEnd<'a> {
    reason: &'a str,
    uops: usize,
    fitness: i32,
    quality: i32,
}

/// Parses the message part of a `trace end` log line.
fn parse_trace_end(message: &str) -> Option<TraceEnd<'_>> {
    let (reason, rest) = message.strip_prefix("trace end ")?.split_once(": ")?;
    let (uops, rest) = rest.split_once(" uops, fitness ")?;
    let (fitness, quality) = rest.split_once(", exit quality ")?;
    Some(TraceEnd {
        reason,
        uops: uops.parse().ok()?,
        fitness: fitness.parse().ok()?,
        quality: quality.parse().ok()?,
    })
}

#[test]
fn corpus_sample_matches_cpython_under_qemu() {
    let elf = image(Profile::Release);
    let programs = sample();
    assert!(
        programs.len() >= 5,
        "the QEMU sample shrank to {} programs",
        programs.len()
    );
    let mut failures = Vec::new();
    for program in &programs {
        let out = Qemu::default()
            .args(["--run", program.path.to_str().expect("UTF-8 path")])
            .run(elf);
        failures.extend(mismatch(program, &out));
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ under QEMU:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

#[test]
fn default_run_is_the_demo_program() {
    let out = Qemu::default().run(image(Profile::Release));
    assert_eq!(out.status, 0, "{out:?}");
    assert!(
        out.uart.contains("fib(90) = 2880067194370816120"),
        "{}",
        out.uart
    );
    assert!(out.uart.contains("all checks passed"), "{}", out.uart);
}

#[test]
fn uncaught_exception_exits_with_status_one() {
    let dir = std::env::temp_dir().join(format!("tracery-qemu-py-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("boom.py");
    std::fs::write(&path, "print('start')\nx = {}\nprint(x['nope'])\n").unwrap();
    let out = Qemu::default()
        .args(["--run", path.to_str().unwrap()])
        .run(image(Profile::Release));
    assert_eq!(out.status, 1, "{out:?}");
    assert!(
        out.uart
            .contains("start\nTraceback (most recent call last):\n"),
        "{}",
        out.uart
    );
    assert!(out.uart.contains("KeyError: 'nope'"), "{}", out.uart);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn trace_events_reach_the_defmt_log() {
    let elf = image(Profile::Release);
    let program = corpus::programs(None)
        .into_iter()
        .find(|p| p.name == HOT_LOOPS)
        .expect("the hot-loop program is in the corpus");
    let dir = std::env::temp_dir().join(format!("tracery-qemu-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("trace.defmt");
    let out = Qemu::default()
        .args([
            "--defmt",
            log.to_str().unwrap(),
            "--run",
            program.path.to_str().expect("UTF-8 path"),
        ])
        .run(elf);
    // Tier 2 changes nothing the program prints.
    if let Some(diff) = mismatch(&program, &out) {
        panic!("{diff}");
    }
    let text = decode_defmt(elf, &log);
    std::fs::remove_dir_all(&dir).unwrap();
    // Each line is `TIMESTAMP INFO  MESSAGE`.
    let messages: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_once(" INFO  ").map(|(_, message)| message))
        .collect();
    assert!(
        messages.iter().any(|m| m.starts_with("python: running ")),
        "{text}"
    );
    let root_starts = messages
        .iter()
        .filter(|m| m.starts_with("trace start side=false at="))
        .count();
    assert!(root_starts >= 2, "both hot loops start a trace:\n{text}");
    let mut ends = Vec::new();
    for (i, message) in messages.iter().enumerate() {
        if message.starts_with("trace end ") || message.starts_with("trace abort ") {
            // A recording logs nothing else between its start and its end.
            assert!(
                i > 0 && messages[i - 1].starts_with("trace start side="),
                "'{message}' follows no trace start:\n{text}"
            );
        }
        if message.starts_with("trace end ") {
            let end = parse_trace_end(message)
                .unwrap_or_else(|| panic!("malformed trace end '{message}':\n{text}"));
            assert!(END_REASONS.contains(&end.reason), "{end:?}");
            assert!(end.uops > 0, "{end:?}");
            assert!(end.fitness <= F0_DEFAULT, "{end:?}");
            // A closed loop has the best exit quality there is.
            if end.reason == "closed" {
                assert_eq!(end.quality, i32::MAX, "{end:?}");
            }
            ends.push(end);
        }
    }
    assert!(ends.len() >= 2, "both hot loops install a trace:\n{text}");
    assert!(
        ends.iter().any(|end| end.reason == "closed"),
        "a simple counting loop closes:\n{text}"
    );
}
