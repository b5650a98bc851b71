//! The console: human-readable output on the PL011 UART, shared behind a `spin::Mutex`.
//!
//! Lines end in `\r\n` on the wire, as a serial terminal expects (QEMU puts the host terminal
//! in raw mode).

use crate::bsp::current as board;
use arm_pl011_uart::Uart;
use core::fmt::{self, Write};

/// The console UART, `None` until [`init`] runs.
static CONSOLE: spin::Mutex<Option<Uart<'static>>> = spin::Mutex::new(None);

/// Writes text to a UART, turning `\n` into `\r\n`.
struct CrLf<'u, 'a>(&'u mut Uart<'a>);

impl Write for CrLf<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                self.0.write_str("\r\n")?;
            }
            self.0.write_str(line)?;
        }
        Ok(())
    }
}

/// Takes UART0 and enables it as the console.
pub fn init() {
    // SAFETY: this runs once at boot, before anything else drives UART0; afterwards the only
    // driver lives inside CONSOLE.
    let mut uart = unsafe { board::uart0() };
    board::enable_console(&mut uart);
    *CONSOLE.lock() = Some(uart);
}

/// Prints formatted text to the console (a no-op before [`init`]).
pub fn write_fmt(args: fmt::Arguments<'_>) {
    if let Some(uart) = CONSOLE.lock().as_mut() {
        // Writing to the UART cannot fail; a formatting error has nowhere better to go.
        let _ = CrLf(uart).write_fmt(args);
    }
}

/// Prints from the panic handler or an exception vector, even when the console lock is held
/// (a panic while printing) or the console was never initialised.
pub fn emergency_print(args: fmt::Arguments<'_>) {
    if let Some(mut guard) = CONSOLE.try_lock()
        && let Some(uart) = guard.as_mut()
    {
        let _ = CrLf(uart).write_fmt(args);
        return;
    }
    // SAFETY: the image is single-core with interrupts masked, and this path ends in an exit,
    // so whoever holds CONSOLE will never touch UART0 again: this driver is the only live one.
    let mut uart = unsafe { board::uart0() };
    let _ = CrLf(&mut uart).write_fmt(args);
}

/// Prints a line to the console.
macro_rules! println {
    () => { $crate::console::write_fmt(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::console::write_fmt(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use println;
