//! The `tracery` command-line host.

use clap::Parser;

/// Tracery: a small Python with a specializing interpreter and a tracing JIT.
#[derive(Parser, Debug)]
#[command(name = "tracery", version = tracery_core::VERSION)]
struct Cli {}

fn main() {
    let _cli = Cli::parse();
    println!("{} {}", tracery_core::NAME, tracery_core::VERSION);
}
