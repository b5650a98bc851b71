//! Fuzz-style tests: random token soups, random bytes and mutated programs never make the
//! compiler panic, and whatever compiles passes the code invariants (`check_code`).

use std::string::String;
use std::vec::Vec;

use super::support::*;

/// A tiny xorshift generator (deterministic, no dependencies).
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Token vocabulary for soups: keywords, operators, names, literals, layout.
const VOCAB: &[&str] = &[
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "raise",
    "from",
    "import",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "assert",
    "and",
    "or",
    "not",
    "is",
    "None",
    "True",
    "False",
    "async",
    "await",
    "x",
    "y",
    "f",
    "self",
    "super",
    "__class__",
    "print",
    "0",
    "1",
    "2.5",
    "'s'",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "\"\\t\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "=",
    "==",
    "+=",
    "-",
    "+",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<",
    ">",
    "<=",
    "!=",
    "|",
    "&",
    "^",
    "~",
    "<<",
    "@",
    ":=",
    "->",
    "...",
    "*args",
    "**kw",
    "\n",
    "\n    ",
    "\n        ",
    "\n",
    "\n",
];

/// Programs to mutate.
const SEEDS: &[&str] = &[
    "def f(a, b=1, *c, d, **e):\n    x = a + b\n    return [y * x for y in c if y]\n",
    "class C(B):\n    z = 1\n    def m(self):\n        return super().m(self.z)\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    print(i)\nelse:\n    pass\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nelse:\n    h()\nfinally:\n    k()\n",
    "def g():\n    with open(p) as fh:\n        yield from fh\n    x = yield 1\n",
    "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return lambda: n\n    return inner\n",
    "x = {k: v for k, v in d.items()}\ns = f'{x!r:>{w}} and {y=}'\na, *b = c\n",
    "while True:\n    try:\n        break\n    finally:\n        print('x')\n",
];

/// Rounds for a fuzz test: `default`, or `FUZZ_ROUNDS` from the environment for long runs.
fn rounds(default: usize) -> usize {
    std::env::var("FUZZ_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The generator seed: `default`, or `FUZZ_SEED` from the environment.
fn seed(default: u64) -> u64 {
    std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Compiles `src`; success must produce valid code (checked by `compile_mode`), failure an
/// error; neither may panic.
fn survive(src: &str) {
    let _ = compile_mode(src, crate::compile::Mode::Exec);
    let _ = compile_mode(src, crate::compile::Mode::Single);
}

#[test]
fn token_soups_do_not_panic() {
    let mut rng = XorShift(seed(0x9e37_79b9_7f4a_7c15));
    for _ in 0..rounds(400) {
        let len = 1 + rng.below(40);
        let mut src = String::new();
        for _ in 0..len {
            src.push_str(VOCAB[rng.below(VOCAB.len())]);
            src.push(' ');
        }
        survive(&src);
    }
}

#[test]
fn random_bytes_do_not_panic() {
    let mut rng = XorShift(seed(0x2545_f491_4f6c_dd1d));
    for _ in 0..rounds(300) {
        let len = rng.below(80);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0x7f) as u8).collect();
        survive(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn mutated_programs_do_not_panic() {
    let mut rng = XorShift(seed(0xdead_beef_cafe_f00d));
    for round in 0..rounds(600) {
        let seed = SEEDS[round % SEEDS.len()];
        let mut chars: Vec<char> = seed.chars().collect();
        for _ in 0..1 + rng.below(3) {
            match rng.below(3) {
                0 if !chars.is_empty() => {
                    let at = rng.below(chars.len());
                    chars.remove(at);
                }
                1 => {
                    let at = rng.below(chars.len() + 1);
                    let piece = VOCAB[rng.below(VOCAB.len())];
                    for (i, c) in piece.chars().enumerate() {
                        chars.insert(at + i, c);
                    }
                }
                _ if chars.len() > 1 => {
                    let a = rng.below(chars.len());
                    let b = rng.below(chars.len());
                    chars.swap(a, b);
                }
                _ => {}
            }
        }
        survive(&chars.into_iter().collect::<String>());
    }
}

#[test]
fn seeds_compile() {
    for seed in SEEDS {
        compiled(seed);
    }
}

/// Writes a random valid block at `indent`, `depth` levels deep; `in_loop`/`in_func` say
/// which exits are allowed.
fn random_block(
    rng: &mut XorShift,
    out: &mut String,
    indent: usize,
    depth: usize,
    in_loop: bool,
    in_func: bool,
) {
    let count = 1 + rng.below(3);
    for _ in 0..count {
        let pad = "    ".repeat(indent);
        let choice = if depth >= 4 {
            rng.below(6)
        } else {
            rng.below(16)
        };
        match choice {
            0 => out.push_str(&std::format!(
                "{pad}x = a[i] + f(y, *z, k=w) if c else -1\n"
            )),
            1 => out.push_str(&std::format!("{pad}a, *b = [v for v in x if v]\n")),
            2 if in_loop => out.push_str(&std::format!("{pad}break\n")),
            3 if in_loop => out.push_str(&std::format!("{pad}continue\n")),
            4 if in_func => out.push_str(&std::format!("{pad}return x\n")),
            5 if in_func => out.push_str(&std::format!("{pad}y = yield x\n")),
            6 => {
                out.push_str(&std::format!("{pad}if a and not b:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                out.push_str(&std::format!("{pad}else:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
            }
            7 => {
                out.push_str(&std::format!("{pad}for i in range(n):\n"));
                random_block(rng, out, indent + 1, depth + 1, true, in_func);
            }
            8 => {
                out.push_str(&std::format!("{pad}while i < n:\n"));
                random_block(rng, out, indent + 1, depth + 1, true, in_func);
                out.push_str(&std::format!("{pad}else:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
            }
            9 => {
                out.push_str(&std::format!("{pad}try:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                out.push_str(&std::format!("{pad}except E as e:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                if rng.below(2) == 0 {
                    out.push_str(&std::format!("{pad}except:\n"));
                    random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                }
                if rng.below(2) == 0 {
                    out.push_str(&std::format!("{pad}else:\n"));
                    random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                }
                if rng.below(2) == 0 {
                    out.push_str(&std::format!("{pad}finally:\n"));
                    random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                }
            }
            10 => {
                out.push_str(&std::format!("{pad}try:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
                out.push_str(&std::format!("{pad}finally:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
            }
            11 => {
                out.push_str(&std::format!("{pad}with m as q, n:\n"));
                random_block(rng, out, indent + 1, depth + 1, in_loop, in_func);
            }
            12 => {
                out.push_str(&std::format!("{pad}def g(p, r=1):\n"));
                out.push_str(&std::format!("{pad}    nonlocal_free = x\n"));
                random_block(rng, out, indent + 1, depth + 1, false, true);
            }
            13 => {
                out.push_str(&std::format!("{pad}class K(B):\n"));
                out.push_str(&std::format!("{pad}    def m(self):\n"));
                out.push_str(&std::format!("{pad}        return super().m(x)\n"));
                random_block(rng, out, indent + 1, depth + 1, false, false);
            }
            14 => out.push_str(&std::format!(
                "{pad}s = f'{{x!r:>{{w}}}}' + str(lambda t: t + x)\n"
            )),
            _ => out.push_str(&std::format!("{pad}assert x < y <= z, 'm'\n")),
        }
    }
}

#[test]
fn random_valid_programs_compile_to_consistent_code() {
    let mut rng = XorShift(seed(0x1234_5678_9abc_def1));
    for _ in 0..rounds(150) {
        let mut src = String::from("def main(x, n, i=0):\n");
        random_block(&mut rng, &mut src, 1, 0, false, true);
        random_block(&mut rng, &mut src, 0, 0, false, false);
        // Nested `finally` bodies are copied on every exit path, so a random program can
        // outgrow the scratch limits; any other error is a bug.
        if let Err(e) = compile_mode(&src, crate::compile::Mode::Exec) {
            let message = e.message.as_str();
            assert!(
                message.starts_with("too many") || message.starts_with("function too large"),
                "valid program rejected: {e} at {}:{}\n{src}",
                e.line,
                e.col
            );
        }
    }
}
