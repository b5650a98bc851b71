//! `tracery dis`: the disassembly of compiled code objects.

use super::{PyResult, Vm};
use crate::bytecode::dis::{CodeView, disassemble};
use crate::compile::{ExceptionEntry, Mode};
use crate::object::{CodeObj, Gc, StrObj, TupleObj};
use crate::value::Value;
use core::fmt::{self, Write};

/// A code object seen by the disassembler.
struct CodeRef(Gc<CodeObj>);

impl CodeView for CodeRef {
    fn units(&self) -> &[u32] {
        let cells = self.0.code();
        // SAFETY: Cell<u32> has u32's layout; nothing writes the code while it is printed.
        unsafe { core::slice::from_raw_parts(cells.as_ptr().cast::<u32>(), cells.len()) }
    }

    fn write_code_name(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(self.0.name.as_str())
    }

    fn line_at(&self, offset: u32) -> Option<u32> {
        Some(self.0.line_at(offset))
    }

    fn write_const(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        match self.0.consts.items().get(index as usize) {
            Some(&value) => write_const_value(value, out),
            None => out.write_str("?"),
        }
    }

    fn write_name(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        write_str_item(self.0.names, index, out)
    }

    fn write_slot(&self, index: u32, out: &mut dyn Write) -> fmt::Result {
        write_str_item(self.0.slot_names, index, out)
    }

    fn exceptions(&self) -> &[ExceptionEntry] {
        let table = self.0.exception_table();
        // SAFETY: the table lives as long as the code object, which `self` keeps alive.
        unsafe { core::slice::from_raw_parts(table.as_ptr(), table.len()) }
    }

    fn for_each_nested(&self, visit: &mut dyn FnMut(&dyn CodeView) -> fmt::Result) -> fmt::Result {
        for &value in self.0.consts.items() {
            if let Some(code) = value.as_obj().and_then(|o| o.downcast::<CodeObj>()) {
                visit(&CodeRef(code))?;
            }
        }
        Ok(())
    }
}

fn write_str_item(tuple: Gc<TupleObj>, index: u32, out: &mut dyn Write) -> fmt::Result {
    match tuple
        .items()
        .get(index as usize)
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<StrObj>())
    {
        Some(s) => out.write_str(s.as_str()),
        None => out.write_str("?"),
    }
}

/// The repr of a constant, without the VM (constants are simple values).
fn write_const_value(value: Value, out: &mut dyn Write) -> fmt::Result {
    match value {
        Value::Null => out.write_str("<NULL>"),
        Value::None => out.write_str("None"),
        Value::Bool(b) => out.write_str(if b { "True" } else { "False" }),
        Value::Int(i) => write!(out, "{i}"),
        Value::Float(f) => {
            let mut buf = crate::text::StackBuf::<32>::new();
            crate::text::float_repr::write_float_repr(&mut buf, f)?;
            out.write_str(buf.as_str())
        }
        Value::Obj(obj) => {
            if let Some(s) = obj.downcast::<StrObj>() {
                let mut adapter = DynWrite(out);
                return crate::text::str_repr::write_str_repr(&mut adapter, s.as_str());
            }
            if let Some(tuple) = obj.downcast::<TupleObj>() {
                out.write_str("(")?;
                for (i, &item) in tuple.items().iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    write_const_value(item, out)?;
                }
                if tuple.len == 1 {
                    out.write_str(",")?;
                }
                return out.write_str(")");
            }
            if let Some(code) = obj.downcast::<CodeObj>() {
                return write!(
                    out,
                    "<code object {} at {:#x}>",
                    code.name.as_str(),
                    obj.addr()
                );
            }
            write!(out, "<{:?}>", obj.kind())
        }
    }
}

/// `impl Write` over a `dyn Write`.
struct DynWrite<'w>(&'w mut dyn Write);

impl Write for DynWrite<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write_str(s)
    }
}

impl Vm<'_> {
    /// Compiles `source` and writes the disassembly of every code object.
    ///
    /// # Errors
    /// A syntax error, as a [`super::PyError`] (print it with [`Vm::write_traceback`]).
    pub fn disassemble_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        out: &mut dyn Write,
    ) -> Result<(), super::PyError> {
        self.enter_from_host(|vm| {
            let code: PyResult<Gc<CodeObj>> = vm.compile_source(source, filename, mode);
            match code {
                Ok(code) => {
                    let mut adapter = DynWrite(out);
                    let _ = disassemble(&mut adapter, &CodeRef(code));
                    Ok(())
                }
                Err(_) => Err(vm.take_error()),
            }
        })
    }
}
