//! The `sys` module: the program's command line, `exit`, and what an uncaught `SystemExit`
//! means for the host.

use crate::builtins::{check_count, no_keywords};
use crate::object::func::NativeDef;
use crate::object::{DictObj, Gc, InstanceObj, TupleObj};
use crate::value::Value;
use crate::vm::{Args, Cls, PyResult, Vm};
use core::fmt;

/// Module functions.
pub(super) static FUNCTIONS: &[NativeDef] = &[NativeDef {
    name: "exit",
    func: exit,
}];

/// Module constants.
pub(super) const CONSTANTS: [(&str, Value); 1] = [("maxsize", Value::Int(i64::MAX))];

/// Adds `argv`, built from the command line the host put in the VM's configuration.
pub(super) fn fill(vm: &mut Vm<'_>, dict: Gc<DictObj>) -> PyResult<()> {
    let argv = vm.config.argv;
    let list = vm.new_list_with_capacity(argv.len().max(1))?;
    if argv.is_empty() {
        // What an embedded CPython shows when its host gives no command line.
        let empty = vm.new_str("")?;
        vm.list_append(list, empty.value())?;
    }
    for arg in argv {
        let text = vm.new_str(arg)?;
        vm.list_append(list, text.value())?;
    }
    let key = vm.intern("argv")?;
    vm.dict_set(dict, key.value(), list.value())
}

/// `sys.exit(status=None, /)`: raises `SystemExit(status)`.
fn exit(vm: &mut Vm<'_>, args: &Args<'_>) -> PyResult<Value> {
    no_keywords(vm, "sys.exit", args)?;
    check_count(vm, "exit", args, 0, 1)?;
    let status = args.pos.first().copied().unwrap_or(Value::None);
    let class = vm.class(Cls::SystemExit);
    // The status is the exception's one argument. (CPython unpacks a tuple status into the
    // args only when the exception is caught; uncaught, `sys.exit((5,))` prints `(5,)`.)
    let exc_args = match status {
        Value::None => vm.new_tuple(&[])?,
        other => vm.new_tuple(&[other])?,
    };
    let exc = vm.new_exception(class, exc_args)?;
    Err(vm.raise_value(exc.value()))
}

impl Vm<'_> {
    /// The exit status CPython would give for the last uncaught exception when it is a
    /// `SystemExit`, or `None` when it is something else (print its traceback instead).
    ///
    /// The status is the exception's int code, 0 when the code is `None` (or missing), and
    /// otherwise 1 after writing `str(code)` and a newline to `message`. Hosts that report
    /// an 8-bit status keep its low 8 bits, as the operating system does for CPython.
    pub fn system_exit_status(&mut self, message: &mut dyn fmt::Write) -> Option<i64> {
        // `str()` of the code can allocate and run Python code: a host entry.
        self.enter_from_host(|vm| vm.system_exit_status_inner(message))
    }

    /// [`Vm::system_exit_status`] inside the host entry.
    fn system_exit_status_inner(&mut self, message: &mut dyn fmt::Write) -> Option<i64> {
        let exc = self.last_error();
        if exc.is_null() || !self.is_instance_of(exc, self.class(Cls::SystemExit)) {
            return None;
        }
        let args = exc
            .as_obj()
            .and_then(|o| o.downcast::<InstanceObj>())
            .and_then(|e| e.base_state.get().as_obj())
            .and_then(|o| o.downcast::<TupleObj>());
        // CPython's `SystemExit.code`: no args → None, one → it, several → the args tuple.
        let code = match args {
            None => Value::None,
            Some(tuple) => match tuple.items() {
                [] => Value::None,
                [one] => *one,
                _ => tuple.value(),
            },
        };
        match code {
            Value::None => Some(0),
            Value::Int(status) => Some(status),
            Value::Bool(flag) => Some(i64::from(flag)),
            other => {
                match self.str_of(other) {
                    Ok(text) => {
                        let _ = writeln!(message, "{}", text.as_str());
                    }
                    Err(_) => self.discard_error(),
                }
                Some(1)
            }
        }
    }
}
