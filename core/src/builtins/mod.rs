//! The builtins module: functions (`print`, `len`, ...) and the methods of built-in types.

mod args;
mod classes;
mod formatting;
mod functions;
mod set_methods;
mod str_methods;
mod types;

pub(crate) use args::{check_count, no_keywords};
pub(crate) use formatting::{ascii_of, format_value, percent_format};

use crate::object::func::NativeDef;
use crate::value::Value;
use crate::vm::{Cls, PyResult, Vm};

/// Registers every builtin function in the builtins namespace and every method in its class.
pub(crate) fn install(vm: &mut Vm<'_>) -> PyResult<()> {
    let builtins = vm.builtins();
    for def in functions::FUNCTIONS {
        let native = vm.new_native(def, Value::Null, Value::Null)?;
        let name = vm.intern(def.name)?;
        vm.dict_set(builtins, name.value(), native.value())?;
    }
    for (cls, methods) in types::METHODS
        .iter()
        .chain(classes::METHODS)
        .chain(core::iter::once(&crate::vm::GENERATOR_METHODS))
    {
        let class = vm.class(*cls);
        for def in *methods {
            let native = vm.new_native(def, Value::Null, class.value())?;
            let name = vm.intern(def.name)?;
            vm.dict_set(class.dict, name.value(), native.value())?;
        }
    }
    for (def, class) in [
        (&formatting::FORMAT, None),
        (&formatting::STR_FORMAT, Some(Cls::Str)),
    ] {
        let (owner, target) = match class {
            Some(cls) => (vm.class(cls).value(), vm.class(cls).dict),
            None => (Value::Null, builtins),
        };
        let native = vm.new_native(def, Value::Null, owner)?;
        let name = vm.intern(def.name)?;
        vm.dict_set(target, name.value(), native.value())?;
    }
    functions::install_constants(vm)?;
    classes::install(vm)?;
    Ok(())
}

/// A method table row.
pub(crate) type MethodTable = (Cls, &'static [NativeDef]);

/// The definition of the builtin function `name` (for call specialization, which recognizes a
/// builtin by the address of its static definition).
pub(crate) fn function_def(name: &str) -> Option<&'static NativeDef> {
    functions::FUNCTIONS.iter().find(|def| def.name == name)
}

/// The definition of the method `name` of the built-in class `cls` (as [`function_def`]).
pub(crate) fn method_def(cls: Cls, name: &str) -> Option<&'static NativeDef> {
    types::METHODS
        .iter()
        .find(|(owner, _)| *owner == cls)
        .and_then(|(_, defs)| defs.iter().find(|def| def.name == name))
}
