//! AArch64: boot code, exception vectors, CPU identification and the generic timer.

mod exception;
mod timer;

pub use timer::{counter_frequency_hz, counter_ticks};

use aarch64_cpu::registers::{CurrentEL, MIDR_EL1, Readable};

core::arch::global_asm!(include_str!("boot.s"));
core::arch::global_asm!(include_str!("vectors.s"));

/// The exception level the image runs at now (1 after boot, whatever it started at).
pub fn current_el() -> u8 {
    // CurrentEL.EL is a two-bit field.
    CurrentEL.read(CurrentEL::EL) as u8
}

/// The CPU's identity, from `MIDR_EL1`.
#[derive(Debug, Clone, Copy)]
pub struct CpuId {
    /// The raw `MIDR_EL1` value.
    pub midr: u64,
}

impl CpuId {
    /// Reads `MIDR_EL1`.
    pub fn read() -> Self {
        CpuId {
            midr: MIDR_EL1.get(),
        }
    }

    /// A human name for the cores QEMU `virt` offers, from the implementer and part number.
    pub fn name(self) -> &'static str {
        let implementer = (self.midr >> 24) & 0xff;
        let part = (self.midr >> 4) & 0xfff;
        match (implementer, part) {
            (0x41, 0xd03) => "Cortex-A53",
            (0x41, 0xd04) => "Cortex-A35",
            (0x41, 0xd05) => "Cortex-A55",
            (0x41, 0xd07) => "Cortex-A57",
            (0x41, 0xd08) => "Cortex-A72",
            (0x41, 0xd0b) => "Cortex-A76",
            (0x41, 0xd0c) => "Neoverse-N1",
            (0x41, 0xd40) => "Neoverse-V1",
            (0x41, 0xd49) => "Neoverse-N2",
            (0x41, 0xd0f) => "AEM-v8",
            (0x00, 0x051) => "QEMU max",
            _ => "unknown AArch64 CPU",
        }
    }
}

/// Executes an instruction that is undefined in every AArch64 state, to raise an exception.
pub fn raise_undefined_instruction() -> ! {
    // SAFETY: `udf` only raises a synchronous exception; the vectors report it and exit QEMU,
    // so control never comes back here and no Rust state is observed half-updated.
    unsafe { core::arch::asm!("udf #0", options(noreturn, nomem, nostack)) }
}
