//! The `math` module, on `libm`, with CPython's argument handling and error rules.
//!
//! `libm`'s functions are within one ULP but not always the value glibc (and so CPython on
//! Linux) returns: `exp(1)` is `2.7182818284590455` here. `hypot` follows CPython's own
//! algorithm instead of libm's and agrees exactly.

use crate::builtins::check_count;
use crate::object::func::NativeDef;
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

macro_rules! defs {
    ($($name:literal => $func:expr,)*) => {
        &[$(NativeDef { name: $name, func: $func },)*]
    };
}

/// Module constants.
pub(super) const CONSTANTS: [(&str, Value); 5] = [
    ("pi", Value::Float(core::f64::consts::PI)),
    ("e", Value::Float(core::f64::consts::E)),
    ("tau", Value::Float(core::f64::consts::TAU)),
    ("inf", Value::Float(f64::INFINITY)),
    ("nan", Value::Float(f64::NAN)),
];

/// Module functions.
pub(super) static FUNCTIONS: &[NativeDef] = defs! {
    "sqrt" => |vm, a| unary(vm, a, "sqrt", libm::sqrt, false),
    "exp" => |vm, a| unary(vm, a, "exp", libm::exp, true),
    "sin" => |vm, a| unary(vm, a, "sin", libm::sin, false),
    "cos" => |vm, a| unary(vm, a, "cos", libm::cos, false),
    "tan" => |vm, a| unary(vm, a, "tan", libm::tan, false),
    "asin" => |vm, a| unary(vm, a, "asin", libm::asin, false),
    "acos" => |vm, a| unary(vm, a, "acos", libm::acos, false),
    "atan" => |vm, a| unary(vm, a, "atan", libm::atan, false),
    "sinh" => |vm, a| unary(vm, a, "sinh", libm::sinh, true),
    "cosh" => |vm, a| unary(vm, a, "cosh", libm::cosh, true),
    "tanh" => |vm, a| unary(vm, a, "tanh", libm::tanh, false),
    "log2" => |vm, a| unary(vm, a, "log2", libm::log2, false),
    "log10" => |vm, a| unary(vm, a, "log10", libm::log10, false),
    "fabs" => |vm, a| unary(vm, a, "fabs", libm::fabs, false),
    // CPython multiplies without checking the result: `degrees(1e308)` is `inf`.
    "degrees" => |vm, a| {
        let x = real_arg(vm, a, "degrees")?;
        Ok(Value::Float(x * (180.0 / core::f64::consts::PI)))
    },
    "radians" => |vm, a| {
        let x = real_arg(vm, a, "radians")?;
        Ok(Value::Float(x * (core::f64::consts::PI / 180.0)))
    },
    "log" => log,
    "pow" => |vm, a| binary(vm, a, "pow", pow),
    "atan2" => |vm, a| binary(vm, a, "atan2", |y, x| Ok(libm::atan2(y, x))),
    "fmod" => |vm, a| binary(vm, a, "fmod", fmod),
    "copysign" => |vm, a| binary(vm, a, "copysign", |x, y| Ok(libm::copysign(x, y))),
    "hypot" => hypot,
    "floor" => |vm, a| to_int(vm, a, "floor", libm::floor),
    "ceil" => |vm, a| to_int(vm, a, "ceil", libm::ceil),
    "trunc" => |vm, a| to_int(vm, a, "trunc", libm::trunc),
    "isnan" => |vm, a| predicate(vm, a, "isnan", f64::is_nan),
    "isinf" => |vm, a| predicate(vm, a, "isinf", f64::is_infinite),
    "isfinite" => |vm, a| predicate(vm, a, "isfinite", f64::is_finite),
    "gcd" => gcd,
    "factorial" => factorial,
    "isqrt" => isqrt,
};

/// Why a math function has no result, and so which exception CPython raises.
#[derive(Clone, Copy, Debug)]
enum MathError {
    /// `ValueError: math domain error`: no result (`sqrt(-1)`) or a pole (`log(0)`).
    Domain,
    /// `OverflowError: math range error`: a finite argument with an infinite result.
    Range,
}

/// Rejects keyword arguments to the module function `name`, as CPython's built-in functions
/// do (`math.sqrt() takes no keyword arguments`).
fn no_keywords(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("math.{name}() takes no keyword arguments"),
        ));
    }
    Ok(())
}

/// The one argument of a function CPython declares `METH_O`, with its messages.
fn one_arg(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    match args.pos {
        [value] => Ok(*value),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "math.{name}() takes exactly one argument ({} given)",
                args.pos.len()
            ),
        )),
    }
}

/// The one argument of a `METH_O` function, as a real number.
fn real_arg(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let value = one_arg(vm, args, name)?;
    real(vm, value)
}

/// A real number argument.
fn real(vm: &mut Vm<'_>, value: Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(b))),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("must be real number, not {}", vm.type_name(value)),
        )),
    }
}

fn math_error(vm: &mut Vm<'_>, error: MathError) -> crate::vm::Raised {
    match error {
        MathError::Range => vm.raise_msg(Cls::OverflowError, format_args!("math range error")),
        MathError::Domain => vm.raise_msg(Cls::ValueError, format_args!("math domain error")),
    }
}

/// A one-argument libm function, with CPython's rule for errors: a NaN result from a
/// non-NaN argument is a domain error; an infinite result from a finite argument is a range
/// error for the functions that can overflow (`exp`, `sinh`, `cosh`) and a domain error
/// (a pole, such as `log2(0)`) for the others.
fn unary(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = real_arg(vm, args, name)?;
    let result = f(x);
    if result.is_nan() && !x.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if result.is_infinite() && x.is_finite() {
        let error = if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        };
        return Err(math_error(vm, error));
    }
    Ok(Value::Float(result))
}

/// A two-argument function (positional only, like CPython's).
fn binary(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    f: fn(f64, f64) -> Result<f64, MathError>,
) -> PyResult<Value> {
    no_keywords(vm, args, name)?;
    check_count(vm, name, args, 2, 2)?;
    let (x, y) = (real(vm, args.pos[0])?, real(vm, args.pos[1])?);
    match f(x, y) {
        Ok(result) => Ok(Value::Float(result)),
        Err(error) => Err(math_error(vm, error)),
    }
}

/// `math.pow`: IEEE special values handled first (as CPython does, whatever the platform's
/// libm says), then libm for finite `x ** y`.
fn pow(x: f64, y: f64) -> Result<f64, MathError> {
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && libm::fmod(libm::fabs(y), 2.0) == 1.0;
        return Ok(if y > 0.0 {
            if odd_y { x } else { libm::fabs(x) }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            libm::copysign(0.0, x)
        } else {
            0.0
        });
    }
    if y.is_infinite() {
        let ax = libm::fabs(x);
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0 && ax > 1.0) || (y < 0.0 && ax < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let result = libm::pow(x, y);
    if result.is_nan() {
        // Only a negative base with a non-integer exponent gets here.
        Err(MathError::Domain)
    } else if result.is_infinite() {
        // Zero to a negative power is a pole; anything else overflowed.
        Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        })
    } else {
        Ok(result)
    }
}

/// `math.fmod`: `fmod(x, ±inf)` is `x` for finite `x`; a NaN result from non-NaN arguments
/// (`fmod(inf, 1)`, `fmod(1, 0)`) is a domain error.
fn fmod(x: f64, y: f64) -> Result<f64, MathError> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let result = libm::fmod(x, y);
    if result.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(MathError::Domain)
    } else {
        Ok(result)
    }
}

/// `math.log(x[, base])`: `ln x / ln base`, each a domain error unless positive.
fn log(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    // CPython parses `log`'s arguments the old way, hence the unqualified name here.
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("log() takes no keyword arguments"),
        ));
    }
    if !(1..=2).contains(&args.pos.len()) {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("math.log requires 1 to 2 arguments"),
        ));
    }
    let num = ln(vm, args.pos[0])?;
    let Some(&base) = args.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = ln(vm, base)?;
    if den == 0.0 {
        return Err(vm.raise_msg(
            Cls::ZeroDivisionError,
            format_args!("float division by zero"),
        ));
    }
    Ok(Value::Float(num / den))
}

/// The natural logarithm of one argument of `math.log`.
fn ln(vm: &mut Vm<'_>, value: Value) -> PyResult<f64> {
    let x = real(vm, value)?;
    // Zero and negative numbers (`-inf` too) have no logarithm; NaN gives NaN.
    if x <= 0.0 {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(libm::log(x))
}

/// `math.hypot(*coordinates)`: the Euclidean norm, computed as CPython 3.11 computes it
/// (not with libm's `hypot`), so that the results agree to the last bit.
fn hypot(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, args, "hypot")?;
    let mut max = 0.0;
    let mut found_nan = false;
    for &arg in args.pos {
        let x = libm::fabs(real(vm, arg)?);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    let coordinate = |i: usize| match args.pos[i] {
        Value::Float(f) => libm::fabs(f),
        Value::Int(n) => libm::fabs(n as f64),
        Value::Bool(b) => f64::from(u8::from(b)),
        _ => 0.0,
    };
    Ok(Value::Float(vector_norm(
        args.pos.len(),
        coordinate,
        max,
        found_nan,
    )))
}

/// The norm of the `n` non-negative values `coordinate(0..n)` whose largest is `max`
/// (CPython's algorithm): infinity wins over NaN; otherwise the squares of the values scaled
/// by a power of two near `1 / max` are summed with their rounding errors carried along
/// (each value split into 26-bit halves so that its square is exact), and the square root
/// of the sum gets one Newton correction from the same exact residual.
fn vector_norm(n: usize, coordinate: impl Fn(usize) -> f64, max: f64, found_nan: bool) -> f64 {
    /// Veltkamp's splitting constant `2**27 + 1`.
    const SPLIT: f64 = 134_217_729.0;
    /// `value` as `hi + lo`, each with at most 26 significant bits.
    fn split(value: f64) -> (f64, f64) {
        let t = value * SPLIT;
        let hi = t - (t - value);
        (hi, value - hi)
    }
    /// Adds `x` to `*sum` (`|*sum| >= |x|`), adding the rounding error to `*error`.
    fn add(sum: &mut f64, error: &mut f64, x: f64) {
        let old = *sum;
        *sum += x;
        *error += (old - *sum) + x;
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        // `2**-max_e` would overflow: divide by `max` instead (all values are subnormal).
        let (mut sum, mut error) = (1.0, 0.0);
        for i in 0..n {
            let x = coordinate(i) / max;
            add(&mut sum, &mut error, x * x);
        }
        return max * libm::sqrt(sum - 1.0 + error);
    }
    // Scaling by a power of two is exact; afterwards every value is below 1.
    let scale = libm::ldexp(1.0, -max_e);
    // The sum starts at 1 so that every term is smaller than it; 1 is taken off at the end.
    let (mut sum, mut err_sq, mut err_cross, mut err_low) = (1.0, 0.0, 0.0, 0.0);
    for i in 0..n {
        let (hi, lo) = split(coordinate(i) * scale);
        add(&mut sum, &mut err_sq, hi * hi);
        add(&mut sum, &mut err_cross, 2.0 * hi * lo);
        err_low += lo * lo;
    }
    let h = libm::sqrt(sum - 1.0 + (err_sq + err_cross + err_low));
    // Subtract `h²` exactly from the sum; what is left corrects `h`.
    let (hi, lo) = split(h);
    add(&mut sum, &mut err_sq, -hi * hi);
    add(&mut sum, &mut err_cross, -2.0 * hi * lo);
    add(&mut sum, &mut err_low, -lo * lo);
    let residual = sum - 1.0 + (err_sq + err_cross + err_low);
    (h + residual / (2.0 * h)) / scale
}

/// `floor`, `ceil` and `trunc`: ints unchanged, floats rounded by `f` to an int.
fn to_int(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let value = one_arg(vm, args, name)?;
    let x = match value {
        Value::Int(i) => return Ok(Value::Int(i)),
        Value::Bool(b) => return Ok(Value::Int(i64::from(b))),
        Value::Float(x) => x,
        // `trunc` only looks for `__trunc__`; `floor` and `ceil` fall back to `float(x)`.
        _ if name == "trunc" => {
            return Err(vm.raise_msg(
                Cls::TypeError,
                format_args!(
                    "type {} doesn't define __trunc__ method",
                    vm.type_name(value)
                ),
            ));
        }
        _ => real(vm, value)?,
    };
    if x.is_nan() {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("cannot convert float NaN to integer"),
        ));
    }
    if x.is_infinite() {
        return Err(vm.raise_msg(
            Cls::OverflowError,
            format_args!("cannot convert float infinity to integer"),
        ));
    }
    let rounded = f(x);
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&rounded) {
        return Err(vm.overflow());
    }
    Ok(Value::Int(rounded as i64))
}

/// `isnan`, `isinf` and `isfinite`.
fn predicate(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = real_arg(vm, args, name)?;
    Ok(Value::Bool(f(x)))
}

fn int_arg(vm: &mut Vm<'_>, value: Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(value)
            ),
        )),
    }
}

fn gcd(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, args, "gcd")?;
    let mut acc: u64 = 0;
    for &arg in args.pos {
        let mut b = int_arg(vm, arg)?.unsigned_abs();
        let mut a = acc;
        while b != 0 {
            (a, b) = (b, a % b);
        }
        acc = a;
    }
    i64::try_from(acc)
        .map(Value::Int)
        .map_err(|_| vm.overflow())
}

fn factorial(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let n = one_arg(vm, args, "factorial")?;
    let n = int_arg(vm, n)?;
    if n < 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("factorial() not defined for negative values"),
        ));
    }
    let mut acc: i64 = 1;
    for k in 2..=n {
        acc = acc.checked_mul(k).ok_or_else(|| vm.overflow())?;
    }
    Ok(Value::Int(acc))
}

fn isqrt(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let n = one_arg(vm, args, "isqrt")?;
    let n = int_arg(vm, n)?;
    if n < 0 {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("isqrt() argument must be nonnegative"),
        ));
    }
    let mut root = libm::sqrt(n as f64) as i64;
    while root.checked_mul(root).is_none_or(|sq| sq > n) {
        root -= 1;
    }
    while (root + 1).checked_mul(root + 1).is_some_and(|sq| sq <= n) {
        root += 1;
    }
    Ok(Value::Int(root))
}
