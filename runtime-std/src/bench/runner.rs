//! Running one benchmark process and reading what it reports (the protocol of
//! `tests/bench/README.md`): a `bench-seconds S` line per loop, then `ok RESULT`.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};
use wait4::Wait4;

/// The interpreter a benchmark runs under.
pub struct Engine {
    /// The program to start.
    pub program: String,
    /// Arguments before the benchmark file (engine options, or the rest of `--python CMD`).
    pub args: Vec<String>,
    /// Whether this is Tracery itself (so Tracery's options apply).
    pub is_tracery: bool,
}

/// What one process measured.
pub struct ProcessRun {
    /// Seconds per warm-up loop.
    pub warmups: Vec<f64>,
    /// Seconds per timed loop.
    pub values: Vec<f64>,
    /// The benchmark's `ok ...` line, without `ok `.
    pub result: String,
    /// Peak resident set size of the process, in bytes (0 when the system does not say).
    pub max_rss: u64,
    /// Wall-clock seconds of the whole process, start-up included.
    pub duration: f64,
    /// When the process started.
    pub date: SystemTime,
    /// The system load average over the last minute, when it started.
    pub load_avg: Option<f64>,
}

/// Runs `file` once: `warmups + values` loops in one fresh process.
pub fn run_process(
    engine: &Engine,
    file: &Path,
    size: u32,
    warmups: u32,
    values: u32,
) -> Result<ProcessRun, String> {
    let loops = warmups + values;
    let mut command = Command::new(&engine.program);
    command
        .args(&engine.args)
        .arg(file)
        .args(["--size", &size.to_string(), "--loops", &loops.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = file.parent() {
        command.current_dir(dir);
    }
    let date = SystemTime::now();
    let load_avg = load_average();
    let started = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|err| format!("cannot start {}: {err}", engine.program))?;
    // Drain stderr on the side so that a chatty failure cannot fill its pipe and stall us.
    let mut stderr_pipe = child.stderr.take();
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(pipe) = stderr_pipe.as_mut() {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });
    let mut stdout = String::new();
    if let Some(mut pipe) = child.stdout.take() {
        let _ = pipe.read_to_string(&mut stdout);
    }
    let usage = child
        .wait4()
        .map_err(|err| format!("cannot wait for {}: {err}", engine.program))?;
    let duration = started.elapsed().as_secs_f64();
    let stderr = stderr_reader.join().unwrap_or_default();

    let failure = |what: String| {
        let mut message = what;
        let tail: Vec<&str> = stderr.lines().rev().take(12).collect();
        for line in tail.into_iter().rev() {
            message.push_str("\n    ");
            message.push_str(line);
        }
        message
    };
    if !usage.status.success() {
        let detail = stdout
            .lines()
            .find(|line| line.starts_with("FAILED"))
            .map(|line| format!(" ({line})"))
            .unwrap_or_default();
        return Err(failure(format!("{}{detail}", usage.status)));
    }
    let mut seconds = Vec::new();
    let mut result = None;
    for line in stdout.lines() {
        if let Some(text) = line.strip_prefix("bench-seconds ") {
            match text.trim().parse::<f64>() {
                Ok(value) if value > 0.0 && value.is_finite() => seconds.push(value),
                _ => return Err(failure(format!("bad timing line '{line}'"))),
            }
        } else if let Some(text) = line.strip_prefix("ok ") {
            result = Some(text.trim().to_owned());
        }
    }
    let Some(result) = result else {
        return Err(failure("no final 'ok ...' line".to_owned()));
    };
    if seconds.len() != loops as usize {
        return Err(failure(format!(
            "{} 'bench-seconds' lines for {loops} loops",
            seconds.len()
        )));
    }
    let values = seconds.split_off(warmups as usize);
    Ok(ProcessRun {
        warmups: seconds,
        values,
        result,
        max_rss: usage.rusage.maxrss,
        duration,
        date,
        load_avg,
    })
}

/// The one-minute load average, on systems with `/proc/loadavg`.
fn load_average() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next()?.parse().ok()
}
