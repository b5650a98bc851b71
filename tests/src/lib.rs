//! Helpers shared by Tracery's integration tests: where the workspace is, how to build and run
//! the bare-metal image under QEMU with a timeout.

pub mod corpus;
pub mod qemu;

use std::path::PathBuf;

/// The workspace root (the directory holding the top-level `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ lives inside the workspace")
        .to_path_buf()
}

/// The `cargo` that runs these tests (falls back to `cargo` on the `PATH`).
pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}
