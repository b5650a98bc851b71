//! The `defmt` side channel: binary log frames written to a host file through semihosting.
//!
//! Human-readable output goes to the UART; structured events (boot, Python runs, tier-2 trace
//! start/end/abort) go here, decoded on the host with `defmt-print -e <image ELF> < FILE`.
//! Logging is off until [`open`] names a file (the image's `--defmt FILE` argument); until then
//! frames are dropped.

use core::ffi::CStr;
use core::sync::atomic::{AtomicBool, Ordering};
use semihosting::fs::File;
use semihosting::io::Write;

/// Bytes gathered before one semihosting write: each write is a trap into QEMU, so frames are
/// batched rather than written a byte at a time.
const BUFFER_SIZE: usize = 256;

/// Longest host path accepted for the log file (including the terminating NUL).
const MAX_PATH: usize = 256;

/// Everything the logger owns.
struct Sink {
    /// The host file, when logging is on.
    file: Option<File>,
    /// defmt's frame encoder (rzCOBS by default), which `defmt-print` detects from the ELF.
    encoder: defmt::Encoder,
    /// Encoded bytes not yet written to the file.
    buffer: heapless::Vec<u8, BUFFER_SIZE>,
}

impl Sink {
    /// Writes out and empties the buffer.
    fn drain(file: &mut Option<File>, buffer: &mut heapless::Vec<u8, BUFFER_SIZE>) {
        if let Some(file) = file.as_mut() {
            // A failed host write loses log frames, never program output: ignore it.
            let _ = file.write_all(buffer);
        }
        buffer.clear();
    }

    /// Appends encoded bytes, draining the buffer whenever it fills.
    fn push(file: &mut Option<File>, buffer: &mut heapless::Vec<u8, BUFFER_SIZE>, bytes: &[u8]) {
        for &byte in bytes {
            if buffer.push(byte).is_err() {
                Self::drain(file, buffer);
                // The buffer was just emptied, so this push cannot fail.
                let _ = buffer.push(byte);
            }
        }
    }
}

static SINK: spin::Mutex<Sink> = spin::Mutex::new(Sink {
    file: None,
    encoder: defmt::Encoder::new(),
    buffer: heapless::Vec::new(),
});

/// Set while a frame is being written; defmt forbids nested frames.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Why the log file could not be opened.
#[derive(Debug, Clone, Copy)]
pub enum OpenError {
    /// The path does not fit the fixed buffer, or contains a NUL byte.
    BadPath,
    /// The host refused to create the file.
    Host,
}

impl core::fmt::Display for OpenError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            OpenError::BadPath => write!(f, "path too long or contains NUL"),
            OpenError::Host => write!(f, "the host could not create the file"),
        }
    }
}

/// Starts logging into `path` on the host (created or truncated).
///
/// # Errors
/// See [`OpenError`].
pub fn open(path: &str) -> Result<(), OpenError> {
    let mut bytes: heapless::Vec<u8, MAX_PATH> = heapless::Vec::new();
    bytes
        .extend_from_slice(path.as_bytes())
        .map_err(|_| OpenError::BadPath)?;
    bytes.push(0).map_err(|_| OpenError::BadPath)?;
    let cpath = CStr::from_bytes_with_nul(&bytes).map_err(|_| OpenError::BadPath)?;
    let file = File::create(cpath).map_err(|_| OpenError::Host)?;
    SINK.lock().file = Some(file);
    Ok(())
}

/// Writes out buffered frames and closes the file (before the image exits).
pub fn close() {
    // The exit path may run while a frame is open (a panic inside a log call): never block.
    if let Some(mut sink) = SINK.try_lock() {
        let Sink { file, buffer, .. } = &mut *sink;
        Sink::drain(file, buffer);
        *file = None;
    }
}

#[defmt::global_logger]
struct Logger;

// SAFETY: defmt requires that frames never interleave. `acquire` takes TAKEN (and panics on
// re-entry instead of interleaving), every byte goes through SINK's mutex, and `release`
// frees TAKEN only after the frame is complete.
unsafe impl defmt::Logger for Logger {
    fn acquire() {
        if TAKEN.swap(true, Ordering::Acquire) {
            panic!("defmt logger re-entered");
        }
        let mut sink = SINK.lock();
        let Sink {
            file,
            encoder,
            buffer,
        } = &mut *sink;
        encoder.start_frame(|bytes| Sink::push(file, buffer, bytes));
    }

    unsafe fn flush() {
        let mut sink = SINK.lock();
        let Sink { file, buffer, .. } = &mut *sink;
        Sink::drain(file, buffer);
    }

    unsafe fn release() {
        let mut sink = SINK.lock();
        let Sink {
            file,
            encoder,
            buffer,
        } = &mut *sink;
        encoder.end_frame(|bytes| Sink::push(file, buffer, bytes));
        Sink::drain(file, buffer);
        drop(sink);
        TAKEN.store(false, Ordering::Release);
    }

    unsafe fn write(bytes: &[u8]) {
        let mut sink = SINK.lock();
        let Sink {
            file,
            encoder,
            buffer,
        } = &mut *sink;
        encoder.write(bytes, |encoded| Sink::push(file, buffer, encoded));
    }
}

defmt::timestamp!("{=u64:us}", {
    let hz = crate::arch::current::counter_frequency_hz().max(1);
    let ticks = crate::arch::current::counter_ticks();
    // u128 keeps ticks * 1e6 from overflowing for any realistic uptime.
    (u128::from(ticks) * 1_000_000 / u128::from(hz)) as u64
});
