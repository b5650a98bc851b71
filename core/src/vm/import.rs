//! `import`: the built-in modules.

use super::{Cls, PyResult, Vm};
use crate::object::{Gc, ModuleObj, StrObj};
use crate::value::Value;

impl Vm<'_> {
    /// `import name` (`fromlist` is what `from name import ...` asks for).
    pub(crate) fn import_module(&mut self, name: Gc<StrObj>, _fromlist: Value) -> PyResult<Value> {
        let modules = self.modules.unwrap_or_else(|| super::not_booted());
        if let Some(module) = self.dict_get_str(modules, name) {
            return Ok(module);
        }
        if let Some(module) = crate::modules::create(self, name.as_str())? {
            self.dict_set(modules, name.value(), module)?;
            return Ok(module);
        }
        Err(self.raise_msg(
            Cls::ModuleNotFoundError,
            format_args!("No module named '{}'", name.as_str()),
        ))
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: Gc<StrObj>) -> PyResult<Value> {
        match self.try_get_attr(module, name)? {
            Some(value) => Ok(value),
            None => {
                let module_name = match module.as_obj().and_then(|o| o.downcast::<ModuleObj>()) {
                    Some(m) => super::extend(m.name.as_str()),
                    None => "?",
                };
                Err(self.raise_msg(
                    Cls::ImportError,
                    format_args!(
                        "cannot import name '{}' from '{}' (unknown location)",
                        name.as_str(),
                        module_name
                    ),
                ))
            }
        }
    }

    /// A new module object named `name` whose namespace the caller fills.
    pub(crate) fn make_module(
        &mut self,
        name: &str,
    ) -> PyResult<(Gc<ModuleObj>, Gc<crate::object::DictObj>)> {
        let name = self.intern(name)?;
        let dict = self.new_dict()?;
        self.dict_set(dict, self.name(super::Name::__name__).value(), name.value())?;
        let module = self.new_module(name, dict)?;
        Ok((module, dict))
    }
}
