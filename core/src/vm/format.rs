//! Building strings: `repr()`, `str()`, `print`, and a string builder over the arena.

use super::{Cls, Name, PyResult, Vm};
use crate::object::class::Builtin;
use crate::object::misc::DictPart;
use crate::object::{
    ClassObj, FunctionObj, Gc, InstanceObj, Kind, MethodObj, ModuleObj, NativeObj, ObjRef, RawBuf,
    StrObj,
};
use crate::value::Value;
use core::fmt::{self, Write};

/// Bytes a builder keeps on the native stack before it moves to the arena.
const INLINE: usize = 200;

/// Accumulates text, first in a stack buffer, then in a growing arena block.
pub struct StrBuilder {
    inline: [u8; INLINE],
    len: usize,
    heap: Option<Gc<RawBuf>>,
}

impl Default for StrBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl StrBuilder {
    /// An empty builder.
    pub const fn new() -> StrBuilder {
        StrBuilder {
            inline: [0; INLINE],
            len: 0,
            heap: None,
        }
    }

    /// The text so far.
    pub fn as_str(&self) -> &str {
        let bytes = match self.heap {
            // SAFETY: the block holds at least `len` bytes written by push_str.
            Some(buf) => unsafe { core::slice::from_raw_parts(buf.data_ptr(), self.len) },
            None => &self.inline[..self.len],
        };
        // Only whole strings are appended, so the bytes are valid UTF-8.
        core::str::from_utf8(bytes).unwrap_or_default()
    }

    /// Bytes so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Makes room for `additional` more bytes.
    pub fn reserve(&mut self, vm: &mut Vm<'_>, additional: usize) -> PyResult<()> {
        let needed = self
            .len
            .checked_add(additional)
            .ok_or_else(|| vm.raise_memory_error())?;
        let capacity = self.heap.map_or(INLINE, |b| b.len);
        if needed <= capacity {
            return Ok(());
        }
        let grown = needed.max(capacity * 2);
        let buf = vm.new_raw_buf(grown)?;
        let current = self.as_str();
        // SAFETY: the new block holds `grown >= len` bytes; the source is another buffer.
        unsafe { core::ptr::copy_nonoverlapping(current.as_ptr(), buf.data_ptr(), self.len) };
        self.heap = Some(buf);
        Ok(())
    }

    /// Appends text.
    pub fn push_str(&mut self, vm: &mut Vm<'_>, text: &str) -> PyResult<()> {
        self.reserve(vm, text.len())?;
        match self.heap {
            // SAFETY: reserve made room for `len + text.len()` bytes in the block.
            Some(buf) => unsafe {
                core::ptr::copy_nonoverlapping(
                    text.as_ptr(),
                    buf.data_ptr().add(self.len),
                    text.len(),
                );
            },
            None => self.inline[self.len..self.len + text.len()].copy_from_slice(text.as_bytes()),
        }
        self.len += text.len();
        Ok(())
    }

    /// Appends one character.
    pub fn push_char(&mut self, vm: &mut Vm<'_>, c: char) -> PyResult<()> {
        let mut buf = [0u8; 4];
        self.push_str(vm, c.encode_utf8(&mut buf))
    }

    /// Appends formatted text.
    pub fn push_fmt(&mut self, vm: &mut Vm<'_>, args: fmt::Arguments<'_>) -> PyResult<()> {
        let mut sink = BuilderSink {
            builder: self,
            vm,
            failed: false,
        };
        let result = sink.write_fmt(args);
        if sink.failed || result.is_err() {
            return Err(super::Raised);
        }
        Ok(())
    }

    /// The finished string.
    pub fn finish(&self, vm: &mut Vm<'_>) -> PyResult<Gc<StrObj>> {
        let text = extend_str(self.as_str());
        vm.new_str(text)
    }
}

/// `fmt::Write` over a builder and the VM that feeds it.
struct BuilderSink<'b, 'v, 'a> {
    builder: &'b mut StrBuilder,
    vm: &'v mut Vm<'a>,
    failed: bool,
}

impl Write for BuilderSink<'_, '_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.builder.push_str(self.vm, s).is_err() {
            self.failed = true;
            return Err(fmt::Error);
        }
        Ok(())
    }
}

/// Treats text borrowed from a live heap object as `'static` while the caller uses it.
pub(crate) fn extend_str(text: &str) -> &'static str {
    // SAFETY: every caller holds the owning object (a Gc or Value on the native stack, which
    // the conservative scan keeps alive) for as long as it uses the text, and strings never
    // change after construction.
    unsafe { core::mem::transmute::<&str, &'static str>(text) }
}

/// Treats values borrowed from a live heap object as `'static` while the caller uses them.
pub(crate) fn extend_values(values: &[Value]) -> &'static [Value] {
    // SAFETY: as for `extend_str`; the caller reads the values before the container changes.
    unsafe { core::mem::transmute::<&[Value], &'static [Value]>(values) }
}

impl Vm<'_> {
    /// Formats into a new string.
    pub fn format_to_str(&mut self, args: fmt::Arguments<'_>) -> PyResult<Gc<StrObj>> {
        if let Some(text) = args.as_str() {
            return self.new_str(text);
        }
        let mut builder = StrBuilder::new();
        builder.push_fmt(self, args)?;
        builder.finish(self)
    }

    /// `repr(value)`.
    pub fn repr_of(&mut self, value: Value) -> PyResult<Gc<StrObj>> {
        let mut builder = StrBuilder::new();
        self.write_repr(&mut builder, value)?;
        builder.finish(self)
    }

    /// `str(value)`.
    pub fn str_of(&mut self, value: Value) -> PyResult<Gc<StrObj>> {
        if let Some(s) = value.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            return Ok(s);
        }
        let mut builder = StrBuilder::new();
        self.write_str(&mut builder, value)?;
        builder.finish(self)
    }

    /// Appends `str(value)`.
    pub fn write_str(&mut self, out: &mut StrBuilder, value: Value) -> PyResult<()> {
        match value.as_obj().map(|o| o.kind()) {
            Some(Kind::Str) => out.push_str(self, extend_str(self.expect_str(value).as_str())),
            Some(Kind::Instance) => {
                if let Some(method) = self.lookup_special(value, Name::__str__)? {
                    let text =
                        self.call_method_value(method, value, &super::Args::positional(&[]))?;
                    return self.push_returned_str(out, text, "__str__");
                }
                let class = self.class_of(value);
                if class.builtin == Builtin::Exception
                    && self.lookup_special(value, Name::__repr__)?.is_none()
                {
                    return self.write_exception_str(out, value);
                }
                if class.builtin == Builtin::Exception {
                    return self.write_exception_str(out, value);
                }
                self.write_repr(out, value)
            }
            _ => self.write_repr(out, value),
        }
    }

    fn push_returned_str(
        &mut self,
        out: &mut StrBuilder,
        text: Value,
        method: &str,
    ) -> PyResult<()> {
        match text.as_obj().and_then(|o| o.downcast::<StrObj>()) {
            Some(s) => out.push_str(self, extend_str(s.as_str())),
            None => Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "{method} returned non-string (type {})",
                    self.type_name(text)
                ),
            )),
        }
    }

    /// `str(exc)`: the message from `args` (a SyntaxError's `msg`).
    pub(crate) fn write_exception_str(&mut self, out: &mut StrBuilder, exc: Value) -> PyResult<()> {
        if self
            .class_of(exc)
            .is_subclass_of(self.class(Cls::SyntaxError))
        {
            let msg = self.intern("msg")?;
            if let Some(text) = self.try_get_attr(exc, msg)? {
                return self.write_str(out, text);
            }
        }
        let args = exc
            .as_obj()
            .and_then(|o| o.downcast::<InstanceObj>())
            .map_or(Value::Null, |i| i.base_state.get());
        let items = self.seq_items(args);
        match items {
            [] => Ok(()),
            [single] => {
                if self.class_of(exc).is_subclass_of(self.class(Cls::KeyError)) {
                    self.write_repr(out, *single)
                } else {
                    self.write_str(out, *single)
                }
            }
            _ => self.write_repr(out, args),
        }
    }

    /// Appends `repr(value)`.
    pub fn write_repr(&mut self, out: &mut StrBuilder, value: Value) -> PyResult<()> {
        match value {
            Value::Null => out.push_str(self, "<NULL>"),
            Value::None => out.push_str(self, "None"),
            Value::Bool(true) => out.push_str(self, "True"),
            Value::Bool(false) => out.push_str(self, "False"),
            Value::Int(i) => out.push_fmt(self, format_args!("{i}")),
            Value::Float(f) => {
                let mut buf = crate::text::StackBuf::<32>::new();
                let _ = crate::text::float_repr::write_float_repr(&mut buf, f);
                out.push_str(self, extend_str(buf.as_str()))
            }
            Value::Obj(obj) => self.write_obj_repr(out, obj, value),
        }
    }

    fn write_obj_repr(&mut self, out: &mut StrBuilder, obj: ObjRef, value: Value) -> PyResult<()> {
        match obj.kind() {
            Kind::Str => {
                let s = extend_str(self.expect_str(value).as_str());
                let mut sink = BuilderSink {
                    builder: out,
                    vm: self,
                    failed: false,
                };
                let result = crate::text::str_repr::write_str_repr(&mut sink, s);
                if sink.failed || result.is_err() {
                    Err(super::Raised)
                } else {
                    Ok(())
                }
            }
            Kind::List | Kind::Tuple | Kind::Dict => {
                if !self.repr_enter(obj) {
                    let text = match obj.kind() {
                        Kind::List => "[...]",
                        Kind::Dict => "{...}",
                        _ => "(...)",
                    };
                    return out.push_str(self, text);
                }
                let result = self.write_container_repr(out, obj, value);
                self.repr_leave();
                result
            }
            Kind::Set | Kind::FrozenSet => self.write_set_repr(out, self.expect_any_set(value)),
            Kind::Range => {
                let range = self.expect_range(value);
                if range.step == 1 {
                    out.push_fmt(self, format_args!("range({}, {})", range.start, range.stop))
                } else {
                    out.push_fmt(
                        self,
                        format_args!("range({}, {}, {})", range.start, range.stop, range.step),
                    )
                }
            }
            Kind::Slice => {
                let slice = obj
                    .downcast::<crate::object::SliceObj>()
                    .unwrap_or_else(|| super::internal_error("slice"));
                out.push_str(self, "slice(")?;
                self.write_repr(out, slice.start)?;
                out.push_str(self, ", ")?;
                self.write_repr(out, slice.stop)?;
                out.push_str(self, ", ")?;
                self.write_repr(out, slice.step)?;
                out.push_str(self, ")")
            }
            Kind::Function => {
                // SAFETY: the kind byte says it is a function.
                let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                let name = extend_str(func.qualname.get().as_str());
                out.push_fmt(
                    self,
                    format_args!("<function {} at {:#x}>", name, obj.addr()),
                )
            }
            Kind::Native => {
                // SAFETY: the kind byte says it is a builtin.
                let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
                if native.receiver.is_null() {
                    if let Some(owner) =
                        native.owner.as_obj().and_then(|o| o.downcast::<ClassObj>())
                    {
                        let owner_name = extend_str(owner.name.get().as_str());
                        return out.push_fmt(
                            self,
                            format_args!(
                                "<method '{}' of '{}' objects>",
                                native.def.name, owner_name
                            ),
                        );
                    }
                    out.push_fmt(
                        self,
                        format_args!("<built-in function {}>", native.def.name),
                    )
                } else {
                    let type_name = self.type_name(native.receiver);
                    out.push_fmt(
                        self,
                        format_args!(
                            "<built-in method {} of {} object at {:#x}>",
                            native.def.name,
                            type_name,
                            native.receiver.as_obj().map_or(0, |o| o.addr())
                        ),
                    )
                }
            }
            Kind::Method => {
                // SAFETY: the kind byte says it is a bound method.
                let method = unsafe { Gc::<MethodObj>::from_obj_unchecked(obj) };
                let name = match method
                    .func
                    .as_obj()
                    .and_then(|o| o.downcast::<FunctionObj>())
                {
                    Some(func) => extend_str(func.qualname.get().as_str()),
                    None => "?",
                };
                out.push_fmt(self, format_args!("<bound method {name} of "))?;
                self.write_repr(out, method.receiver)?;
                out.push_str(self, ">")
            }
            Kind::Class => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                let module = class
                    .module
                    .get()
                    .as_obj()
                    .and_then(|o| o.downcast::<StrObj>());
                let qualname = extend_str(class.qualname.get().as_str());
                match module {
                    Some(module) if module.as_str() != "builtins" => {
                        let module = extend_str(module.as_str());
                        out.push_fmt(self, format_args!("<class '{module}.{qualname}'>"))
                    }
                    _ => out.push_fmt(self, format_args!("<class '{qualname}'>")),
                }
            }
            Kind::Module => {
                // SAFETY: the kind byte says it is a module.
                let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
                let name = extend_str(module.name.as_str());
                out.push_fmt(self, format_args!("<module '{name}' (built-in)>"))
            }
            Kind::DictView => {
                let view = self.expect_dict_view(value);
                let prefix = match view.part {
                    DictPart::Keys => "dict_keys([",
                    DictPart::Values => "dict_values([",
                    DictPart::Items => "dict_items([",
                };
                out.push_str(self, prefix)?;
                let iter = self.new_dict_iter(view.dict, view.part, false)?;
                let mut first = true;
                while let Some(item) = self.iter_next(iter)? {
                    if !first {
                        out.push_str(self, ", ")?;
                    }
                    first = false;
                    self.write_repr(out, item)?;
                }
                out.push_str(self, "])")
            }
            Kind::Instance => {
                if let Some(method) = self.lookup_special(value, Name::__repr__)? {
                    let text =
                        self.call_method_value(method, value, &super::Args::positional(&[]))?;
                    return self.push_returned_str(out, text, "__repr__");
                }
                let class = self.class_of(value);
                if class.builtin == Builtin::Exception {
                    return self.write_exception_repr(out, value);
                }
                if let Some(base) = self.builtin_base(value) {
                    // A list or dict subclass without a `__repr__` of its own.
                    return self.write_repr(out, base);
                }
                if matches!(class.builtin, Builtin::StaticMethod | Builtin::ClassMethod) {
                    // `<staticmethod(<function f at 0x...>)>`
                    let name = extend_str(class.name.get().as_str());
                    out.push_fmt(self, format_args!("<{name}("))?;
                    let wrapped = obj
                        .downcast::<InstanceObj>()
                        .map_or(Value::None, |i| i.base_state.get());
                    self.write_repr(out, wrapped)?;
                    return out.push_str(self, ")>");
                }
                self.write_default_repr(out, value)
            }
            Kind::Generator => {
                // SAFETY: the kind byte says it is a generator.
                let generator =
                    unsafe { Gc::<crate::object::GeneratorObj>::from_obj_unchecked(obj) };
                let qualname = extend_str(generator.code.qualname.as_str());
                let addr = obj.addr();
                out.push_fmt(
                    self,
                    format_args!("<generator object {qualname} at {addr:#x}>"),
                )
            }
            _ => self.write_default_repr(out, value),
        }
    }

    /// `repr(exc)`: `Name(arg, ...)`.
    pub(crate) fn write_exception_repr(
        &mut self,
        out: &mut StrBuilder,
        exc: Value,
    ) -> PyResult<()> {
        let class = self.class_of(exc);
        let name = extend_str(class.name.get().as_str());
        out.push_str(self, name)?;
        let args = exc
            .as_obj()
            .and_then(|o| o.downcast::<InstanceObj>())
            .map_or(Value::Null, |i| i.base_state.get());
        let items = self.seq_items(args);
        if items.len() == 1 {
            out.push_str(self, "(")?;
            self.write_repr(out, items[0])?;
            return out.push_str(self, ")");
        }
        if items.is_empty() {
            return out.push_str(self, "()");
        }
        self.write_repr(out, args)
    }

    /// `<module.Class object at 0x...>`.
    pub(crate) fn write_default_repr(
        &mut self,
        out: &mut StrBuilder,
        value: Value,
    ) -> PyResult<()> {
        let class = self.class_of(value);
        let qualname = extend_str(class.qualname.get().as_str());
        let addr = value.as_obj().map_or(0, |o| o.addr());
        match class
            .module
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<StrObj>())
        {
            Some(module) if module.as_str() != "builtins" => {
                let module = extend_str(module.as_str());
                out.push_fmt(
                    self,
                    format_args!("<{module}.{qualname} object at {addr:#x}>"),
                )
            }
            _ => out.push_fmt(self, format_args!("<{qualname} object at {addr:#x}>")),
        }
    }

    fn write_container_repr(
        &mut self,
        out: &mut StrBuilder,
        obj: ObjRef,
        value: Value,
    ) -> PyResult<()> {
        match obj.kind() {
            Kind::List | Kind::Tuple => {
                let is_list = obj.kind() == Kind::List;
                out.push_str(self, if is_list { "[" } else { "(" })?;
                let mut index = 0;
                loop {
                    let items = self.seq_items(value);
                    let Some(&item) = items.get(index) else { break };
                    if index > 0 {
                        out.push_str(self, ", ")?;
                    }
                    self.write_repr(out, item)?;
                    index += 1;
                }
                if !is_list && index == 1 {
                    out.push_str(self, ",")?;
                }
                out.push_str(self, if is_list { "]" } else { ")" })
            }
            _ => {
                let dict = self.expect_dict(value);
                out.push_str(self, "{")?;
                let mut first = true;
                let mut index = 0;
                while let Some(entry) = dict.entries().get(index) {
                    index += 1;
                    let key = entry.key.get();
                    if key.is_null() {
                        continue;
                    }
                    let item = entry.value.get();
                    if !first {
                        out.push_str(self, ", ")?;
                    }
                    first = false;
                    self.write_repr(out, key)?;
                    out.push_str(self, ": ")?;
                    self.write_repr(out, item)?;
                }
                out.push_str(self, "}")
            }
        }
    }

    /// Starts printing a container; false when it is already being printed (a cycle).
    fn repr_enter(&mut self, obj: ObjRef) -> bool {
        if self.repr_stack[..self.repr_depth].contains(&Some(obj)) {
            return false;
        }
        if self.repr_depth < self.repr_stack.len() {
            self.repr_stack[self.repr_depth] = Some(obj);
        }
        self.repr_depth += 1;
        true
    }

    fn repr_leave(&mut self) {
        self.repr_depth -= 1;
        if self.repr_depth < self.repr_stack.len() {
            self.repr_stack[self.repr_depth] = None;
        }
    }

    /// REPL echo: prints `repr(value)` unless it is None.
    pub(crate) fn print_expr(&mut self, value: Value) -> PyResult<()> {
        if matches!(value, Value::None) {
            return Ok(());
        }
        let text = self.repr_of(value)?;
        let text = extend_str(text.as_str());
        self.host.write_out(text);
        self.host.write_out("\n");
        Ok(())
    }
}

/// `format % args`.
pub(crate) fn percent_format(vm: &mut Vm<'_>, format: Value, args: Value) -> PyResult<Value> {
    crate::builtins::percent_format(vm, format, args)
}
