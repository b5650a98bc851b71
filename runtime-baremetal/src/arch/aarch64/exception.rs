//! Reports an unexpected CPU exception and exits QEMU with a failure status.

use crate::args::EXIT_CPU_EXCEPTION;
use crate::console;

/// The sixteen vector table slots, in the order `vectors.s` lays them out.
const KINDS: [&str; 16] = [
    "synchronous (current EL, SP0)",
    "IRQ (current EL, SP0)",
    "FIQ (current EL, SP0)",
    "SError (current EL, SP0)",
    "synchronous (current EL, SPx)",
    "IRQ (current EL, SPx)",
    "FIQ (current EL, SPx)",
    "SError (current EL, SPx)",
    "synchronous (lower EL, AArch64)",
    "IRQ (lower EL, AArch64)",
    "FIQ (lower EL, AArch64)",
    "SError (lower EL, AArch64)",
    "synchronous (lower EL, AArch32)",
    "IRQ (lower EL, AArch32)",
    "FIQ (lower EL, AArch32)",
    "SError (lower EL, AArch32)",
];

/// A short name for the exception class in `ESR_EL1[31:26]`.
fn exception_class_name(esr: u64) -> &'static str {
    match (esr >> 26) & 0x3f {
        0x00 => "unknown reason (e.g. undefined instruction)",
        0x07 => "FP/SIMD access trapped",
        0x0e => "illegal execution state",
        0x15 => "SVC",
        0x18 => "system register access trapped",
        0x20 | 0x21 => "instruction abort",
        0x22 => "PC alignment fault",
        0x24 | 0x25 => "data abort",
        0x26 => "SP alignment fault",
        0x2f => "SError",
        0x3c => "BRK instruction",
        _ => "other",
    }
}

/// Called by `vectors.s` on the exception stack; never returns.
#[unsafe(no_mangle)]
extern "C" fn tracery_exception(kind: u64, esr: u64, elr: u64, far: u64) -> ! {
    let kind_name = KINDS.get(kind as usize).copied().unwrap_or("?");
    console::emergency_print(format_args!(
        "\nCPU exception: {kind_name}: {}\n  ESR_EL1 = {esr:#018x}\n  ELR_EL1 = {elr:#018x}\n  FAR_EL1 = {far:#018x}\n",
        exception_class_name(esr),
    ));
    crate::image::exit(EXIT_CPU_EXCEPTION)
}
