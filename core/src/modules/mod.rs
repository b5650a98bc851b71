//! Built-in modules: `math`, `time`, `random` and `sys`.

mod math;
pub mod mt;
mod random;
mod sys;
mod time;

use crate::object::func::NativeDef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Creates the built-in module `name`, or `None` when there is no such module.
pub(crate) fn create(vm: &mut Vm<'_>, name: &str) -> PyResult<Option<Value>> {
    let (defs, constants): (&'static [NativeDef], &[(&str, Value)]) = match name {
        "math" => (math::FUNCTIONS, &math::CONSTANTS),
        "time" => (time::FUNCTIONS, &[]),
        "random" => (random::FUNCTIONS, &[]),
        "sys" => (sys::FUNCTIONS, &sys::CONSTANTS),
        _ => return Ok(None),
    };
    let (module, dict) = vm.make_module(name)?;
    for def in defs {
        let native = vm.new_native(def, Value::Null, Value::Null)?;
        let key = vm.intern(def.name)?;
        vm.dict_set(dict, key.value(), native.value())?;
    }
    for &(key, value) in constants {
        let key = vm.intern(key)?;
        vm.dict_set(dict, key.value(), value)?;
    }
    if name == "sys" {
        sys::fill(vm, dict)?;
    }
    Ok(Some(module.value()))
}

#[cfg(test)]
mod tests {
    use crate::compile::Scratch;
    use crate::vm::{Config, Host, Vm};
    use std::string::String;
    use std::vec::Vec;

    /// Collects a program's output.
    #[derive(Default)]
    struct Captured {
        out: String,
    }

    impl Host for Captured {
        fn write_out(&mut self, text: &str) {
            self.out.push_str(text);
        }
        fn write_err(&mut self, _: &str) {}
    }

    /// Runs `source` in a fresh VM; returns stdout and the last traceback line of an uncaught
    /// exception.
    fn run(source: &str) -> (String, Option<String>) {
        let arena = 8 << 20;
        let mut region: Vec<core::mem::MaybeUninit<u8>> = Vec::with_capacity(arena);
        region.resize(arena, core::mem::MaybeUninit::uninit());
        let mut scratch = std::boxed::Box::new(Scratch::new());
        let mut host = Captured::default();
        let (result, error) = {
            let mut vm = Vm::new(&mut region, &mut host, &mut scratch, Config::default())
                .expect("VM starts");
            let result = vm.run_main(source, "test.py");
            let mut error = String::new();
            if result.is_err() {
                vm.write_traceback(&mut error).expect("traceback");
            }
            (result, error)
        };
        let last = error.lines().last().map(String::from);
        (host.out, result.err().and(last))
    }

    /// Asserts that `source` prints `expected` (CPython's output).
    #[track_caller]
    fn assert_prints(source: &str, expected: &str) {
        let (out, error) = run(source);
        assert_eq!(error, None, "unexpected error for:\n{source}");
        assert_eq!(out, expected, "output of:\n{source}");
    }

    /// Asserts that each expression, printed after the imports, dies of its error (the
    /// traceback's last line, as CPython prints it).
    #[track_caller]
    fn assert_errors(cases: &[(&str, &str)]) {
        for &(expression, expected) in cases {
            let source =
                std::format!("import math\nimport random\nimport time\nprint({expression})\n");
            let (_, error) = run(&source);
            assert_eq!(error.as_deref(), Some(expected), "error of {expression}");
        }
    }

    #[test]
    fn hypot_agrees_with_cpython_to_the_bit() {
        assert_prints(
            "import math\nprint(repr(math.hypot(3.46737729900887e-309, -1.524125794396735e-309)), math.hypot(0.1, 0.2), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(1e308, 1e308), math.hypot(-3, 4), math.hypot(), math.hypot(-2))\n",
            "3.78756713086746e-309 0.223606797749979 6.4031242374328485 1.4142135623730951e+308 5.0 0.0 2.0\n",
        );
        assert_prints(
            "import math\nprint(math.hypot(float('nan'), float('inf')), math.hypot(float('nan'), 1))\n",
            "inf nan\n",
        );
    }

    #[test]
    fn math_special_values_match_cpython() {
        assert_prints(
            "import math\nprint(math.pow(float('-inf'), 3), math.pow(float('-inf'), -3), math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(0.5, float('-inf')), math.pow(-1, float('inf')), math.asin(float('nan')), math.fmod(1, float('inf')), math.degrees(1e308))\n",
            "-inf -0.0 1.0 1.0 inf 1.0 nan 1.0 inf\n",
        );
    }

    #[test]
    fn math_errors_match_cpython() {
        assert_errors(&[
            ("math.pow(-2, 0.5)", "ValueError: math domain error"),
            ("math.pow(0.0, -1)", "ValueError: math domain error"),
            ("math.pow(10, 400)", "OverflowError: math range error"),
            ("math.exp(1000)", "OverflowError: math range error"),
            ("math.log2(0)", "ValueError: math domain error"),
            ("math.sin(float('inf'))", "ValueError: math domain error"),
            ("math.fmod(1, 0)", "ValueError: math domain error"),
            (
                "math.log(1, 1)",
                "ZeroDivisionError: float division by zero",
            ),
            (
                "math.sqrt()",
                "TypeError: math.sqrt() takes exactly one argument (0 given)",
            ),
            (
                "math.floor(x=1)",
                "TypeError: math.floor() takes no keyword arguments",
            ),
            (
                "math.pow(x=1, y=2)",
                "TypeError: math.pow() takes no keyword arguments",
            ),
            ("math.pow(1)", "TypeError: pow expected 2 arguments, got 1"),
            (
                "math.log()",
                "TypeError: math.log requires 1 to 2 arguments",
            ),
            (
                "math.log(x=1)",
                "TypeError: log() takes no keyword arguments",
            ),
            (
                "math.hypot(x=1)",
                "TypeError: math.hypot() takes no keyword arguments",
            ),
            (
                "math.trunc('x')",
                "TypeError: type str doesn't define __trunc__ method",
            ),
            ("math.floor('x')", "TypeError: must be real number, not str"),
        ]);
    }

    #[test]
    fn random_binds_arguments_like_python_methods() {
        assert_prints(
            "import random\nrandom.seed(a=3)\nprint(random.randint(b=10, a=1), random.gauss(sigma=2.0), random.randrange(10, None), random.uniform(b=5, a=1))\n",
            "4 -0.8832251184083774 9 2.8962141461885063\n",
        );
        assert_errors(&[
            (
                "random.randint(1)",
                "TypeError: Random.randint() missing 1 required positional argument: 'b'",
            ),
            (
                "random.randint()",
                "TypeError: Random.randint() missing 2 required positional arguments: 'a' and 'b'",
            ),
            (
                "random.randint(1, 2, 3)",
                "TypeError: Random.randint() takes 3 positional arguments but 4 were given",
            ),
            (
                "random.randrange(1, 2, 3, 4)",
                "TypeError: Random.randrange() takes from 2 to 4 positional arguments but 5 were given",
            ),
            (
                "random.randint(1, 2, a=3)",
                "TypeError: Random.randint() got multiple values for argument 'a'",
            ),
            (
                "random.seed(x=1)",
                "TypeError: Random.seed() got an unexpected keyword argument 'x'",
            ),
            (
                "random.random(1)",
                "TypeError: Random.random() takes no arguments (1 given)",
            ),
            (
                "random.random(x=1)",
                "TypeError: Random.random() takes no keyword arguments",
            ),
            (
                "random.getrandbits()",
                "TypeError: Random.getrandbits() takes exactly one argument (0 given)",
            ),
            (
                "random.randrange(10, None, 2)",
                "TypeError: Missing a non-None stop argument",
            ),
        ]);
    }

    #[test]
    fn time_functions_take_no_arguments() {
        assert_errors(&[
            (
                "time.time(1)",
                "TypeError: time.time() takes no arguments (1 given)",
            ),
            (
                "time.monotonic(1)",
                "TypeError: time.monotonic() takes no arguments (1 given)",
            ),
            (
                "time.perf_counter(x=1)",
                "TypeError: time.perf_counter() takes no keyword arguments",
            ),
        ]);
    }
}
