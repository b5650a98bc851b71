//! Python on the bare-metal image: a sample of the corpus runs under QEMU and must print what
//! CPython prints (UART output: stdout, then the traceback of an uncaught exception).

use tracery_tests::corpus::{self, Program};
use tracery_tests::qemu::{Profile, Qemu, image};

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
        let expected = program.expectation().expect("corpus expectation");
        let out = Qemu::default()
            .args(["--run", program.path.to_str().expect("UTF-8 path")])
            .run(elf);
        // The first UART line is the image's banner.
        let uart = out.uart.split_once('\n').map_or("", |(_, rest)| rest);
        let (stdout, stderr) = uart.split_at(expected.stdout.len().min(uart.len()));
        let stderr = corpus::normalize_stderr(stderr);
        if stdout != expected.stdout || stderr != expected.stderr || out.status != expected.status {
            failures.push(format!(
                "{}: status {} (want {})\n{}{}",
                program.name,
                out.status,
                expected.status,
                corpus::short_diff("stdout", &expected.stdout, stdout),
                corpus::short_diff("stderr", &expected.stderr, &stderr),
            ));
        }
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
