//! The ARM generic timer: a fixed-frequency counter readable at EL1.

use aarch64_cpu::asm::barrier;
use aarch64_cpu::registers::{CNTFRQ_EL0, CNTPCT_EL0, Readable};

/// The counter's frequency in Hz, as firmware (here QEMU) programmed `CNTFRQ_EL0`.
pub fn counter_frequency_hz() -> u64 {
    CNTFRQ_EL0.get()
}

/// The current counter value. The `isb` keeps the read from being hoisted above earlier code.
pub fn counter_ticks() -> u64 {
    barrier::isb(barrier::SY);
    CNTPCT_EL0.get()
}
