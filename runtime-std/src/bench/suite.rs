//! The benchmark suite: the programs in `tests/bench/`, built into the binary so that
//! `tracery bench` works from any directory (and `--suite DIR` runs edited copies instead).

/// One benchmark of the suite.
pub struct Benchmark {
    /// Its name: the file is `NAME.py`.
    pub name: &'static str,
    /// What it exercises, for `tracery bench --list`.
    pub about: &'static str,
    /// The program text (the protocol is in `tests/bench/README.md`).
    pub source: &'static str,
    /// `--size` for a real measurement: one loop takes about a second under CPython 3.11.
    pub default_size: u32,
    /// `--size` for a smoke test (`--tiny`): a few milliseconds, still validated.
    pub tiny_size: u32,
}

/// Declares the suite: name, description, default size, tiny size.
macro_rules! suite {
    ($($name:literal, $about:literal, $default:literal, $tiny:literal;)*) => {
        /// Every benchmark, in the order they run and are reported.
        pub const SUITE: &[Benchmark] = &[$(Benchmark {
            name: $name,
            about: $about,
            source: include_str!(concat!("../../../tests/bench/", $name, ".py")),
            default_size: $default,
            tiny_size: $tiny,
        }),*];
    };
}

suite! {
    "chaos", "operator overloading on a vector class, virtual methods, random", 300000, 10000;
    "deltablue", "classes, inheritance, overridden methods, small calls, list queues", 16000, 100;
    "fannkuch", "list slicing and slice assignment, small ints, while loops", 9, 6;
    "float", "objects with float attributes, math.sin/cos/sqrt, max", 500000, 10000;
    "go", "classes, flood fills, lists as stacks, seeded random, math.log", 400, 10;
    "json_like", "own JSON serializer and recursive-descent parser: strings, dicts, floats", 6500, 50;
    "nbody", "float arithmetic on lists, tuple unpacking, math.sqrt", 200000, 1000;
    "nqueens", "recursive generators, yield from, sets, any over a generator", 12, 8;
    "raytrace", "vector objects and methods, inheritance, recursion, allocation", 180, 12;
    "richards", "classes, inheritance, method calls, attribute reads and writes", 12, 1;
    "spectral_norm", "float division, small function calls, nested loops", 250, 30;
    "template", "template parsing and rendering: str methods, dict scopes, join, format", 3300, 20;
    "wordcount", "text generation, split, word and bigram counting in dicts, sorting", 250000, 2000;
}

/// The benchmark called `name`.
pub fn find(name: &str) -> Option<&'static Benchmark> {
    SUITE.iter().find(|bench| bench.name == name)
}
