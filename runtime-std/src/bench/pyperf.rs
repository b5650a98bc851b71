//! Results as pyperf's JSON (format version 1.0), so `python3 -m pyperf show` and
//! `compare_to` read what `tracery bench` writes, and `tracery bench compare` reads both.
//!
//! The layout: `{"version": "1.0", "metadata": {suite-wide}, "benchmarks": [{"metadata":
//! {"name": …, "unit": "second", …}, "runs": [{"metadata": {…}, "warmups": [[loops, seconds]],
//! "values": [seconds, …]}]}]}`. Values are seconds per loop. pyperf accepts only non-empty
//! metadata strings without newlines, and positive numbers for its known keys
//! (`mem_max_rss`, `duration`, `loops`…); the writer keeps to that.

use super::runner::ProcessRun;
use serde_json::{Map, Value, json};

/// One benchmark's results, as measured.
pub struct Measured {
    /// The benchmark's name.
    pub name: String,
    /// The `--size` it ran at.
    pub size: u32,
    /// What it computed (its `ok ...` line), the same for every run.
    pub result: String,
    /// One entry per process.
    pub runs: Vec<ProcessRun>,
}

/// Inserts `key: text` unless the text is empty (pyperf refuses empty strings).
pub fn put_text(metadata: &mut Map<String, Value>, key: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() && !text.contains(['\n', '\r']) {
        metadata.insert(key.to_owned(), Value::from(text));
    }
}

/// The whole file: suite metadata plus every benchmark.
pub fn suite_json(metadata: Map<String, Value>, measured: &[Measured]) -> Value {
    let benchmarks: Vec<Value> = measured.iter().map(benchmark_json).collect();
    json!({"version": "1.0", "metadata": metadata, "benchmarks": benchmarks})
}

fn benchmark_json(bench: &Measured) -> Value {
    let mut metadata = Map::new();
    metadata.insert("name".into(), Value::from(bench.name.as_str()));
    metadata.insert("unit".into(), Value::from("second"));
    metadata.insert("loops".into(), Value::from(1));
    metadata.insert("bench_size".into(), Value::from(bench.size));
    put_text(&mut metadata, "bench_result", &bench.result);
    let runs: Vec<Value> = bench.runs.iter().map(run_json).collect();
    json!({"metadata": metadata, "runs": runs})
}

fn run_json(run: &ProcessRun) -> Value {
    let mut metadata = Map::new();
    put_text(
        &mut metadata,
        "date",
        &humantime::format_rfc3339_seconds(run.date).to_string(),
    );
    metadata.insert("duration".into(), Value::from(run.duration));
    if run.max_rss > 0 {
        metadata.insert("mem_max_rss".into(), Value::from(run.max_rss));
    }
    if let Some(load) = run.load_avg {
        metadata.insert("load_avg_1min".into(), Value::from(load));
    }
    let mut data = Map::new();
    data.insert("metadata".into(), Value::Object(metadata));
    if !run.warmups.is_empty() {
        let warmups: Vec<Value> = run.warmups.iter().map(|&s| json!([1, s])).collect();
        data.insert("warmups".into(), Value::from(warmups));
    }
    data.insert("values".into(), Value::from(run.values.clone()));
    Value::Object(data)
}

/// One benchmark as read back from a file (ours or pyperf's own).
pub struct Loaded {
    /// The benchmark's name.
    pub name: String,
    /// Every timed value of every run, in seconds per loop.
    pub values: Vec<f64>,
    /// The largest peak RSS of any run, in bytes, when recorded.
    pub max_rss: Option<u64>,
}

/// Reads the benchmarks of a pyperf JSON document.
pub fn load(text: &str) -> Result<Vec<Loaded>, String> {
    let data: Value = serde_json::from_str(text).map_err(|err| format!("not JSON: {err}"))?;
    match data.get("version").and_then(Value::as_str) {
        Some("1.0") => {}
        other => {
            return Err(format!(
                "pyperf file format version {} is not supported (expected \"1.0\")",
                other.map_or("(none)".to_owned(), |v| format!("{v:?}"))
            ));
        }
    }
    let empty = Map::new();
    let suite_meta = data
        .get("metadata")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let Some(benchmarks) = data.get("benchmarks").and_then(Value::as_array) else {
        return Err("no \"benchmarks\" list".to_owned());
    };
    let mut loaded = Vec::new();
    for (index, bench) in benchmarks.iter().enumerate() {
        let bench_meta = bench
            .get("metadata")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        // Metadata shared by every run is stored once, higher up; look outward.
        let lookup = |run_meta: &Map<String, Value>, key: &str| -> Option<Value> {
            [run_meta, bench_meta, suite_meta]
                .into_iter()
                .find_map(|meta| meta.get(key).cloned())
        };
        let name = lookup(&empty, "name")
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| format!("benchmark #{}", index + 1));
        if let Some(unit) = lookup(&empty, "unit").and_then(|v| v.as_str().map(str::to_owned))
            && unit != "second"
        {
            return Err(format!(
                "{name}: unit '{unit}' is not supported (only seconds)"
            ));
        }
        let Some(runs) = bench.get("runs").and_then(Value::as_array) else {
            return Err(format!("{name}: no \"runs\" list"));
        };
        let mut values = Vec::new();
        let mut max_rss: Option<u64> = None;
        for run in runs {
            let run_meta = run
                .get("metadata")
                .and_then(Value::as_object)
                .unwrap_or(&empty);
            // Calibration runs have warm-ups only.
            for value in run
                .get("values")
                .and_then(Value::as_array)
                .unwrap_or(&vec![])
            {
                match value.as_f64() {
                    Some(seconds) if seconds > 0.0 => values.push(seconds),
                    _ => return Err(format!("{name}: bad value {value}")),
                }
            }
            if let Some(rss) = lookup(run_meta, "mem_max_rss").and_then(|v| v.as_u64()) {
                max_rss = Some(max_rss.map_or(rss, |m| m.max(rss)));
            }
        }
        if values.is_empty() {
            return Err(format!("{name}: no values"));
        }
        loaded.push(Loaded {
            name,
            values,
            max_rss,
        });
    }
    if loaded.is_empty() {
        return Err("the file holds no benchmark".to_owned());
    }
    Ok(loaded)
}
