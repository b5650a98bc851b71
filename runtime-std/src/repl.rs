//! The interactive prompt.

use std::io::{BufRead, Write};
use std::process::ExitCode;
use tracery_core::vm::{Cls, Vm};

/// Reads entries from the terminal until end of input; echoes expression values.
pub fn run(vm: &mut Vm<'_>) -> ExitCode {
    println!(
        "Tracery {} (a small Python). Ctrl-D to exit.",
        tracery_core::VERSION
    );
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let Some(entry) = read_entry(&mut lines) else {
            println!();
            return ExitCode::SUCCESS;
        };
        if entry.trim().is_empty() {
            continue;
        }
        if vm.run_repl_entry(&entry).is_err() {
            let status = super::host::report_error(vm);
            if vm.last_error_is(Cls::SystemExit) {
                return status;
            }
        }
        super::host::flush_stdout();
    }
}

/// One entry: a line, or a block that starts with a line ending in `:` (or an open bracket)
/// and continues until an empty line.
fn read_entry(lines: &mut impl Iterator<Item = std::io::Result<String>>) -> Option<String> {
    prompt(">>> ");
    let first = lines.next()?.ok()?;
    let mut entry = first.clone();
    entry.push('\n');
    if !needs_more(&first) {
        return Some(entry);
    }
    loop {
        prompt("... ");
        let Some(Ok(line)) = lines.next() else {
            return Some(entry);
        };
        if line.trim().is_empty() {
            return Some(entry);
        }
        entry.push_str(&line);
        entry.push('\n');
    }
}

/// Whether a first line opens a block or leaves a bracket open.
fn needs_more(line: &str) -> bool {
    let trimmed = line.trim_end();
    if trimmed.ends_with(':') || trimmed.ends_with('\\') {
        return true;
    }
    let mut depth = 0i32;
    for c in trimmed.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '#' => break,
            _ => {}
        }
    }
    depth > 0
}

fn prompt(text: &str) {
    print!("{text}");
    let _ = std::io::stdout().flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_need_more_lines() {
        assert!(needs_more("def f():"));
        assert!(needs_more("x = (1,"));
        assert!(!needs_more("x = 1"));
        assert!(!needs_more("print('a:')  # done"));
    }
}
