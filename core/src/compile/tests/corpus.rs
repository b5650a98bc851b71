//! Every program of the corpus (`tests/programs`) compiles, with valid code; the syntax-error
//! programs fail with the exception, message and line CPython printed.

use std::path::{Path, PathBuf};
use std::string::String;
use std::vec::Vec;

use super::support::*;

/// The corpus's `.py` files (top level and `level2/`).
fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut out = Vec::new();
    for dir in [root.clone(), root.join("level2")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "py")
                && path.file_name().is_some_and(|n| n != "regen.py")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// For a program whose `.err` ends in a compile-time error: `(exception, message, line)`.
fn expected_syntax_error(path: &Path) -> Option<(String, String, u32)> {
    let err = std::fs::read_to_string(path.with_extension("err")).ok()?;
    let last = err.lines().rev().find(|l| !l.trim().is_empty())?;
    let (kind, msg) = last.split_once(": ")?;
    if !matches!(kind, "SyntaxError" | "IndentationError" | "TabError") {
        return None;
    }
    let line = err.lines().find_map(|l| {
        l.trim().strip_prefix("File ").and_then(|rest| {
            rest.rsplit_once("line ")
                .and_then(|(_, n)| n.trim().parse().ok())
        })
    })?;
    Some((kind.into(), msg.into(), line))
}

#[test]
fn corpus_programs_compile() {
    let mut failures = Vec::new();
    let list = programs();
    for path in &list {
        let src = std::fs::read_to_string(path).unwrap();
        let result = compile_mode(&src, crate::compile::Mode::Exec);
        match (expected_syntax_error(path), result) {
            (None, Ok(_)) => {}
            (None, Err(e)) => failures.push(std::format!(
                "{}: {} {}:{} {}",
                path.display(),
                e.exception_name(),
                e.line,
                e.col,
                e
            )),
            (Some((kind, msg, line)), Err(e)) => {
                if (e.exception_name(), e.message.as_str(), e.line)
                    != (kind.as_str(), msg.as_str(), line)
                {
                    failures.push(std::format!(
                        "{}: expected {kind}: {msg} (line {line}), got {}: {} (line {})",
                        path.display(),
                        e.exception_name(),
                        e,
                        e.line
                    ));
                }
            }
            (Some((kind, msg, _)), Ok(_)) => failures.push(std::format!(
                "{}: compiled, expected {kind}: {msg}",
                path.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs:\n{}",
        failures.len(),
        list.len(),
        failures.join("\n")
    );
}
