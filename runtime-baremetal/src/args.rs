//! The image's command line, which QEMU hands over through semihosting.
//!
//! `cargo qemu -- ARGS` passes `ARGS` to QEMU's `-append`; the image reads them back with the
//! semihosting `SYS_GET_CMDLINE` call. The first word is the image's own path.

/// Exit status of a normal run.
pub const EXIT_SUCCESS: i32 = 0;
/// Exit status for a bad command line (unknown or malformed argument).
pub const EXIT_USAGE: i32 = 2;
/// Exit status after an uncaught Python exception (as CPython's).
pub const EXIT_PYTHON_ERROR: i32 = 1;
/// Exit status after a Rust panic (the same as a panicking Rust program on a host).
pub const EXIT_PANIC: i32 = 101;
/// Exit status after an unexpected CPU exception (a fault, an abort, an undefined instruction).
pub const EXIT_CPU_EXCEPTION: i32 = 102;

/// The usage text printed for `--help` and after a bad argument.
pub const USAGE: &str = "\
usage: tracery-baremetal [OPTIONS]
  (no option)     run the embedded demo program
  --program NAME  run the embedded program NAME (demo)
  --run PATH      run the Python file PATH, read from the host through semihosting
  --exit CODE     exit with status CODE after the banner (0-255)
  --panic         panic after the banner (tests the panic handler)
  --fault         execute an undefined instruction (tests the exception vectors)
  --defmt FILE    write defmt log frames to FILE on the host (decode: defmt-print -e ELF)
  --help          print this text";

/// What the command line asks the image to do after it boots.
#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
pub enum Action<'a> {
    /// Run the embedded demo program.
    #[default]
    Run,
    /// Run an embedded program by name.
    Program(&'a str),
    /// Run a Python file read from the host.
    RunFile(&'a str),
    /// Exit with this status.
    Exit(u8),
    /// Panic on purpose.
    Panic,
    /// Raise a CPU exception on purpose.
    Fault,
    /// Print the usage text and exit with success.
    Help,
}

/// A parsed command line.
#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
pub struct Options<'a> {
    /// What to do.
    pub action: Action<'a>,
    /// Host file for the defmt side channel, when logging is wanted.
    pub defmt_file: Option<&'a str>,
}

/// Why a command line was rejected.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum ArgError<'a> {
    /// An argument the image does not know.
    Unknown(&'a str),
    /// An option that needs a value came last.
    MissingValue(&'a str),
    /// `--exit` with something that is not an integer from 0 to 255.
    BadExitCode(&'a str),
}

impl core::fmt::Display for ArgError<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ArgError::Unknown(arg) => write!(f, "unknown argument '{arg}'"),
            ArgError::MissingValue(opt) => write!(f, "option '{opt}' needs a value"),
            ArgError::BadExitCode(val) => {
                write!(f, "'--exit' needs an integer from 0 to 255, got '{val}'")
            }
        }
    }
}

/// Parses the words after the image's own path.
///
/// # Errors
/// Returns the first word that cannot be understood.
pub fn parse<'a>(mut words: impl Iterator<Item = &'a str>) -> Result<Options<'a>, ArgError<'a>> {
    let mut options = Options::default();
    while let Some(word) = words.next() {
        match word {
            "--exit" => {
                let value = words.next().ok_or(ArgError::MissingValue(word))?;
                let code = value.parse().map_err(|_| ArgError::BadExitCode(value))?;
                options.action = Action::Exit(code);
            }
            "--program" => {
                options.action = Action::Program(words.next().ok_or(ArgError::MissingValue(word))?);
            }
            "--run" => {
                options.action = Action::RunFile(words.next().ok_or(ArgError::MissingValue(word))?)
            }
            "--panic" => options.action = Action::Panic,
            "--fault" => options.action = Action::Fault,
            "--help" | "-h" => options.action = Action::Help,
            "--defmt" => {
                options.defmt_file = Some(words.next().ok_or(ArgError::MissingValue(word))?)
            }
            _ => return Err(ArgError::Unknown(word)),
        }
    }
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn parse_str(line: &str) -> Result<Options<'_>, ArgError<'_>> {
        parse(line.split_whitespace())
    }

    #[test]
    fn empty_command_line_runs() {
        assert_eq!(parse_str(""), Ok(Options::default()));
    }

    #[test]
    fn actions_and_defmt_file() {
        let opts = parse_str("--exit 7 --defmt out.defmt").unwrap();
        assert_eq!(opts.action, Action::Exit(7));
        assert_eq!(opts.defmt_file, Some("out.defmt"));
        assert_eq!(parse_str("--panic").unwrap().action, Action::Panic);
        assert_eq!(parse_str("--fault").unwrap().action, Action::Fault);
        assert_eq!(parse_str("--help").unwrap().action, Action::Help);
        assert_eq!(
            parse_str("--program demo").unwrap().action,
            Action::Program("demo")
        );
        assert_eq!(
            parse_str("--run x.py").unwrap().action,
            Action::RunFile("x.py")
        );
    }

    #[test]
    fn bad_arguments_are_reported() {
        assert_eq!(parse_str("--bogus"), Err(ArgError::Unknown("--bogus")));
        assert_eq!(parse_str("--exit"), Err(ArgError::MissingValue("--exit")));
        assert_eq!(parse_str("--exit 256"), Err(ArgError::BadExitCode("256")));
        assert_eq!(parse_str("--exit -1"), Err(ArgError::BadExitCode("-1")));
        assert_eq!(ArgError::Unknown("x").to_string(), "unknown argument 'x'");
    }
}
