//! Architecture-specific code. Only AArch64 exists; `current` is what the rest of the image uses.

#[cfg(target_arch = "aarch64")]
pub mod aarch64;

#[cfg(target_arch = "aarch64")]
pub use aarch64 as current;
