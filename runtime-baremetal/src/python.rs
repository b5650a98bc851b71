//! Running Python on the device: a static arena, the UART as the VM's host, embedded programs.
//!
//! Tier 2 is on with the default trace budget; every trace the VM starts, installs or throws
//! away is logged through `defmt` (see [`UartHost`]'s `trace_event`).

use crate::console;
use core::mem::MaybeUninit;
use tracery_core::compile::Scratch;
use tracery_core::tier2::recorder::F0_DEFAULT;
use tracery_core::vm::tier2::TraceEvent;
use tracery_core::vm::{Config, Host, Vm};

/// Bytes of RAM the VM gets (QEMU virt has 128 MiB by default; the linker script checks the
/// image still fits).
const ARENA_SIZE: usize = 48 << 20;

/// The VM's arena, in `.bss` (zeroed at boot, which the VM does not need but costs little).
static ARENA: spin::Mutex<[MaybeUninit<u8>; ARENA_SIZE]> =
    spin::Mutex::new([MaybeUninit::uninit(); ARENA_SIZE]);

/// The compiler's working memory.
static SCRATCH: spin::Mutex<Scratch> = spin::Mutex::new(Scratch::new());

/// Programs built into the image, by name.
pub const PROGRAMS: &[(&str, &str)] = &[("demo", include_str!("../../runtime-std/src/demo.py"))];

/// The VM's host on bare metal: output to the UART, time from the generic timer, tier-2
/// events to the `defmt` log.
struct UartHost;

impl Host for UartHost {
    fn write_out(&mut self, text: &str) {
        console::write_fmt(format_args!("{text}"));
    }

    fn write_err(&mut self, text: &str) {
        console::write_fmt(format_args!("{text}"));
    }

    fn time(&mut self) -> f64 {
        self.monotonic()
    }

    fn monotonic(&mut self) -> f64 {
        let hz = crate::arch::current::counter_frequency_hz().max(1);
        crate::arch::current::counter_ticks() as f64 / hz as f64
    }

    fn sleep(&mut self, seconds: f64) {
        // Busy-waits on the generic timer (there is nothing else to run meanwhile).
        let hz = crate::arch::current::counter_frequency_hz().max(1);
        let ticks = (seconds * hz as f64) as u64;
        let start = crate::arch::current::counter_ticks();
        while crate::arch::current::counter_ticks().wrapping_sub(start) < ticks {
            core::hint::spin_loop();
        }
    }

    fn trace_event(&mut self, event: TraceEvent) {
        // One small frame per event, formatted on the host by `defmt-print`: nothing is
        // formatted or allocated here, and events are rare (counters back off between
        // attempts). Without `--defmt FILE` the frames are dropped.
        match event {
            TraceEvent::Started { side, at } => {
                defmt::info!("trace start side={=bool} at={=u32}", side, at);
            }
            TraceEvent::Finished {
                reason,
                uops,
                fitness,
                quality,
            } => defmt::info!(
                "trace end {=str}: {=usize} uops, fitness {=i32}, exit quality {=i32}",
                reason,
                uops,
                fitness,
                quality
            ),
            TraceEvent::Aborted { reason } => defmt::info!("trace abort {=str}", reason),
        }
    }
}

/// Why a program could not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunError {
    /// The VM could not start in the arena.
    Start,
    /// The program raised an uncaught exception (already printed).
    Uncaught,
    /// The program raised `SystemExit` with this nonzero status (its message, if any, printed).
    Exit(u8),
}

/// Compiles and runs `source` as `__main__`, printing an uncaught exception's traceback.
/// `sys.argv` is just the program's name (the image has no per-program command line).
pub fn run(source: &str, filename: &str) -> Result<(), RunError> {
    let mut arena = ARENA.lock();
    let mut scratch = SCRATCH.lock();
    let mut host = UartHost;
    let argv = [filename];
    let config = Config {
        stack_cells: 128 * 1024,
        argv: &argv,
        // Hot loops become traces, at the default threshold (`trace_threshold: None`) and
        // with the default budget: the image has no option to tune them.
        tier2: true,
        trace_fitness: F0_DEFAULT,
        ..Config::default()
    };
    let mut vm =
        Vm::new(&mut arena[..], &mut host, &mut scratch, config).map_err(|_| RunError::Start)?;
    defmt::info!(
        "python: running {=str} ({=usize} bytes)",
        filename,
        source.len()
    );
    let result = vm.run_main(source, filename);
    let stats = vm.heap_stats();
    defmt::info!(
        "python: done, {=usize} bytes in use, {=u64} collections",
        stats.bytes_in_use,
        stats.collections
    );
    match result {
        Ok(()) => Ok(()),
        Err(_) => {
            let mut text = TracebackText;
            // `SystemExit` ends the program quietly with its status, as under CPython.
            match vm.system_exit_status(&mut text) {
                Some(status) => match (status & 0xff) as u8 {
                    0 => Ok(()),
                    code => Err(RunError::Exit(code)),
                },
                None => {
                    let _ = vm.write_traceback(&mut text);
                    Err(RunError::Uncaught)
                }
            }
        }
    }
}

/// Writes a traceback straight to the UART.
struct TracebackText;

impl core::fmt::Write for TracebackText {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        console::write_fmt(format_args!("{s}"));
        Ok(())
    }
}
