//! `cargo test-all`: every check CI runs, in one command, from a fresh clone.
//!
//! 1. installs what is missing (the `aarch64-unknown-none` target, QEMU, `defmt-print`, and
//!    pyperf, which the benchmark tests use to read back `tracery bench`'s JSON);
//! 2. `cargo fmt --check`;
//! 3. `cargo clippy -D warnings` on the host crates and on the image for its target;
//! 4. builds `tracery-core` for `aarch64-unknown-none` (proof it needs neither `std` nor `alloc`);
//! 5. `cargo test` on the whole workspace (unit, corpus and QEMU tests).
//!
//! It stops at the first failing step and exits with its status.

use std::process::{Command, ExitCode};

const TARGET: &str = "aarch64-unknown-none";

fn cargo() -> Command {
    let mut cmd = Command::new(tracery_tests::cargo());
    cmd.current_dir(tracery_tests::workspace_root());
    cmd
}

fn have(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Runs one step, printing its name; `Err` carries the exit code to stop with.
fn step(name: &str, cmd: &mut Command) -> Result<(), ExitCode> {
    eprintln!("\n==> {name}");
    match cmd.status() {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => {
            eprintln!("test-all: step '{name}' failed ({status})");
            Err(ExitCode::FAILURE)
        }
        Err(err) => {
            eprintln!("test-all: cannot run step '{name}': {err}");
            Err(ExitCode::FAILURE)
        }
    }
}

fn install_missing() -> Result<(), ExitCode> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    if !installed.is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(TARGET)) {
        step(
            "install the bare-metal target",
            Command::new("rustup").args(["target", "add", TARGET]),
        )?;
    }
    if !have("qemu-system-aarch64", "--version") {
        step("apt-get update", Command::new("apt-get").arg("update"))?;
        step(
            "install QEMU",
            Command::new("apt-get").args(["install", "-y", "qemu-system-arm"]),
        )?;
    }
    if !have("defmt-print", "--version") {
        step(
            "install defmt-print",
            cargo().args(["install", "defmt-print", "--locked"]),
        )?;
    }
    let pyperf = Command::new("python3")
        .args(["-c", "import pyperf"])
        .current_dir("/")
        .output();
    if !pyperf.is_ok_and(|out| out.status.success()) {
        step(
            "install pyperf",
            Command::new("python3").args(["-m", "pip", "install", "--quiet", "pyperf"]),
        )?;
    }
    Ok(())
}

fn run() -> Result<(), ExitCode> {
    install_missing()?;
    step("rustfmt", cargo().args(["fmt", "--all", "--check"]))?;
    step(
        "clippy (host crates)",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "clippy (core and image for aarch64-unknown-none)",
        cargo()
            .args([
                "clippy",
                "-p",
                "tracery-core",
                "-p",
                "tracery-baremetal",
                "--target",
                TARGET,
            ])
            .args(["--", "-D", "warnings"]),
    )?;
    step(
        "build tracery-core for aarch64-unknown-none (no std, no alloc)",
        cargo().args(["build", "-p", "tracery-core", "--target", TARGET]),
    )?;
    step("tests", cargo().args(["test", "--workspace"]))?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => {
            eprintln!("\ntest-all: every step passed");
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}
