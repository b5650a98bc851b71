//! The `time` module: wall clock and monotonic clocks from the host.

use crate::object::func::NativeDef;
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};

/// Module functions.
pub(super) static FUNCTIONS: &[NativeDef] = &[
    NativeDef {
        name: "time",
        func: |vm, args| clock(vm, args, "time", true),
    },
    NativeDef {
        name: "perf_counter",
        func: |vm, args| clock(vm, args, "perf_counter", false),
    },
    NativeDef {
        name: "monotonic",
        func: |vm, args| clock(vm, args, "monotonic", false),
    },
    NativeDef {
        name: "process_time",
        func: |vm, args| clock(vm, args, "process_time", false),
    },
    NativeDef {
        name: "sleep",
        func: sleep,
    },
];

/// `time.sleep(seconds)`: validates the duration like CPython (which converts it to whole
/// nanoseconds in 64 bits, rounding away from zero), then lets the host wait.
fn sleep(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("time.sleep() takes no keyword arguments"),
        ));
    }
    let &[value] = args.pos else {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "time.sleep() takes exactly one argument ({} given)",
                args.pos.len()
            ),
        ));
    };
    /// 2^63, the first float outside the nanosecond range.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    let (seconds, negative) = match value {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.raise_msg(
                    Cls::ValueError,
                    format_args!("Invalid value NaN (not a number)"),
                ));
            }
            let nanos = f * 1e9;
            let nanos = if nanos < 0.0 {
                libm::floor(nanos)
            } else {
                libm::ceil(nanos)
            };
            if !(-LIMIT..LIMIT).contains(&nanos) {
                return Err(vm.raise_msg(
                    Cls::OverflowError,
                    format_args!("timestamp out of range for platform time_t"),
                ));
            }
            (f, nanos < 0.0)
        }
        _ => {
            let whole = match value {
                Value::Int(i) => Some(i),
                Value::Bool(b) => Some(i64::from(b)),
                _ => vm.user_index(value)?,
            };
            let Some(whole) = whole else {
                return Err(vm.raise_msg(
                    Cls::TypeError,
                    format_args!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(value)
                    ),
                ));
            };
            if whole.checked_mul(1_000_000_000).is_none() {
                return Err(vm.raise_msg(
                    Cls::OverflowError,
                    format_args!("timestamp too large to convert to C _PyTime_t"),
                ));
            }
            (whole as f64, whole < 0)
        }
    };
    if negative {
        return Err(vm.raise_msg(
            Cls::ValueError,
            format_args!("sleep length must be non-negative"),
        ));
    }
    vm.host().sleep(seconds);
    Ok(Value::None)
}

/// `time.{name}()`: the wall clock when `wall`, else the host's monotonic clock (which also
/// stands in for `perf_counter` and `process_time`). They take no arguments, and reject any
/// with CPython's messages.
fn clock(vm: &mut Vm<'_>, args: &Args<'_>, name: &str, wall: bool) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!("time.{name}() takes no keyword arguments"),
        ));
    }
    if !args.pos.is_empty() {
        return Err(vm.raise_msg(
            Cls::TypeError,
            format_args!(
                "time.{name}() takes no arguments ({} given)",
                args.pos.len()
            ),
        ));
    }
    let now = if wall {
        vm.host().time()
    } else {
        vm.host().monotonic()
    };
    Ok(Value::Float(now))
}
