//! The image's entry point, exit path and panic handler.

use crate::arch::current as cpu;
use crate::args::{self, Action, EXIT_PANIC, EXIT_SUCCESS, EXIT_USAGE};
use crate::console::{self, println};
use qemu_exit::QEMUExit;

/// Room for the semihosting command line.
const CMDLINE_BUFFER: usize = 1024;

/// Flushes the log and exits QEMU with `code` (semihosting `SYS_EXIT`).
pub fn exit(code: i32) -> ! {
    crate::log::close();
    // Exit statuses are 0..=255 on the host; `as u32` keeps the low bits QEMU reports.
    qemu_exit::AArch64::new().exit(code as u32)
}

/// Called by `boot.s` at EL1 with a stack, FP/SIMD and a zeroed `.bss`.
#[unsafe(no_mangle)]
extern "C" fn tracery_main(boot_el: u64) -> ! {
    console::init();

    let Ok(cmdline) = semihosting::experimental::env::args::<CMDLINE_BUFFER>() else {
        println!("tracery: cannot read the command line through semihosting");
        exit(EXIT_USAGE);
    };
    // The first word is the image's path; arguments that are not UTF-8 are reported as such.
    let words = (&cmdline).skip(1).map(|word| word.unwrap_or("<not UTF-8>"));
    let options = match args::parse(words) {
        Ok(options) => options,
        Err(err) => {
            println!("tracery: {err}\n{}", args::USAGE);
            exit(EXIT_USAGE);
        }
    };
    if let Some(path) = options.defmt_file
        && let Err(err) = crate::log::open(path)
    {
        println!("tracery: cannot open defmt log file '{path}': {err}");
        exit(EXIT_USAGE);
    }

    let cpu_id = cpu::CpuId::read();
    let el = cpu::current_el();
    let hz = cpu::counter_frequency_hz();
    println!(
        "{} {} on QEMU virt: {} (MIDR {:#010x}), EL{} (booted at EL{}), timer {}.{:02} MHz",
        tracery_core::NAME,
        tracery_core::VERSION,
        cpu_id.name(),
        cpu_id.midr,
        el,
        boot_el,
        hz / 1_000_000,
        hz % 1_000_000 / 10_000,
    );
    defmt::info!(
        "boot: EL{=u8} (started at EL{=u64}), timer {=u64} Hz",
        el,
        boot_el,
        hz
    );

    match options.action {
        Action::Run => exit(EXIT_SUCCESS),
        Action::Help => {
            println!("{}", args::USAGE);
            exit(EXIT_SUCCESS)
        }
        Action::Exit(code) => {
            defmt::info!("exit requested: status {=u8}", code);
            exit(i32::from(code))
        }
        Action::Panic => panic!("panic requested on the command line"),
        Action::Fault => cpu::raise_undefined_instruction(),
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    match info.location() {
        Some(loc) => console::emergency_print(format_args!(
            "\npanicked at {}:{}:{}:\n{}\n",
            loc.file(),
            loc.line(),
            loc.column(),
            info.message()
        )),
        None => console::emergency_print(format_args!("\npanicked:\n{}\n", info.message())),
    }
    exit(EXIT_PANIC)
}
