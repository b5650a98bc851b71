//! `tracery bench`: runs the benchmark suite in fresh processes and reports like pyperf.
//!
//! Each process runs one benchmark for `warmups + values` loops (`--loops`); the program times
//! each loop itself with `time.perf_counter()`, so start-up and compilation are not measured,
//! and validates its own result. The harness keeps the timed loops as values, the first ones as
//! warm-ups, and the peak RSS of every process (`wait4`). `-o FILE.json` writes pyperf's JSON;
//! `tracery bench compare A.json B.json` prints a `compare_to`-style table. `--python CMD` runs
//! the same suite under another interpreter, so peers are compared from one command.

mod compare;
mod pyperf;
mod runner;
mod suite;

use clap::{Args, Subcommand};
use runner::{Engine, ProcessRun};
use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use suite::{Benchmark, SUITE};

/// `tracery bench` and its subcommands.
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BenchCommand {
    #[command(subcommand)]
    action: Option<BenchAction>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand, Debug)]
enum BenchAction {
    /// Compare two result files (ours or pyperf's): B against the reference A.
    Compare {
        /// The reference results.
        reference: PathBuf,
        /// The results to compare with it.
        changed: PathBuf,
    },
}

/// Options for running the suite.
#[derive(Args, Debug)]
struct RunArgs {
    /// Benchmarks to run (default: all of them; `--list` shows them).
    #[arg(value_name = "NAMES")]
    names: Vec<String>,
    /// List the benchmarks with their sizes and stop.
    #[arg(long)]
    list: bool,
    /// Write the results to FILE.json in pyperf's format.
    #[arg(short = 'o', long = "output", value_name = "FILE.json")]
    output: Option<PathBuf>,
    /// Run the suite under another Python instead (e.g. `python3`, `pypy3`, "python3 -X dev").
    #[arg(long, value_name = "CMD")]
    python: Option<String>,
    /// A quick pass: 2 processes, 1 warm-up and 2 values each.
    #[arg(long, conflicts_with = "rigorous")]
    fast: bool,
    /// A careful pass: 10 processes, 1 warm-up and 5 values each (the default is 5 processes,
    /// 1 warm-up and 4 values each).
    #[arg(long)]
    rigorous: bool,
    /// Fresh processes per benchmark.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    processes: Option<u32>,
    /// Timed loops per process.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    values: Option<u32>,
    /// Untimed warm-up loops per process, before the values.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=1000))]
    warmups: Option<u32>,
    /// Run every benchmark at its tiny size: a smoke test whose timings mean nothing.
    #[arg(long)]
    tiny: bool,
    /// Run NAME at size N instead of its default (repeatable).
    #[arg(long = "size", value_name = "NAME=N")]
    sizes: Vec<String>,
    /// Run the benchmark files in DIR (e.g. `tests/bench`) instead of the built-in copies.
    #[arg(long, value_name = "DIR")]
    suite: Option<PathBuf>,
}

/// Tracery options that benchmark processes under Tracery inherit.
pub struct Inherited {
    /// `--arena SIZE`, when not the default.
    pub arena: Option<String>,
    /// `--recursion-limit N`, when not the default.
    pub recursion_limit: Option<String>,
    /// Engine options given to `bench` (`--no-specialize`, `--tier1`).
    pub engine: Vec<String>,
}

/// Runs `tracery bench ...`.
pub fn main(command: &BenchCommand, inherited: &Inherited) -> ExitCode {
    let result = match &command.action {
        Some(BenchAction::Compare { reference, changed }) => compare_files(reference, changed),
        None if command.run.list => {
            list();
            Ok(ExitCode::SUCCESS)
        }
        None => run_suite(&command.run, inherited),
    };
    result.unwrap_or_else(|message| {
        eprintln!("tracery bench: {message}");
        ExitCode::from(2)
    })
}

fn list() {
    println!("| benchmark | default size | tiny size | exercises |");
    println!("|---|---:|---:|---|");
    for bench in SUITE {
        println!(
            "| {} | {} | {} | {} |",
            bench.name, bench.default_size, bench.tiny_size, bench.about
        );
    }
}

fn compare_files(reference: &Path, changed: &Path) -> Result<ExitCode, String> {
    let load = |path: &Path| -> Result<(String, Vec<pyperf::Loaded>), String> {
        let text = std::fs::read_to_string(path)
            .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        let loaded = pyperf::load(&text).map_err(|err| format!("{}: {err}", path.display()))?;
        let label = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into(),
        );
        Ok((label, loaded))
    };
    let (mut label_a, a) = load(reference)?;
    let (mut label_b, b) = load(changed)?;
    if label_a == label_b {
        label_a.push_str(" (A)");
        label_b.push_str(" (B)");
    }
    print!("{}", compare::table(&label_a, &a, &label_b, &b));
    Ok(ExitCode::SUCCESS)
}

/// Processes, warm-ups and values per process.
fn plan(args: &RunArgs) -> (u32, u32, u32) {
    let (processes, warmups, values) = if args.fast {
        (2, 1, 2)
    } else if args.rigorous {
        (10, 1, 5)
    } else {
        (5, 1, 4)
    };
    (
        args.processes.unwrap_or(processes),
        args.warmups.unwrap_or(warmups),
        args.values.unwrap_or(values),
    )
}

/// The chosen benchmarks with their sizes.
fn selection(args: &RunArgs) -> Result<Vec<(&'static Benchmark, u32)>, String> {
    let unknown = |name: &str| {
        let names: Vec<&str> = SUITE.iter().map(|b| b.name).collect();
        format!(
            "no benchmark called '{name}' (the suite: {})",
            names.join(", ")
        )
    };
    let mut chosen: Vec<(&Benchmark, u32)> = Vec::new();
    for name in &args.names {
        let bench = suite::find(name).ok_or_else(|| unknown(name))?;
        if !chosen.iter().any(|(b, _)| b.name == bench.name) {
            chosen.push((bench, 0));
        }
    }
    if chosen.is_empty() {
        chosen = SUITE.iter().map(|bench| (bench, 0)).collect();
    }
    for (bench, size) in &mut chosen {
        *size = if args.tiny {
            bench.tiny_size
        } else {
            bench.default_size
        };
    }
    for spec in &args.sizes {
        let Some((name, value)) = spec.split_once('=') else {
            return Err(format!("--size expects NAME=N, got '{spec}'"));
        };
        let size: u32 = value
            .trim()
            .parse()
            .map_err(|_| format!("--size {spec}: '{value}' is not a size"))?;
        suite::find(name.trim()).ok_or_else(|| unknown(name.trim()))?;
        match chosen.iter_mut().find(|(b, _)| b.name == name.trim()) {
            Some((_, slot)) => *slot = size,
            None => return Err(format!("--size {spec}: {name} is not among those chosen")),
        }
    }
    Ok(chosen)
}

/// Where the benchmark files are: `--suite DIR`, or a temporary folder holding the built-in
/// copies (removed when dropped).
struct SuiteDir {
    path: PathBuf,
    temporary: bool,
}

impl SuiteDir {
    fn new(args: &RunArgs, chosen: &[(&Benchmark, u32)]) -> Result<SuiteDir, String> {
        if let Some(dir) = &args.suite {
            for (bench, _) in chosen {
                let file = dir.join(format!("{}.py", bench.name));
                if !file.is_file() {
                    return Err(format!("{} does not exist", file.display()));
                }
            }
            return Ok(SuiteDir {
                path: dir.clone(),
                temporary: false,
            });
        }
        let path = std::env::temp_dir().join(format!("tracery-bench-{}", std::process::id()));
        let dir = SuiteDir {
            path,
            temporary: true,
        };
        std::fs::create_dir_all(&dir.path)
            .map_err(|err| format!("cannot create {}: {err}", dir.path.display()))?;
        for (bench, _) in chosen {
            let file = dir.file(bench);
            std::fs::write(&file, bench.source)
                .map_err(|err| format!("cannot write {}: {err}", file.display()))?;
        }
        Ok(dir)
    }

    fn file(&self, bench: &Benchmark) -> PathBuf {
        self.path.join(format!("{}.py", bench.name))
    }
}

impl Drop for SuiteDir {
    fn drop(&mut self) {
        if self.temporary {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// The engine to run: `--python CMD`, or this very `tracery` binary.
fn engine(args: &RunArgs, inherited: &Inherited) -> Result<Engine, String> {
    if let Some(command) = &args.python {
        if !inherited.engine.is_empty() {
            return Err(format!(
                "{} applies to tracery, not to --python {command}",
                inherited.engine.join(" ")
            ));
        }
        let mut words = command.split_whitespace().map(str::to_owned);
        let program = words
            .next()
            .ok_or_else(|| "--python needs a command".to_owned())?;
        return Ok(Engine {
            program,
            args: words.collect(),
            is_tracery: false,
        });
    }
    let program = std::env::current_exe()
        .map_err(|err| format!("cannot find the tracery binary: {err}"))?
        .display()
        .to_string();
    let mut engine_args = inherited.engine.clone();
    if let Some(arena) = &inherited.arena {
        engine_args.extend(["--arena".to_owned(), arena.clone()]);
    }
    if let Some(limit) = &inherited.recursion_limit {
        engine_args.extend(["--recursion-limit".to_owned(), limit.clone()]);
    }
    Ok(Engine {
        program,
        args: engine_args,
        is_tracery: true,
    })
}

/// Suite-wide metadata: what ran, where.
fn suite_metadata(engine: &Engine, plan: (u32, u32, u32)) -> Map<String, Value> {
    let mut meta = Map::new();
    let mut put = |key: &str, text: &str| pyperf::put_text(&mut meta, key, text);
    if engine.is_tracery {
        put("python_implementation", "tracery");
        put("python_version", tracery_core::VERSION);
        put("python_executable", &engine.program);
    } else {
        // Ask the interpreter itself, as pyperf's workers do.
        let probe = "import platform, sys\nprint(platform.python_implementation())\n\
                     print(platform.python_version())\nprint(sys.executable)";
        let answer = std::process::Command::new(&engine.program)
            .args(&engine.args)
            .args(["-c", probe])
            .output();
        if let Ok(out) = &answer
            && out.status.success()
        {
            let text = String::from_utf8_lossy(&out.stdout);
            let mut lines = text.lines();
            for key in [
                "python_implementation",
                "python_version",
                "python_executable",
            ] {
                put(key, lines.next().unwrap_or(""));
            }
        }
    }
    if engine.is_tracery {
        let options: Vec<&str> = engine
            .args
            .iter()
            .map(String::as_str)
            .filter(|arg| matches!(*arg, "--no-specialize" | "--tier1"))
            .collect();
        put(
            "tracery_engine",
            match options.as_slice() {
                [] => "specializing, tier 2 entry on",
                ["--tier1"] => "specializing, tier 1 only",
                ["--no-specialize"] => "plain interpreter, tier 2 entry on",
                _ => "plain interpreter, tier 1 only",
            },
        );
    }
    put("engine_command", &{
        let mut words = vec![engine.program.clone()];
        words.extend(engine.args.iter().cloned());
        words.join(" ")
    });
    let tracery_env: Vec<String> = std::env::vars()
        .filter(|(key, _)| key.starts_with("TRACERY_"))
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    put("tracery_env", &tracery_env.join(" "));
    put(
        "harness",
        &format!("tracery bench {}", tracery_core::VERSION),
    );
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    put("hostname", &read("/proc/sys/kernel/hostname"));
    let release = read("/proc/sys/kernel/osrelease");
    put(
        "platform",
        &format!(
            "{}-{}-{}",
            std::env::consts::OS,
            release.trim(),
            std::env::consts::ARCH
        ),
    );
    let cpuinfo = read("/proc/cpuinfo");
    if let Some(model) = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
    {
        put("cpu_model_name", model.1);
    }
    if let Ok(count) = std::thread::available_parallelism() {
        meta.insert("cpu_count".into(), Value::from(count.get()));
    }
    let (processes, warmups, values) = plan;
    pyperf::put_text(
        &mut meta,
        "bench_plan",
        &format!("{processes} processes x ({warmups} warm-up + {values} values)"),
    );
    meta
}

fn run_suite(args: &RunArgs, inherited: &Inherited) -> Result<ExitCode, String> {
    let chosen = selection(args)?;
    let (processes, warmups, values) = plan(args);
    let engine = engine(args, inherited)?;
    let dir = SuiteDir::new(args, &chosen)?;
    let metadata = suite_metadata(&engine, (processes, warmups, values));
    let terminal = std::io::stderr().is_terminal();
    let mut measured = Vec::new();
    let mut failed = Vec::new();
    let width = chosen.iter().map(|(b, _)| b.name.len()).max().unwrap_or(0);
    for (index, (bench, size)) in chosen.iter().enumerate() {
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "[{:>2}/{}] {:<width$} ",
            index + 1,
            chosen.len(),
            bench.name
        );
        let _ = err.flush();
        drop(err);
        let mut runs: Vec<ProcessRun> = Vec::new();
        let mut failure = None;
        for _ in 0..processes {
            match runner::run_process(&engine, &dir.file(bench), *size, warmups, values) {
                Ok(run) => {
                    if let Some(first) = runs.first()
                        && first.result != run.result
                    {
                        failure = Some(format!(
                            "results differ between processes: '{}' then '{}'",
                            first.result, run.result
                        ));
                        break;
                    }
                    runs.push(run);
                    eprint!(".");
                    if terminal {
                        let _ = std::io::stderr().flush();
                    }
                }
                Err(message) => {
                    failure = Some(message);
                    break;
                }
            }
        }
        match failure {
            Some(message) => {
                eprintln!(" FAILED: {message}");
                failed.push(bench.name);
            }
            None => {
                let all: Vec<f64> = runs.iter().flat_map(|r| r.values.iter().copied()).collect();
                let rss = runs.iter().map(|r| r.max_rss).max().unwrap_or(0);
                eprintln!(
                    " {} ({} values, peak RSS {})",
                    compare::format_mean(&all),
                    all.len(),
                    compare::format_bytes(rss)
                );
                measured.push(pyperf::Measured {
                    name: bench.name.to_owned(),
                    size: *size,
                    result: runs[0].result.clone(),
                    runs,
                });
            }
        }
    }
    if !measured.is_empty() {
        print!("{}", summary(&measured));
    }
    if let Some(path) = &args.output {
        if measured.is_empty() {
            eprintln!(
                "tracery bench: no results, so {} is not written",
                path.display()
            );
        } else {
            let json = pyperf::suite_json(metadata, &measured);
            std::fs::write(path, json.to_string() + "\n")
                .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
            eprintln!("results written to {}", path.display());
        }
    }
    if failed.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("tracery bench: failed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}

/// The results as a Markdown table (standard output).
fn summary(measured: &[pyperf::Measured]) -> String {
    let mut out = String::from(
        "| Benchmark | size | Mean +- std dev | values | peak RSS | result |\n\
         |---|---:|---:|---:|---:|---|\n",
    );
    for bench in measured {
        let all: Vec<f64> = bench
            .runs
            .iter()
            .flat_map(|r| r.values.iter().copied())
            .collect();
        let rss = bench.runs.iter().map(|r| r.max_rss).max().unwrap_or(0);
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            bench.name,
            bench.size,
            compare::format_mean(&all),
            all.len(),
            compare::format_bytes(rss),
            bench.result
        ));
    }
    out
}
