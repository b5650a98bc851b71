//! Tracery's language core: everything that runs Python, for every host.
//!
//! The crate is `#![no_std]` and never uses `alloc`: the host hands the VM one memory region
//! and everything the VM creates lives there. Unit tests link `std` (for the test harness only).
#![cfg_attr(not(test), no_std)]

mod builtins;
pub mod bytecode;
pub mod compile;
pub mod counter;
pub mod heap;
mod modules;
pub mod object;
pub mod text;
pub mod tier2;
pub mod value;
pub mod vm;

/// Tracery's version, as the hosts print it in banners and `--version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The name the hosts print in banners.
pub const NAME: &str = "Tracery";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_is_the_package_version() {
        assert_eq!(VERSION, "0.1.0");
        assert_eq!(NAME, "Tracery");
    }
}
