//! The `time` module: wall clock and monotonic clocks from the host.

use crate::builtins::check_count;
use crate::object::func::NativeDef;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Module functions.
pub(super) static FUNCTIONS: &[NativeDef] = &[
    NativeDef {
        name: "time",
        func: time,
    },
    NativeDef {
        name: "perf_counter",
        func: monotonic,
    },
    NativeDef {
        name: "monotonic",
        func: monotonic,
    },
    NativeDef {
        name: "process_time",
        func: monotonic,
    },
];

fn time(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "time", args, 0, 0)?;
    Ok(Value::Float(vm.host().time()))
}

fn monotonic(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    check_count(vm, "perf_counter", args, 0, 0)?;
    Ok(Value::Float(vm.host().monotonic()))
}
