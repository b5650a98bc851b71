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
];

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
