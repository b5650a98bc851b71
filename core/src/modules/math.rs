//! The `math` module, on `libm` (results as close to CPython's as the platform's libm).

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
    "sqrt" => |vm, a| unary(vm, a, "sqrt", |x| if x < 0.0 { Err(Domain) } else { Ok(libm::sqrt(x)) }),
    "exp" => |vm, a| unary(vm, a, "exp", |x| range_checked(libm::exp(x), x)),
    "sin" => |vm, a| unary(vm, a, "sin", |x| if x.is_infinite() { Err(Domain) } else { Ok(libm::sin(x)) }),
    "cos" => |vm, a| unary(vm, a, "cos", |x| if x.is_infinite() { Err(Domain) } else { Ok(libm::cos(x)) }),
    "tan" => |vm, a| unary(vm, a, "tan", |x| if x.is_infinite() { Err(Domain) } else { Ok(libm::tan(x)) }),
    "asin" => |vm, a| unary(vm, a, "asin", |x| if !(-1.0..=1.0).contains(&x) { Err(Domain) } else { Ok(libm::asin(x)) }),
    "acos" => |vm, a| unary(vm, a, "acos", |x| if !(-1.0..=1.0).contains(&x) { Err(Domain) } else { Ok(libm::acos(x)) }),
    "atan" => |vm, a| unary(vm, a, "atan", |x| Ok(libm::atan(x))),
    "sinh" => |vm, a| unary(vm, a, "sinh", |x| range_checked(libm::sinh(x), x)),
    "cosh" => |vm, a| unary(vm, a, "cosh", |x| range_checked(libm::cosh(x), x)),
    "tanh" => |vm, a| unary(vm, a, "tanh", |x| Ok(libm::tanh(x))),
    "log2" => |vm, a| unary(vm, a, "log2", |x| if x <= 0.0 { Err(Domain) } else { Ok(libm::log2(x)) }),
    "log10" => |vm, a| unary(vm, a, "log10", |x| if x <= 0.0 { Err(Domain) } else { Ok(libm::log10(x)) }),
    "fabs" => |vm, a| unary(vm, a, "fabs", |x| Ok(libm::fabs(x))),
    "degrees" => |vm, a| unary(vm, a, "degrees", |x| Ok(x * (180.0 / core::f64::consts::PI))),
    "radians" => |vm, a| unary(vm, a, "radians", |x| Ok(x * (core::f64::consts::PI / 180.0))),
    "log" => log,
    "pow" => |vm, a| binary(vm, a, "pow", pow),
    "atan2" => |vm, a| binary(vm, a, "atan2", |y, x| Ok(libm::atan2(y, x))),
    "fmod" => |vm, a| binary(vm, a, "fmod", |x, y| if y == 0.0 || x.is_infinite() { if x.is_nan() || y.is_nan() { Ok(f64::NAN) } else { Err(Domain) } } else { Ok(libm::fmod(x, y)) }),
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

/// Why a math function has no result.
struct Domain;

/// `math range error` when a finite argument gives an infinite result.
fn range_checked(result: f64, x: f64) -> Result<f64, Domain> {
    if result.is_infinite() && x.is_finite() {
        Err(Domain)
    } else {
        Ok(result)
    }
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

fn math_error(vm: &mut Vm<'_>, overflow: bool) -> crate::vm::Raised {
    if overflow {
        vm.raise_msg(Cls::OverflowError, format_args!("math range error"))
    } else {
        vm.raise_msg(Cls::ValueError, format_args!("math domain error"))
    }
}

fn unary(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> Result<f64, Domain>,
) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let x = real(vm, args.pos[0])?;
    match f(x) {
        Ok(result) => Ok(Value::Float(result)),
        // Functions that can overflow report a range error for finite input; others a domain error.
        Err(Domain) => Err(math_error(
            vm,
            matches!(name, "exp" | "sinh" | "cosh") && x.is_finite(),
        )),
    }
}

fn binary(
    vm: &mut Vm<'_>,
    args: &Args<'_>,
    name: &str,
    f: fn(f64, f64) -> Result<f64, Domain>,
) -> PyResult<Value> {
    check_count(vm, name, args, 2, 2)?;
    let (x, y) = (real(vm, args.pos[0])?, real(vm, args.pos[1])?);
    match f(x, y) {
        Ok(result) => Ok(Value::Float(result)),
        Err(Domain) => Err(math_error(
            vm,
            name == "pow" && x.is_finite() && y.is_finite() && x != 0.0,
        )),
    }
}

fn pow(x: f64, y: f64) -> Result<f64, Domain> {
    if x == 0.0 && y < 0.0 {
        return Err(Domain);
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != libm::trunc(y) {
        return Err(Domain);
    }
    let result = libm::pow(x, y);
    if result.is_infinite() && x.is_finite() && y.is_finite() {
        Err(Domain)
    } else {
        Ok(result)
    }
}

fn log(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "log", args, 1, 2)?;
    let x = real(vm, args.pos[0])?;
    if x <= 0.0 {
        return Err(math_error(vm, false));
    }
    let num = libm::log(x);
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(&base) => {
            let base = real(vm, base)?;
            if base <= 0.0 {
                return Err(math_error(vm, false));
            }
            let den = libm::log(base);
            if den == 0.0 {
                return Err(vm.raise_msg(
                    Cls::ZeroDivisionError,
                    format_args!("float division by zero"),
                ));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn hypot(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    let mut acc = 0.0;
    match args.pos.len() {
        0 => return Ok(Value::Float(0.0)),
        2 => {
            let (x, y) = (real(vm, args.pos[0])?, real(vm, args.pos[1])?);
            return Ok(Value::Float(libm::hypot(x, y)));
        }
        _ => {}
    }
    for &arg in args.pos {
        let x = real(vm, arg)?;
        acc = libm::hypot(acc, x);
    }
    Ok(Value::Float(acc))
}

fn to_int(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    match args.pos[0] {
        Value::Int(i) => return Ok(Value::Int(i)),
        Value::Bool(b) => return Ok(Value::Int(i64::from(b))),
        _ => {}
    }
    let x = real(vm, args.pos[0])?;
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

fn predicate(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let x = real(vm, args.pos[0])?;
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
    check_count(vm, "factorial", args, 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
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
    check_count(vm, "isqrt", args, 1, 1)?;
    let n = int_arg(vm, args.pos[0])?;
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
