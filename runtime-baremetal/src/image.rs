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
        Action::Run => run_python(crate::python::PROGRAMS[0].1, crate::python::PROGRAMS[0].0),
        Action::Program(name) => match crate::python::PROGRAMS.iter().find(|(n, _)| *n == name) {
            Some((name, source)) => run_python(source, name),
            None => {
                println!("tracery: no embedded program named '{name}'");
                exit(EXIT_USAGE)
            }
        },
        Action::RunFile(path) => run_file(path),
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

/// Runs Python source and exits with its status.
fn run_python(source: &str, filename: &str) -> ! {
    match crate::python::run(source, filename) {
        Ok(()) => exit(EXIT_SUCCESS),
        Err(crate::python::RunError::Uncaught) => exit(args::EXIT_PYTHON_ERROR),
        Err(crate::python::RunError::Exit(code)) => exit(i32::from(code)),
        Err(crate::python::RunError::Start) => {
            println!("tracery: the VM cannot start in the static arena");
            exit(args::EXIT_PYTHON_ERROR)
        }
    }
}

/// Largest program `--run` reads from the host.
const MAX_PROGRAM: usize = 256 * 1024;

/// The program text buffer for `--run`.
static PROGRAM_TEXT: spin::Mutex<[u8; MAX_PROGRAM]> = spin::Mutex::new([0; MAX_PROGRAM]);

/// Reads a Python file from the host through semihosting and runs it.
fn run_file(path: &str) -> ! {
    use semihosting::io::Read;
    let mut cpath = [0u8; 256];
    if path.len() >= cpath.len() {
        println!("tracery: path too long: {path}");
        exit(EXIT_USAGE);
    }
    cpath[..path.len()].copy_from_slice(path.as_bytes());
    let Ok(cstr) = core::ffi::CStr::from_bytes_until_nul(&cpath) else {
        println!("tracery: bad path: {path}");
        exit(EXIT_USAGE)
    };
    let Ok(mut file) = semihosting::fs::File::open(cstr) else {
        println!("tracery: can't open file '{path}': [Errno 2] No such file or directory");
        exit(EXIT_USAGE)
    };
    let mut text = PROGRAM_TEXT.lock();
    let mut len = 0;
    loop {
        match file.read(&mut text[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(_) => {
                println!("tracery: cannot read '{path}'");
                exit(EXIT_USAGE)
            }
        }
        if len == MAX_PROGRAM {
            println!("tracery: '{path}' is larger than {MAX_PROGRAM} bytes");
            exit(EXIT_USAGE)
        }
    }
    let Ok(source) = core::str::from_utf8(&text[..len]) else {
        println!("tracery: '{path}' is not UTF-8");
        exit(args::EXIT_PYTHON_ERROR)
    };
    run_python(source, path)
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
