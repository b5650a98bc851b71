//! QEMU `virt`: the memory map and devices the image uses.
//!
//! ```text
//!   0x0900_0000  PL011 UART0 (console), clocked at 24 MHz
//!   0x4000_0000  RAM (128 MiB by default); the image is linked at 0x4008_0000
//! ```

use arm_pl011_uart::{
    DataBits, LineConfig, PL011Registers, Parity, StopBits, Uart, UniqueMmioPointer,
};
use core::ptr::NonNull;

/// Physical address of UART0's register block.
const UART0_BASE: usize = 0x0900_0000;
/// UART0's reference clock (QEMU's `apb_pclk` for the PL011).
const UART0_CLOCK_HZ: u32 = 24_000_000;
/// The console's baud rate. QEMU ignores it, real wiring would not.
const CONSOLE_BAUD: u32 = 115_200;

/// A driver for UART0, not yet enabled.
///
/// # Safety
/// The caller must make sure no other live `Uart` drives UART0 at the same time, except where
/// it can prove the other one will never run again (the panic and exception paths).
pub unsafe fn uart0() -> Uart<'static> {
    let regs = NonNull::new(UART0_BASE as *mut PL011Registers).expect("UART0_BASE is not null");
    // SAFETY: UART0_BASE is the PL011's register block on QEMU virt; the MMU is off, so the
    // physical address is valid for the whole run, and exclusivity is the caller's promise.
    Uart::new(unsafe { UniqueMmioPointer::new(regs) })
}

/// Configures a UART for the console: 8 data bits, no parity, one stop bit.
pub fn enable_console(uart: &mut Uart<'_>) {
    let config = LineConfig {
        data_bits: DataBits::Bits8,
        parity: Parity::None,
        stop_bits: StopBits::One,
    };
    // The divisor computation only fails for impossible baud/clock pairs; ours is fixed and
    // valid, and QEMU's UART works even unconfigured, so there is nothing useful to do on error.
    let _ = uart.enable(config, CONSOLE_BAUD, UART0_CLOCK_HZ);
}
