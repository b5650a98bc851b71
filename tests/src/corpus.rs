//! The program corpus (`tests/programs/`): finding programs, reading their expected output,
//! normalizing tracebacks, building and running `tracery` with a timeout, and judging the runs.
//!
//! The file formats and the normalization are described in `tests/programs/README.md`;
//! `tests/programs/regen.py` implements the same rules on the CPython side.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long one program may run under `tracery` before it counts as hung.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The environment variable that keeps only the programs whose name contains its value.
pub const FILTER_VAR: &str = "TRACERY_CORPUS_FILTER";

/// The file listing the programs that are allowed to fail, one name per line.
pub const KNOWN_FAILING_FILE: &str = "KNOWN_FAILING";

/// Directories holding programs, relative to the corpus directory (`""` is the corpus itself).
const PROGRAM_DIRS: [&str; 2] = ["", "level2"];

/// The line of a `.expect` file that separates stdout from stderr: `--- stderr (exit N)`.
const EXPECT_SEPARATOR: (&str, &str) = ("--- stderr (exit ", ")");

/// The first line of a `.err` file: `# exit N`.
const ERR_HEADER: &str = "# exit ";

/// How many lines of each side a short diff shows after the first difference.
const DIFF_LINES: usize = 4;

/// The corpus directory, `tests/programs`.
pub fn programs_dir() -> PathBuf {
    crate::workspace_root().join("tests").join("programs")
}

/// One corpus program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// The path relative to the corpus directory without `.py`: `001_int_arith`,
    /// `level2/001_try_except`. `KNOWN_FAILING` and the filter use this name.
    pub name: String,
    /// The path relative to the corpus directory, as `tracery` gets it: `001_int_arith.py`.
    pub relative: String,
    /// The absolute path of the `.py` file.
    pub path: PathBuf,
}

/// What a program printed: stdout, normalized stderr, exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Everything written to stdout.
    pub stdout: String,
    /// Stderr after [`normalize_stderr`].
    pub stderr: String,
    /// The exit status (`-1` when the process was killed by a signal).
    pub status: i32,
}

/// Whether `file_name` names a corpus program: three digits, `_`, letters, digits or `_`, `.py`.
pub fn is_program_file_name(file_name: &str) -> bool {
    let Some(stem) = file_name.strip_suffix(".py") else {
        return false;
    };
    let bytes = stem.as_bytes();
    bytes.len() > 4
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && bytes[3] == b'_'
        && bytes[4..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Every corpus program whose name contains `filter` (all of them for `None`), sorted by name
/// within each directory, the corpus itself before `level2/`.
///
/// # Panics
/// When the corpus directory cannot be read.
#[track_caller]
pub fn programs(filter: Option<&str>) -> Vec<Program> {
    let root = programs_dir();
    let mut found = Vec::new();
    for dir in PROGRAM_DIRS {
        let path = if dir.is_empty() {
            root.clone()
        } else {
            root.join(dir)
        };
        if !path.is_dir() {
            continue;
        }
        let mut names: Vec<String> = std::fs::read_dir(&path)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter(|name| is_program_file_name(name))
            .collect();
        names.sort();
        for file_name in names {
            let relative = if dir.is_empty() {
                file_name.clone()
            } else {
                format!("{dir}/{file_name}")
            };
            let name = relative.trim_end_matches(".py").to_owned();
            if filter.is_none_or(|f| name.contains(f)) {
                found.push(Program {
                    name,
                    path: root.join(&relative),
                    relative,
                });
            }
        }
    }
    found
}

/// The value of [`FILTER_VAR`], if it is set and not empty.
pub fn filter_from_env() -> Option<String> {
    std::env::var(FILTER_VAR).ok().filter(|f| !f.is_empty())
}

impl Program {
    fn sibling(&self, extension: &str) -> PathBuf {
        self.path.with_extension(extension)
    }

    /// The program's expected behaviour, from `NAME.expect` if it exists, else from `NAME.out`
    /// and `NAME.err` (no `.err` means exit status 0 and an empty stderr).
    ///
    /// # Errors
    /// When the files are missing or malformed; the message says which and why.
    pub fn expectation(&self) -> Result<Outcome, String> {
        let read = |path: &Path| {
            std::fs::read_to_string(path)
                .map_err(|err| format!("cannot read {}: {err}", path.display()))
        };
        let expect = self.sibling("expect");
        if expect.exists() {
            return parse_expect(&read(&expect)?)
                .map_err(|err| format!("{}: {err}", expect.display()));
        }
        let out = self.sibling("out");
        if !out.exists() {
            return Err(format!(
                "{} has no expectation: run tests/programs/regen.py",
                self.name
            ));
        }
        let stdout = read(&out)?;
        let err = self.sibling("err");
        if !err.exists() {
            return Ok(Outcome {
                stdout,
                stderr: String::new(),
                status: 0,
            });
        }
        let text = read(&err)?;
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        let status = first
            .strip_prefix(ERR_HEADER)
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| format!("{} does not start with '# exit N'", err.display()))?;
        Ok(Outcome {
            stdout,
            stderr: rest.to_owned(),
            status,
        })
    }
}

/// Parses the text of a `.expect` file: stdout, a line `--- stderr (exit N)`, normalized stderr.
///
/// # Errors
/// When the separator line is missing or its status is not a number.
pub fn parse_expect(text: &str) -> Result<Outcome, String> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.strip_suffix('\n').unwrap_or(line);
        if let Some(number) = bare
            .strip_prefix(EXPECT_SEPARATOR.0)
            .and_then(|rest| rest.strip_suffix(EXPECT_SEPARATOR.1))
        {
            let status = number
                .parse()
                .map_err(|_| format!("bad exit status in {bare:?}"))?;
            return Ok(Outcome {
                stdout: text[..offset].to_owned(),
                stderr: text[offset + line.len()..].to_owned(),
                status,
            });
        }
        offset += line.len();
    }
    Err("no '--- stderr (exit N)' line".to_owned())
}

/// Normalizes a traceback as `regen.py` does: lines made only of spaces, tabs, `^` and `~`
/// (with at least one `^` or `~`) are dropped, and in a line starting with `File "` the quoted
/// path becomes its last component. Every kept line ends with `\n`.
pub fn normalize_stderr(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut lines: Vec<&str> = raw.split('\n').collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    for line in lines {
        if is_caret_line(line) {
            continue;
        }
        out.push_str(&strip_file_path(line));
        out.push('\n');
    }
    out
}

fn is_caret_line(line: &str) -> bool {
    line.contains(['^', '~']) && line.chars().all(|c| matches!(c, ' ' | '\t' | '^' | '~'))
}

fn strip_file_path(line: &str) -> String {
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let Some(rest) = line[indent..].strip_prefix("File \"") else {
        return line.to_owned();
    };
    let Some(end) = rest.find('"') else {
        return line.to_owned();
    };
    let path = &rest[..end];
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    format!("{}File \"{base}{}", &line[..indent], &rest[end..])
}

/// The names listed in `tests/programs/KNOWN_FAILING`: one per line, `#` starts a comment,
/// a trailing `.py` is ignored. A missing file lists nothing.
///
/// # Panics
/// When the file exists but cannot be read.
#[track_caller]
pub fn known_failing() -> BTreeSet<String> {
    let path = programs_dir().join(KNOWN_FAILING_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse_known_failing(&text),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => BTreeSet::new(),
        Err(err) => panic!("cannot read {}: {err}", path.display()),
    }
}

/// Parses the text of a `KNOWN_FAILING` file (see [`known_failing`]).
pub fn parse_known_failing(text: &str) -> BTreeSet<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|name| !name.is_empty())
        .map(|name| name.trim_end_matches(".py").to_owned())
        .collect()
}

/// Builds `tracery` (release) once per test process and returns the binary's path.
///
/// The build uses its own target directory, `target/corpus`, so that it never waits on the
/// lock of the `cargo` that runs the tests.
///
/// # Panics
/// When cargo cannot be started or the build fails.
#[track_caller]
pub fn tracery() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(build_tracery)
}

fn build_tracery() -> PathBuf {
    let root = crate::workspace_root();
    let target_dir = root.join("target").join("corpus");
    let status = Command::new(crate::cargo())
        .current_dir(&root)
        .args(["build", "-p", "tracery", "--release", "--quiet"])
        .arg("--target-dir")
        .arg(&target_dir)
        .status()
        .expect("cannot start cargo to build tracery");
    assert!(status.success(), "building tracery failed: {status}");
    target_dir
        .join("release")
        .join(format!("tracery{}", std::env::consts::EXE_SUFFIX))
}

/// Runs `binary` on one program: the program's path relative to the corpus as the only
/// argument, the corpus directory as the working directory, no stdin.
///
/// # Errors
/// When the program runs past `timeout` (it is killed first); the message says so and shows
/// the stdout printed until then.
///
/// # Panics
/// When the binary cannot be started.
#[track_caller]
pub fn run(
    binary: &Path,
    engine: &[&str],
    program: &Program,
    timeout: Duration,
) -> Result<Outcome, String> {
    let mut child = Command::new(binary)
        .args(engine)
        .arg(&program.relative)
        .current_dir(programs_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot start {}: {err}", binary.display()));
    let stdout = read_in_background(child.stdout.take().expect("piped stdout"));
    let stderr = read_in_background(child.stderr.take().expect("piped stderr"));
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for tracery") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let so_far = stdout.join().unwrap_or_default();
            return Err(format!(
                "timed out after {timeout:?}; stdout so far:\n{}",
                tail(&so_far, DIFF_LINES)
            ));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Outcome {
        stdout: stdout.join().unwrap_or_default(),
        stderr: normalize_stderr(&stderr.join().unwrap_or_default()),
        status: status.code().unwrap_or(-1),
    })
}

fn read_in_background(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    all[start..]
        .iter()
        .map(|line| format!("  {line}\n"))
        .collect()
}

/// Runs every program with [`run`], as many at once as the machine has cores, and returns the
/// results in the order of `programs`.
#[track_caller]
pub fn run_all(
    binary: &Path,
    engine: &[&str],
    programs: &[Program],
    timeout: Duration,
) -> Vec<Result<Outcome, String>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(programs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Outcome, String>>>> =
        Mutex::new(vec![None; programs.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(index) else {
                        break;
                    };
                    let result = run(binary, engine, program, timeout);
                    results.lock().expect("no worker panicked")[index] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panicked")
        .into_iter()
        .map(|result| result.expect("every program ran"))
        .collect()
}

/// Says how `actual` differs from `expected`: exit status and a short diff of stdout and of
/// stderr; `None` when they agree.
pub fn mismatch(expected: &Outcome, actual: &Result<Outcome, String>) -> Option<String> {
    let actual = match actual {
        Ok(actual) => actual,
        Err(message) => return Some(message.clone()),
    };
    if expected == actual {
        return None;
    }
    let mut text = String::new();
    if expected.status != actual.status {
        let _ = writeln!(
            text,
            "exit status: expected {}, got {}",
            expected.status, actual.status
        );
    }
    if expected.stdout != actual.stdout {
        text.push_str(&short_diff("stdout", &expected.stdout, &actual.stdout));
    }
    if expected.stderr != actual.stderr {
        text.push_str(&short_diff("stderr", &expected.stderr, &actual.stderr));
    }
    Some(text)
}

/// A few lines around the first difference between `expected` and `actual`: `-` lines are
/// expected, `+` lines are what came out.
pub fn short_diff(what: &str, expected: &str, actual: &str) -> String {
    let want: Vec<&str> = expected.lines().collect();
    let got: Vec<&str> = actual.lines().collect();
    let first = want
        .iter()
        .zip(&got)
        .position(|(w, g)| w != g)
        .unwrap_or(want.len().min(got.len()));
    let mut text = String::new();
    if want == got {
        let _ = writeln!(
            text,
            "{what} differs only in its final newline (expected {}, got {})",
            ends_with_newline(expected),
            ends_with_newline(actual)
        );
        return text;
    }
    let _ = writeln!(
        text,
        "{what} differs from line {} on (expected {} lines, got {}):",
        first + 1,
        want.len(),
        got.len()
    );
    for line in want.iter().skip(first).take(DIFF_LINES) {
        let _ = writeln!(text, "  -{line}");
    }
    for line in got.iter().skip(first).take(DIFF_LINES) {
        let _ = writeln!(text, "  +{line}");
    }
    text
}

fn ends_with_newline(text: &str) -> &'static str {
    if text.ends_with('\n') {
        "a newline at the end"
    } else {
        "no newline at the end"
    }
}

/// The verdict on a corpus run.
#[derive(Debug, Default)]
pub struct Report {
    /// How many programs ran.
    pub ran: usize,
    /// Programs that behaved as expected.
    pub passed: Vec<String>,
    /// Programs that failed and are listed in `KNOWN_FAILING`.
    pub known_failing: Vec<String>,
    /// Programs listed in `KNOWN_FAILING` that passed. Not a problem by itself: a tier-2 bug
    /// may fail a program under some engines only; [`passing_everywhere`] finds the entries
    /// that passed under every engine.
    pub listed_passing: Vec<String>,
    /// Everything that makes the test fail, one entry per problem: a program that failed
    /// (with a short diff), a stale entry.
    pub problems: Vec<String>,
}

/// Judges the results of [`run_all`] against the expectations and the `KNOWN_FAILING` list.
///
/// `all_names` are the names of every program (whatever the filter): a `KNOWN_FAILING` entry
/// that names none of them is a problem too.
pub fn judge(
    programs: &[Program],
    results: &[Result<Outcome, String>],
    known: &BTreeSet<String>,
    all_names: &BTreeSet<String>,
) -> Report {
    let mut report = Report {
        ran: programs.len(),
        ..Report::default()
    };
    for (program, result) in programs.iter().zip(results) {
        let verdict = program
            .expectation()
            .map(|expected| mismatch(&expected, result));
        let listed = known.contains(&program.name);
        match (verdict, listed) {
            (Ok(None), false) => report.passed.push(program.name.clone()),
            (Ok(None), true) => report.listed_passing.push(program.name.clone()),
            (Ok(Some(_)), true) => report.known_failing.push(program.name.clone()),
            (Ok(Some(diff)), false) => {
                report
                    .problems
                    .push(format!("{} failed:\n{}", program.name, indent(&diff)))
            }
            (Err(message), _) => report.problems.push(message),
        }
    }
    for name in known.difference(all_names) {
        report.problems.push(format!(
            "{KNOWN_FAILING_FILE} lists {name}, which is not a corpus program"
        ));
    }
    report
}

/// The `KNOWN_FAILING` entries that passed under every engine (one [`Report`] per engine, all
/// judging the same programs), as problems: the list only shrinks.
pub fn passing_everywhere(reports: &[Report]) -> Vec<String> {
    let Some((first, rest)) = reports.split_first() else {
        return Vec::new();
    };
    first
        .listed_passing
        .iter()
        .filter(|name| {
            rest.iter()
                .all(|report| report.listed_passing.contains(name))
        })
        .map(|name| format!("{name} passes now: remove it from {KNOWN_FAILING_FILE}"))
        .collect()
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}\n")).collect()
}

impl Report {
    /// A summary for the failure message: counts, then every problem.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "{} problem(s) in a corpus run of {} programs ({} passed, {} known failing):\n\n",
            self.problems.len(),
            self.ran,
            self.passed.len(),
            self.known_failing.len()
        );
        for problem in &self.problems {
            text.push_str(problem);
            if !problem.ends_with('\n') {
                text.push('\n');
            }
            text.push('\n');
        }
        text
    }
}

/// The script that regenerates and checks the expectations, `tests/programs/regen.py`.
pub fn regen_script() -> PathBuf {
    programs_dir().join("regen.py")
}

/// A Python to run `regen.py` with: `python3.11` if it runs, else `python3`; `None` when
/// neither does.
pub fn python3() -> Option<&'static str> {
    ["python3.11", "python3"].into_iter().find(|python| {
        Command::new(python)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_drops_markers_and_directories() {
        let raw = "Traceback (most recent call last):\n  File \"/a/b/042_key.py\", line 7, in <module>\n    print(d[k])\n          ~^^^\n     ^^^^\nKeyError: 'k'\n";
        assert_eq!(
            normalize_stderr(raw),
            "Traceback (most recent call last):\n  File \"042_key.py\", line 7, in <module>\n    print(d[k])\nKeyError: 'k'\n"
        );
        assert_eq!(normalize_stderr(""), "");
        assert_eq!(normalize_stderr("no newline"), "no newline\n");
        assert_eq!(normalize_stderr("x ~ y\n"), "x ~ y\n");
    }

    #[test]
    fn expect_files_split_at_the_separator() {
        let parsed = parse_expect("a\nb\n--- stderr (exit 1)\nError: x\n").unwrap();
        assert_eq!(parsed.stdout, "a\nb\n");
        assert_eq!(parsed.stderr, "Error: x\n");
        assert_eq!(parsed.status, 1);
        let empty = parse_expect("--- stderr (exit 0)\n").unwrap();
        assert_eq!((empty.stdout.as_str(), empty.status), ("", 0));
        assert!(parse_expect("no separator\n").is_err());
    }

    #[test]
    fn program_names_and_known_failing_lines() {
        assert!(is_program_file_name("001_int_arith.py"));
        assert!(!is_program_file_name("regen.py"));
        assert!(!is_program_file_name("001_.py"));
        assert!(!is_program_file_name("001_x.out"));
        let known = parse_known_failing("# comment\n001_a\n  002_b.py  # why\n\n");
        assert_eq!(
            known.into_iter().collect::<Vec<_>>(),
            ["001_a".to_owned(), "002_b".to_owned()]
        );
    }

    #[test]
    fn known_failing_list_can_only_shrink() {
        let program = programs(None).remove(0);
        let expected = program.expectation().unwrap();
        let names: BTreeSet<String> = [program.name.clone()].into();
        let none = BTreeSet::new();
        let one = std::slice::from_ref(&program);

        let passing = judge(one, &[Ok(expected.clone())], &none, &names);
        assert_eq!((passing.passed.len(), passing.problems.len()), (1, 0));

        // A listed program passing under one engine is fine while another still fails it.
        let listed_but_passing = judge(one, &[Ok(expected.clone())], &names, &names);
        assert!(listed_but_passing.problems.is_empty());
        assert_eq!(
            listed_but_passing.listed_passing,
            std::slice::from_ref(&program.name)
        );

        let hung = Err("timed out".to_owned());
        let listed_and_failing = judge(one, std::slice::from_ref(&hung), &names, &names);
        assert!(listed_and_failing.problems.is_empty());
        assert_eq!(
            listed_and_failing.known_failing,
            names.iter().cloned().collect::<Vec<_>>()
        );
        assert!(
            passing_everywhere(&[
                judge(one, &[Ok(expected.clone())], &names, &names),
                listed_and_failing,
            ])
            .is_empty()
        );
        // Passing under every engine, it must leave the list.
        assert_eq!(
            passing_everywhere(&[
                listed_but_passing,
                judge(one, &[Ok(expected.clone())], &names, &names),
            ]),
            [format!(
                "{} passes now: remove it from KNOWN_FAILING",
                program.name
            )]
        );

        let failing = judge(one, &[hung], &none, &names);
        assert!(failing.problems[0].contains("timed out"), "{failing:?}");

        let stale: BTreeSet<String> = ["999_gone".to_owned()].into();
        let report = judge(&[], &[], &stale, &names);
        assert_eq!(
            report.problems,
            ["KNOWN_FAILING lists 999_gone, which is not a corpus program"]
        );
    }

    #[test]
    fn short_diff_shows_the_first_difference() {
        let diff = short_diff("stdout", "1\n2\n3\n", "1\n2\n4\n");
        assert!(diff.contains("from line 3 on"), "{diff}");
        assert!(diff.contains("  -3\n  +4\n"), "{diff}");
        let newline = short_diff("stdout", "1\n", "1");
        assert!(newline.contains("final newline"), "{newline}");
    }
}
