//! Tracery as a bare-metal AArch64 image for QEMU `virt`.
//!
//! Built for `aarch64-unknown-none` this is a freestanding image (`cargo qemu` builds and runs
//! it). Built for the host it is a stub that says how to run the real thing, so that
//! `cargo build --workspace` and `cargo clippy --workspace` work everywhere.
#![cfg_attr(target_os = "none", no_std, no_main)]

#[cfg_attr(
    not(target_os = "none"),
    expect(
        dead_code,
        reason = "the host stub uses only EXIT_USAGE; the rest serves the image"
    )
)]
mod args;

#[cfg(target_os = "none")]
mod arch;
#[cfg(target_os = "none")]
mod bsp;
#[cfg(target_os = "none")]
mod console;
#[cfg(target_os = "none")]
mod image;
#[cfg(target_os = "none")]
mod log;
#[cfg(target_os = "none")]
mod python;

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!(
        "tracery-baremetal is an AArch64 image: build and run it with `cargo qemu` \
         (needs qemu-system-aarch64)"
    );
    std::process::exit(args::EXIT_USAGE);
}
