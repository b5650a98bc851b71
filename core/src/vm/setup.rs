//! Start-up (the built-in objects), compiling source into code objects, running modules.

use super::{Cls, Name, PyError, PyResult, Raised, Vm};
use crate::compile::{CodeDraft, CodeSink, Const, ErrorKind, Mode, SinkError, SlotKind};
use crate::counter::Counter;
use crate::object::{CodeObj, DictObj, Gc, ModuleObj, StrObj};
use crate::value::Value;
use core::cell::Cell;

impl Vm<'_> {
    /// Creates the built-in objects: interned names, classes, the builtins module.
    pub(super) fn bootstrap(&mut self) -> PyResult<()> {
        self.interned = Some(self.new_dict()?);
        self.make_frame_storage()?;
        for &name in Name::ALL {
            let s = self.intern(name.text())?;
            self.names[name as usize] = Some(s);
        }
        for byte in 0u8..128 {
            let text = [byte];
            let text = core::str::from_utf8(&text).unwrap_or("?");
            let s = self.intern(text)?;
            self.chars[byte as usize] = Some(s);
        }
        self.empty_tuple = Some(self.new_tuple(&[])?);
        self.root_shape = Some(self.new_shape(None, None, 0)?);
        for &cls in Cls::ALL {
            let name = self.intern(cls.name())?;
            let dict = self.new_dict()?;
            let base = if cls == Cls::Object {
                None
            } else {
                Some(self.class(cls.base()))
            };
            let class = self.new_class(name, name, base, dict, cls.layout(), false)?;
            self.classes[cls as usize] = Some(class);
        }
        let no_args = self.new_tuple(&[])?;
        let memory_error = self.new_exception(self.class(Cls::MemoryError), no_args)?;
        self.memory_error = memory_error.value();
        let builtins = self.new_dict()?;
        self.builtins = Some(builtins);
        self.modules = Some(self.new_dict()?);
        for &cls in Cls::ALL {
            if cls.is_public() {
                let class = self.class(cls);
                self.dict_set(builtins, class.name.get().value(), class.value())?;
            }
        }
        crate::builtins::install(self)?;
        self.not_implemented = self
            .builtin_value_opt("NotImplemented")
            .unwrap_or(Value::Null);
        let name = self.intern("builtins")?;
        let module = self.new_module(name, builtins)?;
        self.dict_set(
            self.modules.unwrap_or_else(|| super::not_booted()),
            name.value(),
            module.value(),
        )?;
        Ok(())
    }

    /// A builtin by name (for opcodes that need one, like `LOAD_BUILD_CLASS`).
    pub(crate) fn builtin_value(&mut self, name: &str) -> PyResult<Value> {
        match self.builtin_value_opt(name) {
            Some(value) => Ok(value),
            None => {
                let name = self.intern(name)?;
                Err(self.name_error(name))
            }
        }
    }

    /// A builtin by name, if defined.
    pub(crate) fn builtin_value_opt(&self, name: &str) -> Option<Value> {
        let hash = crate::object::str::hash_str(name);
        self.dict_lookup_str(self.builtins?, name, hash)
    }

    /// The `__main__` module's namespace (created on first use).
    pub fn main_globals(&mut self) -> PyResult<Gc<DictObj>> {
        let modules = self.modules.unwrap_or_else(|| super::not_booted());
        let main = self.name(Name::__main__);
        if let Some(module) = self
            .dict_get_str(modules, main)
            .and_then(|v| v.as_obj())
            .and_then(|o| o.downcast::<ModuleObj>())
        {
            return Ok(module.dict);
        }
        let dict = self.new_dict()?;
        self.dict_set(dict, self.name(Name::__name__).value(), main.value())?;
        let builtins_module = self.intern("builtins")?;
        if let Some(builtins) = self.dict_get_str(modules, builtins_module) {
            self.dict_set(dict, self.name(Name::__builtins__).value(), builtins)?;
        }
        let module = self.new_module(main, dict)?;
        self.dict_set(modules, main.value(), module.value())?;
        Ok(dict)
    }

    /// Compiles `source` and runs it in `__main__`.
    pub(super) fn run_module_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<(), PyError> {
        let result = self
            .compile_source(source, filename, mode)
            .and_then(|code| {
                let globals = self.main_globals()?;
                self.run_code(code, globals, Value::Null, Value::Null)
            });
        match result {
            Ok(_) => Ok(()),
            Err(Raised) => Err(self.take_error()),
        }
    }

    /// Compiles source into a module code object; a syntax error is raised as `SyntaxError`.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Gc<CodeObj>> {
        let filename_obj = self.new_str(filename)?;
        // Like CPython, tracebacks show source lines for files only, not for `-c` code or
        // the REPL (pseudo-files such as `<string>`).
        let source_obj = if mode == Mode::Exec && !filename.starts_with('<') {
            self.new_str(source)?.value()
        } else {
            Value::Null
        };
        let roots = self.new_list(&[])?;
        self.compile_roots = roots.value();
        let Some(scratch) = self.scratch.take() else {
            return Err(self.raise_msg(
                Cls::RuntimeError,
                format_args!("the compiler is already running"),
            ));
        };
        let result = {
            let mut sink = VmSink {
                vm: self,
                filename: filename_obj,
                source: source_obj,
                failed: false,
            };
            let result = crate::compile::compile(source, mode, scratch, &mut sink);
            (result, sink.failed)
        };
        self.scratch = Some(scratch);
        self.compile_roots = Value::Null;
        match result {
            (Ok(code), _) => Ok(code),
            (Err(_), true) => Err(Raised),
            (Err(err), false) => Err(self.raise_syntax_error(&err, filename_obj, source)),
        }
    }

    /// Raises the exception a compile error stands for, with CPython's attributes.
    fn raise_syntax_error(
        &mut self,
        err: &crate::compile::CompileError,
        filename: Gc<StrObj>,
        source: &str,
    ) -> Raised {
        let cls = match err.kind {
            ErrorKind::SyntaxError => Cls::SyntaxError,
            ErrorKind::IndentationError => Cls::IndentationError,
            ErrorKind::TabError => Cls::TabError,
            ErrorKind::MemoryError => return self.raise_memory_error(),
        };
        let result = (|| -> PyResult<Value> {
            let message = self.new_str(err.message.as_str())?;
            let line_text = source
                .lines()
                .nth((err.line as usize).saturating_sub(1))
                .unwrap_or("");
            let text = self.format_to_str(format_args!("{line_text}\n"))?;
            let location = self.new_tuple(&[
                filename.value(),
                Value::Int(i64::from(err.line)),
                Value::Int(i64::from(err.col) + 1),
                text.value(),
            ])?;
            let args = self.new_tuple(&[message.value(), location.value()])?;
            let exc = self.new_exception(self.class(cls), args)?;
            for (name, value) in [
                ("msg", message.value()),
                ("filename", filename.value()),
                ("lineno", Value::Int(i64::from(err.line))),
                ("offset", Value::Int(i64::from(err.col) + 1)),
                ("text", text.value()),
            ] {
                let name = self.intern(name)?;
                self.set_attr(exc.value(), name, value)?;
            }
            Ok(exc.value())
        })();
        match result {
            Ok(exc) => self.raise_value(exc),
            Err(raised) => raised,
        }
    }

    /// Turns a compiler draft into a code object.
    fn code_from_draft(
        &mut self,
        draft: &CodeDraft<'_, Gc<CodeObj>>,
        filename: Gc<StrObj>,
        source: Value,
    ) -> PyResult<Gc<CodeObj>> {
        let name = self.intern(draft.name)?;
        let qualname = self.intern(draft.qualname)?;
        let consts = self.new_tuple(&[])?;
        let consts = if draft.consts.is_empty() {
            consts
        } else {
            let list = self.new_list_with_capacity(draft.consts.len())?;
            for constant in draft.consts {
                let value = match *constant {
                    Const::None => Value::None,
                    Const::Bool(b) => Value::Bool(b),
                    Const::Ellipsis => self.builtin_value("Ellipsis")?,
                    Const::Int(i) => Value::Int(i),
                    Const::Float(f) => Value::Float(f),
                    Const::Str(s) => self.intern_literal(s)?.value(),
                    Const::StrTuple(items) => {
                        let tuple_list = self.new_list_with_capacity(items.len())?;
                        for item in items {
                            let s = self.intern(item)?;
                            self.list_append(tuple_list, s.value())?;
                        }
                        self.list_to_tuple(tuple_list)?.value()
                    }
                    Const::Code(code) => code.value(),
                };
                self.list_append(list, value)?;
            }
            self.list_to_tuple(list)?
        };
        let names = self.intern_all(draft.names)?;
        let slot_names = self.intern_all(draft.slot_names)?;
        let units = self.new_raw_buf(draft.code.len() * 4)?;
        for (cell, &unit) in units.u32_cells().iter().zip(draft.code) {
            cell.set(unit);
        }
        let backward = match (self.config.tier2, self.config.trace_threshold) {
            (false, _) => Counter::unreachable(),
            (true, None) => Counter::jump_backward(),
            // A test threshold: the first attempt after `n` jumps, later ones backing off
            // from there.
            (true, Some(n)) => Counter::new(n.saturating_sub(1), 1),
        };
        super::specialize::quicken(units.u32_cells(), self.config.specialize, backward);
        let slot_kinds = self.new_raw_buf(draft.slot_kinds.len().max(1))?;
        let mut has_cells = false;
        for (i, kind) in draft.slot_kinds.iter().enumerate() {
            let byte = match kind {
                SlotKind::Local => 0u8,
                SlotKind::Cell => 1,
                SlotKind::Free => 2,
            };
            has_cells |= byte != 0;
            // SAFETY: the block holds one byte per slot.
            unsafe { slot_kinds.data_ptr().add(i).write(byte) };
        }
        let lines = self.copy_table(draft.lines)?;
        let exceptions = self.copy_table(draft.exceptions)?;
        let code = self.alloc_code(CodeObj {
            header: Cell::new(crate::heap::Header {
                kind: 0,
                gc: 0,
                flags: 0,
                extra: 0,
            }),
            kind: draft.kind,
            flags: draft.flags,
            arg_count: draft.arg_count,
            posonly_count: draft.posonly_count,
            kwonly_count: draft.kwonly_count,
            slot_count: draft.slot_kinds.len() as u32,
            stack_size: draft.stack_size,
            has_cells,
            first_line: draft.first_line,
            name,
            qualname,
            filename,
            source,
            units,
            consts,
            names,
            slot_names,
            slot_kinds,
            lines,
            exceptions,
        })?;
        Ok(code)
    }

    /// A string constant: identifier-like literals are interned (as CPython does).
    fn intern_literal(&mut self, text: &str) -> PyResult<Gc<StrObj>> {
        if text.len() <= 40 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.intern(text)
        } else {
            self.new_str(text)
        }
    }

    fn intern_all(&mut self, texts: &[&str]) -> PyResult<Gc<crate::object::TupleObj>> {
        let list = self.new_list_with_capacity(texts.len())?;
        for text in texts {
            let s = self.intern(text)?;
            self.list_append(list, s.value())?;
        }
        self.list_to_tuple(list)
    }

    /// Copies a table of plain `Copy` rows into a raw block.
    fn copy_table<T: Copy>(&mut self, rows: &[T]) -> PyResult<Gc<crate::object::RawBuf>> {
        let bytes = core::mem::size_of_val(rows);
        let buf = self.new_raw_buf(bytes)?;
        // SAFETY: the block holds `bytes` bytes, 16-aligned (enough for T's u32/bool fields);
        // rows are plain data copied byte for byte and read back as the same type.
        unsafe {
            core::ptr::copy_nonoverlapping(rows.as_ptr().cast::<u8>(), buf.data_ptr(), bytes)
        };
        Ok(buf)
    }

    /// Allocates a code object.
    fn alloc_code(&mut self, code: CodeObj) -> PyResult<Gc<CodeObj>> {
        let block = self.alloc_block(crate::object::Kind::Code, core::mem::size_of::<CodeObj>())?;
        // SAFETY: a fresh block of the right size; we keep the heap's header and write the rest
        // before any further allocation.
        unsafe {
            let header = block.as_ptr().read();
            let ptr = block.cast::<CodeObj>().as_ptr();
            ptr.write(CodeObj {
                header: Cell::new(header),
                ..code
            });
            Ok(Gc::from_obj_unchecked(crate::object::ObjRef::from_header(
                block,
            )))
        }
    }
}

/// The compiler's sink: code objects go into the VM's arena.
struct VmSink<'v, 'a> {
    vm: &'v mut Vm<'a>,
    filename: Gc<StrObj>,
    source: Value,
    failed: bool,
}

impl CodeSink for VmSink<'_, '_> {
    type CodeRef = Gc<CodeObj>;

    fn finish(&mut self, draft: &CodeDraft<'_, Gc<CodeObj>>) -> Result<Gc<CodeObj>, SinkError> {
        let vm = &mut *self.vm;
        let result = vm
            .code_from_draft(draft, self.filename, self.source)
            .and_then(|code| {
                // Keep it alive until the module code (which refers to it) is finished.
                let roots = vm.expect_list(vm.compile_roots);
                vm.list_append(roots, code.value())?;
                Ok(code)
            });
        result.map_err(|_| {
            self.failed = true;
            SinkError::OutOfMemory
        })
    }
}
