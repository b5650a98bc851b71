//! The `tracery` command: run Python programs, a REPL, the disassembler.

mod bench;
mod host;
mod repl;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use tracery_core::compile::Scratch;
use tracery_core::vm::{Config, Vm};

/// The program `tracery demo` runs (and the README's run command).
const DEMO: &str = include_str!("demo.py");

/// Tracery: a small Python with a specializing interpreter and a tracing JIT.
#[derive(Parser, Debug)]
#[command(name = "tracery", version = tracery_core::VERSION, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Program text to run (instead of a file); any arguments after it go to the program.
    #[arg(short = 'c', value_name = "CODE", num_args = 1.., allow_hyphen_values = true)]
    code: Vec<String>,
    /// Memory for the VM's arena, e.g. 64M or 1G.
    #[arg(long, value_name = "SIZE", default_value = "256M", value_parser = parse_size, global = true)]
    arena: usize,
    /// Deepest Python call nesting before RecursionError.
    #[arg(long, value_name = "N", default_value_t = 1000, global = true)]
    recursion_limit: u32,
    /// Print specialization and tier-2 counters to stderr at exit (`<family>_<reason> N`).
    #[arg(long, global = true)]
    stats: bool,
    /// Run the plain interpreter: no quickening into specialized instructions (and so no
    /// tier 2).
    #[arg(long, global = true)]
    no_specialize: bool,
    /// Tier 1 only: hot loops never try to enter tier 2.
    #[arg(long, global = true, conflicts_with = "uops")]
    tier1: bool,
    /// Run hot loops as traces of uops in the uop interpreter (the default).
    #[arg(long, global = true)]
    uops: bool,
    /// The trace budget F0: how long traces grow (100 to 1000; default 400).
    #[arg(long, value_name = "F0", env = "TRACERY_TRACE_FITNESS", global = true)]
    trace_fitness: Option<u64>,
    /// How traces are selected: by fitness and exit quality, or the baseline that stops
    /// only at loop closure, an unsupported instruction or a full buffer.
    #[arg(long, value_name = "SELECTOR", default_value = "fitness", value_parser = ["fitness", "baseline"], global = true)]
    trace_selector: String,
    /// Print every trace when it is made: its instructions with the fitness left after
    /// each, why it ended, and its uops.
    #[arg(long, global = true)]
    dump_traces: bool,
    /// Trace a loop after this many backward jumps (testing: low values trace almost every
    /// loop; default 256).
    #[arg(
        long,
        value_name = "N",
        env = "TRACERY_TRACE_THRESHOLD",
        global = true,
        hide = true
    )]
    trace_threshold: Option<u16>,
    /// The program to run (`-` reads standard input), then its arguments (`sys.argv[1:]`).
    #[arg(
        value_name = "FILE [ARGS]",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    program: Vec<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the bytecode of a program, with line numbers.
    Dis {
        /// The program.
        file: String,
    },
    /// Run the built-in demo program.
    Demo,
    /// Run the benchmark suite (pyperf-compatible results), or compare two result files.
    Bench(bench::BenchCommand),
    /// Run a program and print every trace tier 2 makes (as `--dump-traces`).
    Trace {
        /// The program, then its arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        program: Vec<String>,
    },
}

/// A subcommand that runs in the VM.
enum VmJob<'a> {
    /// `dis FILE`.
    Dis(&'a str),
    /// `demo`.
    Demo,
}

/// Parses `64M`, `1G`, `512K`, `1048576`.
fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((at, _)) => text.split_at(at),
        None => (text, ""),
    };
    let number: usize = digits
        .parse()
        .map_err(|_| format!("'{text}' is not a size (e.g. 64M)"))?;
    let scale: usize = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return Err(format!("unknown size unit '{unit}' (use K, M or G)")),
    };
    number
        .checked_mul(scale)
        .ok_or_else(|| format!("size '{text}' is too large"))
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    // What the VM is to do; benchmarks run in processes of their own and need no VM here.
    let job = match &cli.command {
        Some(Command::Bench(command)) => {
            // Benchmark processes under Tracery get the options given here explicitly.
            let given = |id: &str| {
                [Some(&matches), matches.subcommand_matches("bench")]
                    .into_iter()
                    .flatten()
                    .any(|m| m.value_source(id) == Some(ValueSource::CommandLine))
            };
            let mut engine = Vec::new();
            if cli.no_specialize {
                engine.push("--no-specialize".to_owned());
            }
            if cli.tier1 {
                engine.push("--tier1".to_owned());
            }
            if cli.uops {
                engine.push("--uops".to_owned());
            }
            if let Some(f0) = cli.trace_fitness {
                engine.push(format!("--trace-fitness={f0}"));
            }
            if cli.trace_selector != "fitness" {
                engine.push(format!("--trace-selector={}", cli.trace_selector));
            }
            let inherited = bench::Inherited {
                arena: given("arena").then(|| cli.arena.to_string()),
                recursion_limit: given("recursion_limit").then(|| cli.recursion_limit.to_string()),
                engine,
            };
            return bench::main(command, &inherited);
        }
        Some(Command::Dis { file }) => Some(VmJob::Dis(file)),
        Some(Command::Trace { .. }) => None,
        Some(Command::Demo) => Some(VmJob::Demo),
        None => None,
    };
    // `sys.argv` as CPython builds it: `-c` then the arguments, or the file then its
    // arguments; a program read from a pipe or the REPL sees `['']` (the VM's default).
    let argv: Vec<&str> = match (&job, cli.code.split_first()) {
        (Some(_), _) => Vec::new(),
        (None, Some((_, rest))) => std::iter::once("-c")
            .chain(rest.iter().map(String::as_str))
            .collect(),
        (None, None) => match &cli.command {
            Some(Command::Trace { program }) => program.iter().map(String::as_str).collect(),
            _ => cli.program.iter().map(String::as_str).collect(),
        },
    };
    let tuning = match cli.trace_fitness {
        None => tracery_core::tier2::recorder::Tuning::default(),
        Some(f0) => match tracery_core::tier2::recorder::Tuning::new(f0) {
            Ok(tuning) => tuning,
            Err(err) => {
                eprintln!("tracery: {err} (--trace-fitness or TRACERY_TRACE_FITNESS)");
                return ExitCode::from(2);
            }
        },
    };
    let tracing_program = match &cli.command {
        Some(Command::Trace { program }) => Some(program.clone()),
        _ => None,
    };
    // Zeroed (calloc: fresh pages from the OS), so the VM can leave unused parts untouched.
    let region = Box::leak(Box::<[u8]>::new_zeroed_slice(cli.arena));
    let scratch = Box::leak(Box::new(Scratch::new()));
    let host = Box::leak(Box::new(host::StdHost::new()));
    let config = Config {
        recursion_limit: cli.recursion_limit,
        // The value stack takes a sixteenth of the arena, within sensible bounds.
        stack_cells: (cli.arena / 16 / 16).clamp(16 * 1024, 1024 * 1024),
        // A debugging aid: collect before every allocation to expose missing GC roots.
        gc_stress: std::env::var_os("TRACERY_GC_STRESS").is_some_and(|v| v != "0"),
        argv: &argv,
        zeroed_region: true,
        specialize: !cli.no_specialize,
        // The plain interpreter has no specialized forms to trace.
        tier2: !cli.tier1 && !cli.no_specialize,
        stats: cli.stats,
        trace_fitness: tuning.f0 as u32,
        dump_traces: cli.dump_traces || tracing_program.is_some(),
        trace_selector: if cli.trace_selector == "baseline" {
            tracery_core::vm::tier2::Selector::Baseline
        } else {
            tracery_core::vm::tier2::Selector::Fitness
        },
        trace_threshold: cli.trace_threshold.filter(|&n| n > 0),
    };
    let mut vm = match Vm::new(region, host, scratch, config) {
        Ok(vm) => vm,
        Err(err) => {
            eprintln!("tracery: cannot start the VM: {err} (try a larger --arena)");
            return ExitCode::from(2);
        }
    };
    let program = tracing_program.as_ref().unwrap_or(&cli.program);
    let status = match (job, cli.code.first(), program.first()) {
        (Some(VmJob::Dis(file)), _, _) => match read_program(file) {
            Ok(source) => host::disassemble(&mut vm, &source, file),
            Err(code) => code,
        },
        (Some(VmJob::Demo), _, _) => host::run(&mut vm, DEMO, "demo.py"),
        (None, Some(code), _) => host::run(&mut vm, code, "<string>"),
        (None, None, Some(file)) => match read_program(file) {
            Ok(source) => host::run(&mut vm, &source, display_name(file)),
            Err(code) => code,
        },
        (None, None, None) => {
            if std::io::stdin().is_terminal() {
                repl::run(&mut vm)
            } else {
                let mut source = String::new();
                match std::io::stdin().read_to_string(&mut source) {
                    Ok(_) => host::run(&mut vm, &source, "<stdin>"),
                    Err(err) => {
                        eprintln!("tracery: cannot read standard input: {err}");
                        ExitCode::from(2)
                    }
                }
            }
        }
    };
    host::flush_stdout();
    if cli.stats {
        let mut text = String::new();
        if vm.write_stats(&mut text).is_ok() {
            eprint!("{text}");
        }
    }
    status
}

/// The file name tracebacks show for the program at `path`.
fn display_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

/// Reads a program file (`-` is standard input), reporting errors as CPython does.
fn read_program(path: &str) -> Result<String, ExitCode> {
    if path == "-" {
        let mut source = String::new();
        return std::io::stdin()
            .read_to_string(&mut source)
            .map(|_| source)
            .map_err(|err| {
                eprintln!("tracery: cannot read standard input: {err}");
                ExitCode::from(2)
            });
    }
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|err| {
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on byte {}",
                err.as_bytes()[err.utf8_error().valid_up_to()],
                err.utf8_error().valid_up_to()
            );
            ExitCode::from(1)
        }),
        Err(err) => {
            let errno = err.raw_os_error().unwrap_or(0);
            let what = match err.kind() {
                std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
                _ => err.to_string(),
            };
            eprintln!("tracery: can't open file '{path}': [Errno {errno}] {what}");
            Err(ExitCode::from(2))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("12Q").is_err());
        assert!(parse_size("").is_err());
    }
}
