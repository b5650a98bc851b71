//! Raising exceptions, tracebacks, and errors as the host sees them.

use super::{Cls, Name, PyResult, Raised, Vm};
use crate::object::{ClassObj, CodeObj, Gc, InstanceObj, StrObj, TupleObj};
use crate::value::Value;
use core::fmt;

/// An exception that reached the host. The exception itself stays in the VM (rooted) until
/// the next error; print it with [`Vm::write_traceback`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PyError {
    _private: (),
}

/// Where traceback printing finds source lines: a code object's own copy of its file.
#[derive(Debug, Clone, Copy)]
pub struct TracebackSource;

/// Index of the host handle that keeps the last uncaught exception alive.
const LAST_ERROR: usize = 0;

impl Vm<'_> {
    /// Raises `cls(message)`.
    pub fn raise_msg(&mut self, cls: Cls, message: fmt::Arguments<'_>) -> Raised {
        let class = self.class(cls);
        self.raise_class_msg(class, message)
    }

    /// Raises an instance of `class` with one message argument.
    pub(crate) fn raise_class_msg(
        &mut self,
        class: Gc<ClassObj>,
        message: fmt::Arguments<'_>,
    ) -> Raised {
        let result = (|| -> PyResult<Value> {
            let text = self.format_to_str(message)?;
            let args = self.new_tuple(&[text.value()])?;
            Ok(self.new_exception(class, args)?.value())
        })();
        match result {
            Ok(exc) => self.raise_value(exc),
            Err(raised) => raised,
        }
    }

    /// Raises `cls(*args)`.
    pub(crate) fn raise_with_args(&mut self, cls: Cls, args: &[Value]) -> Raised {
        let class = self.class(cls);
        let result = self
            .new_tuple(args)
            .and_then(|args| self.new_exception(class, args));
        match result {
            Ok(exc) => self.raise_value(exc.value()),
            Err(raised) => raised,
        }
    }

    /// Makes `exc` the exception being raised. Its traceback grows from where it is (an
    /// exception raised again keeps its earlier entries, as in CPython), and the exception
    /// being handled, if any, becomes its `__context__`.
    pub(crate) fn raise_value(&mut self, exc: Value) -> Raised {
        if exc.is(self.memory_error)
            && let Some(instance) = exc.as_obj().and_then(|o| o.downcast::<InstanceObj>())
        {
            // The shared MemoryError starts afresh each time.
            instance.extra.set(Value::Null);
        }
        self.chain_context(exc);
        self.exc = exc;
        Raised
    }

    /// Raises the preallocated `MemoryError`.
    #[cold]
    pub(crate) fn raise_memory_error(&mut self) -> Raised {
        self.raise_value(self.memory_error)
    }

    /// `NameError: name 'x' is not defined`.
    #[cold]
    pub(crate) fn name_error(&mut self, name: Gc<StrObj>) -> Raised {
        self.raise_msg(
            Cls::NameError,
            format_args!("name '{}' is not defined", name.as_str()),
        )
    }

    /// `UnboundLocalError` for slot `slot` of `code`.
    #[cold]
    pub(crate) fn unbound_local(&mut self, code: Gc<CodeObj>, slot: u32) -> Raised {
        let name = slot_name(code, slot);
        self.raise_msg(
            Cls::UnboundLocalError,
            format_args!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// `NameError` for an empty free-variable cell.
    #[cold]
    pub(crate) fn unbound_deref(&mut self, code: Gc<CodeObj>, slot: u32) -> Raised {
        let name = slot_name(code, slot);
        if code.slot_kind(slot as usize) == crate::compile::SlotKind::Free {
            self.raise_msg(
                Cls::NameError,
                format_args!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.raise_msg(
                Cls::UnboundLocalError,
                format_args!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// An internal `SystemError`-like failure reported as a Python exception.
    #[cold]
    pub(crate) fn internal(&mut self, what: &str) -> Raised {
        self.raise_msg(Cls::SystemError, format_args!("internal error: {what}"))
    }

    /// `raise exc from cause` (`exc` Null: re-raise the exception being handled).
    pub(crate) fn do_raise(&mut self, exc: Value, cause: Value) -> Raised {
        if exc.is_null() {
            return match self.handled_exception() {
                Some(handled) => {
                    self.exc = handled;
                    Raised
                }
                None => self.raise_msg(
                    Cls::RuntimeError,
                    format_args!("No active exception to reraise"),
                ),
            };
        }
        let base = self.class(Cls::BaseException);
        let instance = match exc.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
            Some(class) if class.is_subclass_of(base) => {
                match self.instantiate(class, &super::Args::positional(&[])) {
                    Ok(instance) => instance,
                    Err(raised) => return raised,
                }
            }
            _ => exc,
        };
        if !self.is_instance_of(instance, base) {
            return self.raise_msg(
                Cls::TypeError,
                format_args!("exceptions must derive from BaseException"),
            );
        }
        if !cause.is_null()
            && let Err(raised) = self.set_cause(instance, cause)
        {
            return raised;
        }
        self.raise_value(instance)
    }

    /// Records that the exception being raised passed through `code` at instruction `lasti`.
    pub(crate) fn add_traceback(&mut self, code: Gc<CodeObj>, lasti: usize) {
        let Some(exc) = self.exc.as_obj().and_then(|o| o.downcast::<InstanceObj>()) else {
            return;
        };
        let line = code.line_at(lasti as u32);
        let saved = self.exc;
        // A traceback entry is a (code, line) tuple in a list kept in the exception. Failing
        // to allocate one only shortens the traceback.
        let entry = self.new_tuple(&[code.value(), Value::Int(i64::from(line))]);
        let list = match exc.extra.get() {
            Value::Null => self.new_list(&[]).ok(),
            value => Some(self.expect_list(value)),
        };
        if let (Ok(entry), Some(list)) = (entry, list)
            && self.list_append(list, entry.value()).is_ok()
        {
            exc.extra.set(list.value());
        }
        self.exc = saved;
    }

    /// Hands the exception being raised to the host.
    pub(crate) fn take_error(&mut self) -> PyError {
        self.handles[LAST_ERROR] = self.exc;
        self.exc = Value::Null;
        PyError { _private: () }
    }

    /// The last uncaught exception (`Null` when there is none).
    pub(crate) fn last_error(&self) -> Value {
        self.handles[LAST_ERROR]
    }

    /// Drops the exception being raised (a failure the caller reports its own way).
    pub(crate) fn discard_error(&mut self) {
        self.exc = Value::Null;
    }

    /// The class name of the last uncaught exception.
    pub fn last_error_class(&self) -> Option<&str> {
        let exc = self.handles[LAST_ERROR];
        if exc.is_null() {
            return None;
        }
        Some(super::extend(self.class_of(exc).name.get().as_str()))
    }

    /// Whether the last uncaught exception is an instance of the built-in class `cls`.
    pub fn last_error_is(&self, cls: Cls) -> bool {
        let exc = self.handles[LAST_ERROR];
        !exc.is_null() && self.is_instance_of(exc, self.class(cls))
    }

    /// Writes the last uncaught exception as CPython does: the traceback (most recent call
    /// last, with source lines), then `Type: message`. Syntax errors print their location,
    /// the line and a caret instead.
    pub fn write_traceback(&mut self, out: &mut dyn fmt::Write) -> fmt::Result {
        // `str()` of an exception can allocate and run Python code: a host entry.
        self.enter_from_host(|vm| {
            let exc = vm.handles[LAST_ERROR];
            let mut seen = [Value::Null; CHAIN_LIMIT];
            vm.write_chain(exc, out, &mut seen, 0)
        })
    }

    /// Writes `exc` preceded by its cause or context (each with its own traceback and the
    /// sentence CPython puts between them). `seen` holds the exceptions already on the way,
    /// so a cycle or a very long chain ends the recursion.
    fn write_chain(
        &mut self,
        exc: Value,
        out: &mut dyn fmt::Write,
        seen: &mut [Value; CHAIN_LIMIT],
        depth: usize,
    ) -> fmt::Result {
        seen[depth] = exc;
        if depth + 1 < CHAIN_LIMIT {
            let cause = self.exception_link(exc, Name::__cause__);
            let context = self.exception_link(exc, Name::__context__);
            let suppress = self.exception_link(exc, Name::__suppress_context__);
            let is_new = |v: Value| {
                v.as_obj()
                    .is_some_and(|o| o.downcast::<InstanceObj>().is_some())
                    && !seen[..=depth].iter().any(|s| s.is(v))
            };
            if is_new(cause) {
                self.write_chain(cause, out, seen, depth + 1)?;
                writeln!(
                    out,
                    "\nThe above exception was the direct cause of the following exception:\n"
                )?;
            } else if is_new(context) && !matches!(suppress, Value::Bool(true)) {
                self.write_chain(context, out, seen, depth + 1)?;
                writeln!(
                    out,
                    "\nDuring handling of the above exception, another exception occurred:\n"
                )?;
            }
        }
        self.write_single(exc, out)
    }

    /// Writes one exception: its traceback and its `Type: message` line.
    fn write_single(&mut self, exc: Value, out: &mut dyn fmt::Write) -> fmt::Result {
        let Some(instance) = exc.as_obj().and_then(|o| o.downcast::<InstanceObj>()) else {
            return Ok(());
        };
        if let Some(list) = instance
            .extra
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::ListObj>())
        {
            let entries = list.items();
            if !entries.is_empty() {
                writeln!(out, "Traceback (most recent call last):")?;
            }
            // Like CPython, print a run of identical entries (recursion) only three times.
            let mut last: Option<(usize, i64)> = None;
            let mut repeats = 0usize;
            for entry in entries.iter().rev() {
                let Some(tuple) = entry.get().as_obj().and_then(|o| o.downcast::<TupleObj>())
                else {
                    continue;
                };
                let (Some(code), Value::Int(line)) = (
                    tuple.items()[0]
                        .as_obj()
                        .and_then(|o| o.downcast::<CodeObj>()),
                    tuple.items()[1],
                ) else {
                    continue;
                };
                let key = (code.obj().addr(), line);
                if last != Some(key) {
                    write_repeats(out, repeats)?;
                    last = Some(key);
                    repeats = 0;
                }
                repeats += 1;
                if repeats > RECURSIVE_CUTOFF {
                    continue;
                }
                writeln!(
                    out,
                    "  File \"{}\", line {}, in {}",
                    code.filename.as_str(),
                    line,
                    code.name.as_str()
                )?;
                if let Some(text) = source_line(code.source, line as usize) {
                    writeln!(out, "    {}", text.trim())?;
                }
            }
            write_repeats(out, repeats)?;
        }
        let class = instance.class.get();
        if class.is_subclass_of(self.class(Cls::SyntaxError)) {
            self.write_syntax_error_location(instance, out)?;
        }
        self.write_exception_line(exc, out)
    }

    /// `  File "x.py", line 3` / the line / a caret, for a SyntaxError instance.
    fn write_syntax_error_location(
        &mut self,
        instance: Gc<InstanceObj>,
        out: &mut dyn fmt::Write,
    ) -> fmt::Result {
        let get = |vm: &mut Self, name: &str| -> Value {
            match vm.intern(name) {
                Ok(name) => vm.get_attr(instance.value(), name).unwrap_or(Value::None),
                Err(_) => Value::None,
            }
        };
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let offset = get(self, "offset");
        let text = get(self, "text");
        self.exc = Value::Null;
        let filename = filename.as_obj().and_then(|o| o.downcast::<StrObj>());
        if let (Some(filename), Value::Int(line)) = (filename, lineno) {
            writeln!(out, "  File \"{}\", line {}", filename.as_str(), line)?;
            if let Some(text) = text.as_obj().and_then(|o| o.downcast::<StrObj>()) {
                let raw = text.as_str().trim_end_matches(['\n', '\r']);
                let trimmed = raw.trim_start();
                let removed = raw.chars().count() - trimmed.chars().count();
                writeln!(out, "    {trimmed}")?;
                if let Value::Int(offset) = offset {
                    let column = (offset.max(1) as usize - 1).saturating_sub(removed);
                    writeln!(out, "    {:width$}^", "", width = column)?;
                }
            }
        }
        Ok(())
    }

    /// `Type: message` (or just `Type`).
    fn write_exception_line(&mut self, exc: Value, out: &mut dyn fmt::Write) -> fmt::Result {
        let class = self.class_of(exc);
        let module = class.module.get();
        let module = module.as_obj().and_then(|o| o.downcast::<StrObj>());
        if let Some(module) = module
            && module.as_str() != "__main__"
            && module.as_str() != "builtins"
        {
            write!(out, "{}.", module.as_str())?;
        }
        write!(out, "{}", class.qualname.get().as_str())?;
        match self.str_of(exc) {
            Ok(text) if !text.as_str().is_empty() => writeln!(out, ": {}", text.as_str()),
            Ok(_) => writeln!(out),
            Err(_) => {
                self.exc = Value::Null;
                writeln!(out, ": <exception str() failed>")
            }
        }
    }

    /// Whether `value` is an instance of `class` (or of a subclass).
    pub fn is_instance_of(&self, value: Value, class: Gc<ClassObj>) -> bool {
        self.class_of(value).is_subclass_of(class)
    }
}

/// How many chained exceptions (`__cause__` / `__context__`) a traceback prints at most.
const CHAIN_LIMIT: usize = 32;

/// Identical traceback entries in a row printed before the rest are summarized.
const RECURSIVE_CUTOFF: usize = 3;

/// `  [Previous line repeated N more times]` after a run of identical entries.
fn write_repeats(out: &mut dyn fmt::Write, repeats: usize) -> fmt::Result {
    if repeats > RECURSIVE_CUTOFF {
        let more = repeats - RECURSIVE_CUTOFF;
        let plural = if more == 1 { "" } else { "s" };
        writeln!(out, "  [Previous line repeated {more} more time{plural}]")?;
    }
    Ok(())
}

/// The name of slot `slot`.
fn slot_name(code: Gc<CodeObj>, slot: u32) -> &'static str {
    let name = code
        .slot_names
        .items()
        .get(slot as usize)
        .and_then(|v| v.as_obj())
        .and_then(|o| o.downcast::<StrObj>());
    match name {
        // SAFETY-free lifetime extension: code objects live as long as the VM's arena and the
        // name is only used to format a message right away.
        Some(name) => extend(name.as_str()),
        None => "?",
    }
}

/// Treats a string borrowed from a live heap object as `'static` for a moment.
fn extend(text: &str) -> &'static str {
    // SAFETY: callers use the result immediately, while the object (held by a Gc on the native
    // stack) is alive; the collector does not free objects the native stack refers to.
    unsafe { core::mem::transmute::<&str, &'static str>(text) }
}

/// Line `line` (1-based) of the source text held in `source` (a str), if any.
fn source_line(source: Value, line: usize) -> Option<&'static str> {
    let text = source.as_obj()?.downcast::<StrObj>()?;
    let text = extend(text.as_str());
    text.lines().nth(line.checked_sub(1)?)
}
