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
