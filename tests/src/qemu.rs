//! Building the bare-metal image and running it under QEMU with a timeout.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The bare-metal target triple.
pub const TARGET: &str = "aarch64-unknown-none";

/// How long one QEMU run may take before the test calls it hung.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Which cargo profile to build the image with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `cargo build` (debug assertions, overflow checks).
    Debug,
    /// `cargo build --release`.
    Release,
}

/// Builds the image once per test process and returns the ELF's path.
///
/// The build uses its own target directory so that it never waits on the lock of the `cargo`
/// that runs the tests.
#[track_caller]
pub fn image(profile: Profile) -> &'static Path {
    static DEBUG: OnceLock<PathBuf> = OnceLock::new();
    static RELEASE: OnceLock<PathBuf> = OnceLock::new();
    let cell = match profile {
        Profile::Debug => &DEBUG,
        Profile::Release => &RELEASE,
    };
    cell.get_or_init(|| build_image(profile))
}

fn build_image(profile: Profile) -> PathBuf {
    let root = crate::workspace_root();
    let target_dir = root.join("target").join("qemu-tests");
    let mut cmd = Command::new(crate::cargo());
    cmd.current_dir(&root)
        .args([
            "build",
            "--quiet",
            "-p",
            "tracery-baremetal",
            "--target",
            TARGET,
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    if profile == Profile::Release {
        cmd.arg("--release");
    }
    let status = cmd.status().expect("cannot start cargo to build the image");
    assert!(
        status.success(),
        "building the bare-metal image failed: {status}"
    );
    let dir = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    target_dir.join(TARGET).join(dir).join("tracery-baremetal")
}

/// One QEMU invocation: board, core, the image's arguments.
#[derive(Debug, Clone)]
pub struct Qemu<'a> {
    /// `-machine` value, e.g. `virt` or `virt,virtualization=on`.
    pub machine: &'a str,
    /// `-cpu` value, e.g. `cortex-a53`.
    pub cpu: &'a str,
    /// Arguments for the image (its semihosting command line).
    pub args: Vec<String>,
    /// Bytes written to the UART's input.
    pub stdin: Vec<u8>,
    /// Give up (and fail) after this long.
    pub timeout: Duration,
}

impl Default for Qemu<'_> {
    fn default() -> Self {
        Qemu {
            machine: "virt",
            cpu: "cortex-a53",
            args: Vec::new(),
            stdin: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// What a QEMU run produced.
#[derive(Debug)]
pub struct Outcome {
    /// The exit status QEMU returned (the image's semihosting exit code).
    pub status: i32,
    /// Everything the image wrote to the UART, with `\r\n` turned back into `\n`.
    pub uart: String,
    /// QEMU's own stderr.
    pub stderr: String,
}

impl Qemu<'_> {
    /// Sets the image's arguments.
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// Boots `image` and waits for it to exit.
    ///
    /// # Panics
    /// When QEMU cannot start, or runs past the timeout (it is killed first).
    #[track_caller]
    pub fn run(&self, image: &Path) -> Outcome {
        let mut child = Command::new("qemu-system-aarch64")
            .args(["-machine", self.machine, "-cpu", self.cpu, "-semihosting"])
            .args(["-display", "none", "-monitor", "none", "-serial", "stdio"])
            .arg("-kernel")
            .arg(image)
            .arg("-append")
            .arg(self.args.join(" "))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cannot start qemu-system-aarch64 (install qemu-system-arm)");
        let mut stdin = child.stdin.take().expect("piped stdin");
        let input = self.stdin.clone();
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            // QEMU may exit before reading everything; a broken pipe is not our failure.
            let _ = stdin.write_all(&input);
        });
        let stdout = read_in_background(child.stdout.take().expect("piped stdout"));
        let stderr = read_in_background(child.stderr.take().expect("piped stderr"));
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            if let Some(status) = child.try_wait().expect("waiting for QEMU") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                let uart = stdout.join().unwrap_or_default();
                panic!(
                    "QEMU did not exit within {:?}; UART so far:\n{uart}",
                    self.timeout
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let _ = writer.join();
        let uart = stdout.join().unwrap_or_default().replace("\r\n", "\n");
        let stderr = stderr.join().unwrap_or_default();
        Outcome {
            status: status.code().unwrap_or(-1),
            uart,
            stderr,
        }
    }
}

/// Decodes a `defmt` log file the image wrote with `defmt-print -e IMAGE`, one line per frame
/// (`TIMESTAMP LEVEL  message`).
///
/// # Panics
/// When `defmt-print` cannot start (it is installed by `cargo install defmt-print --locked`)
/// or fails, or the log file does not exist.
#[track_caller]
pub fn decode_defmt(image: &Path, log: &Path) -> String {
    let log_file = std::fs::File::open(log)
        .unwrap_or_else(|err| panic!("the image did not create {}: {err}", log.display()));
    let decoded = Command::new("defmt-print")
        .arg("-e")
        .arg(image)
        .stdin(log_file)
        .output()
        .expect("cannot run defmt-print (cargo install defmt-print --locked)");
    assert!(decoded.status.success(), "defmt-print failed: {decoded:?}");
    String::from_utf8_lossy(&decoded.stdout).into_owned()
}

fn read_in_background(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}
