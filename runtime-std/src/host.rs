//! The Linux host: output streams, clocks, running a program and reporting its errors.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use tracery_core::compile::Mode;
use tracery_core::vm::{Host, Vm};

/// Program output is buffered (it is flushed before anything goes to stderr and at exit).
static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

/// Writes buffered program output out.
pub fn flush_stdout() {
    if let Ok(mut guard) = STDOUT.lock()
        && let Some(out) = guard.as_mut()
    {
        // A closed stdout (e.g. `| head`) is not an error worth reporting.
        let _ = out.flush();
    }
}

/// The host the VM sees on Linux.
pub struct StdHost {
    start: Instant,
    interactive: bool,
}

impl StdHost {
    /// A host writing to this process's stdout and stderr.
    pub fn new() -> StdHost {
        StdHost {
            start: Instant::now(),
            interactive: false,
        }
    }

    /// Flushes after every write (the REPL).
    #[allow(dead_code, reason = "used by the REPL")]
    pub fn set_interactive(&mut self, interactive: bool) {
        self.interactive = interactive;
    }
}

impl Host for StdHost {
    fn write_out(&mut self, text: &str) {
        if let Ok(mut guard) = STDOUT.lock() {
            let out = guard.get_or_insert_with(|| {
                std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())
            });
            let _ = out.write_all(text.as_bytes());
            if self.interactive {
                let _ = out.flush();
            }
        }
    }

    fn write_err(&mut self, text: &str) {
        flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn time(&mut self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }

    fn monotonic(&mut self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn sleep(&mut self, seconds: f64) {
        // What was printed before the pause shows up before it.
        flush_stdout();
        std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
    }
}

/// Runs a program; prints an uncaught exception's traceback. Returns the exit status.
pub fn run(vm: &mut Vm<'_>, source: &str, filename: &str) -> ExitCode {
    match vm.run_main(source, filename) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => report_error(vm),
    }
}

/// Prints the last uncaught exception to stderr; the exit status for it. A `SystemExit`
/// prints no traceback: its code is the status (`None` is 0, an int is itself, anything else
/// is printed and gives 1), as CPython does.
pub fn report_error(vm: &mut Vm<'_>) -> ExitCode {
    flush_stdout();
    let mut text = String::new();
    if let Some(status) = vm.system_exit_status(&mut text) {
        let _ = std::io::stderr().write_all(text.as_bytes());
        // The operating system keeps the low 8 bits (CPython's `sys.exit(256)` exits with 0).
        return ExitCode::from((status & 0xff) as u8);
    }
    let _ = vm.write_traceback(&mut text);
    let _ = std::io::stderr().write_all(text.as_bytes());
    ExitCode::from(1)
}

/// `tracery dis FILE`.
pub fn disassemble(vm: &mut Vm<'_>, source: &str, filename: &str) -> ExitCode {
    let mut text = String::new();
    match vm.disassemble_source(source, filename, Mode::Exec, &mut text) {
        Ok(()) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(_) => report_error(vm),
    }
}
