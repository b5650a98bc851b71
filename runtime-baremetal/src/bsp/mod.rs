//! Board support. Only QEMU `virt` exists; `current` is what the rest of the image uses.

pub mod qemu_virt;

pub use qemu_virt as current;
