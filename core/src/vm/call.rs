//! Calling: Python functions, builtins, bound methods and classes; argument binding.

use super::interp::CallOutcome;
use super::{Args, Cls, Name, PyResult, Vm};
use crate::compile::code_flags;
use crate::object::class::{Builtin, class_flags};
use crate::object::{
    ClassObj, CodeObj, DictObj, FunctionObj, Gc, Kind, MethodObj, NativeObj, StrObj, TupleObj,
};
use crate::value::Value;

/// Most arguments a call may pass through the Rust-side argument buffer.
const MAX_NATIVE_ARGS: usize = 64;

impl Vm<'_> {
    /// `CALL`: the callable at value-stack index `callable_at`, the self-or-NULL slot after
    /// it, then `argc` argument values (the last `len(kw_names)` are keyword values).
    pub(crate) fn call_from_stack(
        &mut self,
        callable_at: usize,
        argc: usize,
        kw_names: Option<Gc<TupleObj>>,
    ) -> PyResult<CallOutcome> {
        let stack = self.stack_ptr();
        // SAFETY: the CALL instruction's stack effect guarantees these cells are in use.
        let read = |index: usize| unsafe { stack.add(index).read() };
        // SAFETY: as above.
        let write = |index: usize, value: Value| unsafe { stack.add(index).write(value) };
        let mut callable = read(callable_at);
        let receiver = read(callable_at + 1);
        let (mut args_start, mut nargs) = if receiver.is_null() {
            (callable_at + 2, argc)
        } else {
            (callable_at + 1, argc + 1)
        };
        if receiver.is_null() {
            if let Some(method) = callable.as_obj().and_then(|o| o.downcast::<MethodObj>()) {
                write(callable_at + 1, method.receiver);
                callable = method.func;
                (args_start, nargs) = (callable_at + 1, argc + 1);
            } else if let Some(native) = callable.as_obj().and_then(|o| o.downcast::<NativeObj>())
                && !native.receiver.is_null()
            {
                write(callable_at + 1, native.receiver);
                (args_start, nargs) = (callable_at + 1, argc + 1);
            }
        }
        let nkw = kw_names.map_or(0, |names| names.len);
        let Some(obj) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match obj.kind() {
            Kind::Function => {
                // SAFETY: the kind byte says it is a function.
                let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                let code = func.code;
                if nkw == 0 && Self::is_simple_call(&code, nargs) {
                    self.push_frame(
                        code,
                        func.globals,
                        callable,
                        Value::Null,
                        args_start,
                        nargs,
                        false,
                    )?;
                    if code.has_cells
                        && let Err(err) = self.init_cells(code, args_start, func.closure)
                    {
                        self.pop_frame();
                        return Err(err);
                    }
                    return Ok(CallOutcome::Frame);
                }
                let end = callable_at + 2 + argc;
                let all = stack_slice(stack, args_start, end);
                let (pos, kw_values) = all.split_at(nargs - nkw);
                let args = Args {
                    pos,
                    kw_names,
                    kw_values,
                };
                if let Some(generator) =
                    self.push_function_frame(func, Value::Null, &args, end, false)?
                {
                    return Ok(CallOutcome::Value(generator));
                }
                Ok(CallOutcome::Frame)
            }
            Kind::Native => {
                // SAFETY: the kind byte says it is a builtin.
                let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
                let all = stack_slice(stack, args_start, callable_at + 2 + argc);
                let (pos, kw_values) = all.split_at(nargs - nkw);
                let args = Args {
                    pos,
                    kw_names,
                    kw_values,
                };
                Ok(CallOutcome::Value((native.def.func)(self, &args)?))
            }
            Kind::Class => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                let all = stack_slice(stack, args_start, callable_at + 2 + argc);
                let (pos, kw_values) = all.split_at(nargs - nkw);
                let args = Args {
                    pos,
                    kw_names,
                    kw_values,
                };
                if !matches!(class.builtin, Builtin::Object | Builtin::Exception)
                    && class.flags.get() & class_flags::HEAP_TYPE == 0
                {
                    return Ok(CallOutcome::Value(self.construct_native(class, &args)?));
                }
                let instance = self.new_plain_instance(class, &args)?;
                match self.user_init(class)? {
                    Some(init) if init.as_obj().is_some_and(|o| o.kind() == Kind::Function) => {
                        // SAFETY: checked just above.
                        let func = unsafe {
                            Gc::<FunctionObj>::from_obj_unchecked(
                                init.as_obj()
                                    .unwrap_or_else(|| super::internal_error("init")),
                            )
                        };
                        // The instance waits in the callable cell; __init__ gets it as self.
                        write(callable_at, instance);
                        let end = callable_at + 2 + argc;
                        let code = func.code;
                        if nkw == 0 && receiver.is_null() && Self::is_simple_call(&code, argc + 1) {
                            write(callable_at + 1, instance);
                            self.push_frame(
                                code,
                                func.globals,
                                init,
                                Value::Null,
                                callable_at + 1,
                                argc + 1,
                                false,
                            )?;
                            if code.has_cells
                                && let Err(err) =
                                    self.init_cells(code, callable_at + 1, func.closure)
                            {
                                self.pop_frame();
                                return Err(err);
                            }
                        } else if self
                            .push_function_frame(func, instance, &args, end, false)?
                            .is_some()
                        {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!("__init__() should return None, not 'generator'"),
                            ));
                        }
                        // SAFETY: push_frame made this the top record.
                        unsafe { (*self.top_frame()).init = true };
                        Ok(CallOutcome::Frame)
                    }
                    Some(init) => {
                        let result = self.call_method_value(init, instance, &args)?;
                        if !matches!(result, Value::None) {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(result)
                                ),
                            ));
                        }
                        Ok(CallOutcome::Value(instance))
                    }
                    None => {
                        if class.builtin == Builtin::Object
                            && (args.pos.len() + args.kw_values.len()) > 0
                        {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!("{}() takes no arguments", class.name.get().as_str()),
                            ));
                        }
                        Ok(CallOutcome::Value(instance))
                    }
                }
            }
            _ => {
                let all = stack_slice(stack, args_start, callable_at + 2 + argc);
                let (pos, kw_values) = all.split_at(nargs - nkw);
                let args = Args {
                    pos,
                    kw_names,
                    kw_values,
                };
                Ok(CallOutcome::Value(self.call_object(callable, &args)?))
            }
        }
    }

    /// A new instance of a Python class (or of a built-in exception class) before `__init__`:
    /// an exception's `args` are all positional arguments, a `list` or `dict` subclass starts
    /// with an empty list or dict.
    fn new_plain_instance(&mut self, class: Gc<ClassObj>, args: &Args<'_>) -> PyResult<Value> {
        let instance = self.new_instance(class)?;
        let state = match class.builtin {
            Builtin::Exception => self.new_tuple(args.pos)?.value(),
            Builtin::List => self.new_list(&[])?.value(),
            Builtin::Dict => self.new_dict()?.value(),
            _ => Value::Null,
        };
        instance.base_state.set(state);
        Ok(instance.value())
    }

    /// Pushes a frame for `func` with arguments bound from `args` (and `receiver` as the
    /// first positional argument when it is not `Null`), with its slots at `base`. For a
    /// generator function the bound frame becomes a generator instead, which is returned
    /// (and no frame stays pushed).
    fn push_function_frame(
        &mut self,
        func: Gc<FunctionObj>,
        receiver: Value,
        args: &Args<'_>,
        base: usize,
        entry: bool,
    ) -> PyResult<Option<Value>> {
        let code = func.code;
        self.push_frame(
            code,
            func.globals,
            func.value(),
            Value::Null,
            base,
            0,
            entry,
        )?;
        let result = self.bind_args(func, receiver, args, base).and_then(|()| {
            if code.has_cells {
                self.init_cells(code, base, func.closure)
            } else {
                Ok(())
            }
        });
        if let Err(raised) = result {
            self.pop_frame();
            return Err(raised);
        }
        if code.flags & code_flags::GENERATOR != 0 {
            return self.make_generator(func.value()).map(Some);
        }
        Ok(None)
    }

    /// Calls any callable from Rust code.
    pub fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        self.call_object(callable, &Args::positional(args))
    }

    /// Calls any callable from Rust code, with keywords.
    pub fn call_object(&mut self, callable: Value, args: &Args<'_>) -> PyResult<Value> {
        let Some(obj) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match obj.kind() {
            Kind::Function => {
                // SAFETY: the kind byte says it is a function.
                let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                let base = self.next_frame_base();
                if let Some(generator) =
                    self.push_function_frame(func, Value::Null, args, base, true)?
                {
                    return Ok(generator);
                }
                self.run_nested_frame()
            }
            Kind::Native => {
                // SAFETY: the kind byte says it is a builtin.
                let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
                if native.receiver.is_null() {
                    (native.def.func)(self, args)
                } else {
                    self.call_with_receiver(native.def, native.receiver, args)
                }
            }
            Kind::Method => {
                // SAFETY: the kind byte says it is a bound method.
                let method = unsafe { Gc::<MethodObj>::from_obj_unchecked(obj) };
                self.call_method_value(method.func, method.receiver, args)
            }
            Kind::Class => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                self.instantiate(class, args)
            }
            _ => {
                // A staticmethod object is callable too (Python 3.10+).
                if let Some(super::descr::Descriptor::Static(func)) =
                    super::descr::descriptor(callable)
                {
                    return self.call_object(func, args);
                }
                if let Some(call) = self.lookup_special(callable, Name::__call__)? {
                    return self.call_method_value(call, callable, args);
                }
                Err(self.not_callable(callable))
            }
        }
    }

    /// Calls `func` (a function found on a class) with `receiver` as its first argument.
    pub(crate) fn call_method_value(
        &mut self,
        func: Value,
        receiver: Value,
        args: &Args<'_>,
    ) -> PyResult<Value> {
        if let Some(f) = func.as_obj().and_then(|o| o.downcast::<FunctionObj>()) {
            let base = self.next_frame_base();
            if let Some(generator) = self.push_function_frame(f, receiver, args, base, true)? {
                return Ok(generator);
            }
            return self.run_nested_frame();
        }
        if let Some(native) = func.as_obj().and_then(|o| o.downcast::<NativeObj>()) {
            let receiver = self.native_receiver(native, receiver);
            return self.call_with_receiver(native.def, receiver, args);
        }
        match super::descr::descriptor(func) {
            Some(super::descr::Descriptor::ClassMethod(wrapped)) => {
                let class = self.class_of(receiver);
                self.call_method_value(wrapped, class.value(), args)
            }
            Some(descr) => {
                let callable = self.descriptor_get(descr, receiver)?;
                self.call_object(callable, args)
            }
            // Other objects found on a class are not descriptors: called without `self`.
            None => self.call_object(func, args),
        }
    }

    /// Calls a builtin with `receiver` prepended to the positional arguments.
    fn call_with_receiver(
        &mut self,
        def: &'static crate::object::func::NativeDef,
        receiver: Value,
        args: &Args<'_>,
    ) -> PyResult<Value> {
        let mut buffer = [Value::Null; MAX_NATIVE_ARGS];
        let count = args.pos.len() + 1;
        if count > MAX_NATIVE_ARGS {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!("{}() got too many arguments", def.name),
            ));
        }
        buffer[0] = receiver;
        buffer[1..count].copy_from_slice(args.pos);
        let with_receiver = Args {
            pos: &buffer[..count],
            kw_names: args.kw_names,
            kw_values: args.kw_values,
        };
        (def.func)(self, &with_receiver)
    }

    /// `cls(*args)` from Rust code.
    pub(crate) fn instantiate(&mut self, class: Gc<ClassObj>, args: &Args<'_>) -> PyResult<Value> {
        if !matches!(class.builtin, Builtin::Object | Builtin::Exception)
            && class.flags.get() & class_flags::HEAP_TYPE == 0
        {
            return self.construct_native(class, args);
        }
        let instance = self.new_plain_instance(class, args)?;
        match self.user_init(class)? {
            Some(init) => {
                let result = self.call_method_value(init, instance, args)?;
                if !matches!(result, Value::None) {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "__init__() should return None, not '{}'",
                            self.type_name(result)
                        ),
                    ));
                }
            }
            None => {
                if class.builtin == Builtin::Object && (args.pos.len() + args.kw_values.len()) > 0 {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("{}() takes no arguments", class.name.get().as_str()),
                    ));
                }
            }
        }
        Ok(instance)
    }

    /// `CALL_FUNCTION_EX`: `callable(*args, **kwargs)`.
    pub(crate) fn call_ex(
        &mut self,
        callable: Value,
        receiver: Value,
        args: Value,
        kwargs: Value,
    ) -> PyResult<Value> {
        let Some(tuple) = args.as_obj().and_then(|o| o.downcast::<TupleObj>()) else {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!("argument after * must be an iterable"),
            ));
        };
        let mut names_buf = [Value::Null; MAX_NATIVE_ARGS];
        let mut values_buf = [Value::Null; MAX_NATIVE_ARGS];
        let mut count = 0;
        if let Some(dict) = kwargs.as_obj().and_then(|o| o.downcast::<DictObj>()) {
            for entry in dict.entries() {
                let key = entry.key.get();
                if key.is_null() {
                    continue;
                }
                if count == MAX_NATIVE_ARGS {
                    return Err(
                        self.raise_msg(Cls::TypeError, format_args!("too many keyword arguments"))
                    );
                }
                names_buf[count] = key;
                values_buf[count] = entry.value.get();
                count += 1;
            }
        }
        let kw_names = if count > 0 {
            Some(self.new_tuple(&names_buf[..count])?)
        } else {
            None
        };
        let call_args = Args {
            pos: tuple.items(),
            kw_names,
            kw_values: &values_buf[..count],
        };
        if receiver.is_null() {
            self.call_object(callable, &call_args)
        } else {
            self.call_method_value(callable, receiver, &call_args)
        }
    }

    /// Binds call arguments to a new frame's slots at `base`.
    fn bind_args(
        &mut self,
        func: Gc<FunctionObj>,
        receiver: Value,
        args: &Args<'_>,
        base: usize,
    ) -> PyResult<()> {
        let code = func.code;
        let stack = self.stack_ptr();
        // SAFETY: push_frame checked that base + slot_count fits in the value stack.
        let set = |slot: usize, value: Value| unsafe { stack.add(base + slot).write(value) };
        // SAFETY: as above.
        let get = |slot: usize| unsafe { stack.add(base + slot).read() };
        let arg_count = code.arg_count as usize;
        let kwonly = code.kwonly_count as usize;
        let has_varargs = code.flags & code_flags::VARARGS != 0;
        let has_varkw = code.flags & code_flags::VARKEYWORDS != 0;
        let varargs_slot = arg_count + kwonly;
        let varkw_slot = varargs_slot + usize::from(has_varargs);

        let given = args.pos.len() + usize::from(!receiver.is_null());
        let positional = |i: usize| -> Value {
            if receiver.is_null() {
                args.pos[i]
            } else if i == 0 {
                receiver
            } else {
                args.pos[i - 1]
            }
        };
        let bound = given.min(arg_count);
        for i in 0..bound {
            set(i, positional(i));
        }
        if given > arg_count {
            if has_varargs {
                let extra =
                    self.new_tuple_with(given - arg_count, |i| positional(arg_count + i))?;
                set(varargs_slot, extra.value());
            } else {
                return Err(self.too_many_positional(func, given));
            }
        } else if has_varargs {
            set(varargs_slot, self.new_tuple(&[])?.value());
        }
        let kwargs_dict = if has_varkw {
            let dict = self.new_dict()?;
            set(varkw_slot, dict.value());
            Some(dict)
        } else {
            None
        };
        if let Some(names) = args.kw_names {
            for (name, &value) in names.items().iter().zip(args.kw_values) {
                let Some(name_str) = name.as_obj().and_then(|o| o.downcast::<StrObj>()) else {
                    return Err(
                        self.raise_msg(Cls::TypeError, format_args!("keywords must be strings"))
                    );
                };
                let slot = (code.posonly_count as usize..arg_count + kwonly)
                    .find(|&slot| self.slot_name_is(code, slot, name_str));
                match slot {
                    Some(slot) => {
                        if !get(slot).is_null() {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "{}() got multiple values for argument '{}'",
                                    func.qualname.get().as_str(),
                                    name_str.as_str()
                                ),
                            ));
                        }
                        set(slot, value);
                    }
                    None => match kwargs_dict {
                        Some(dict) => self.dict_set(dict, *name, value)?,
                        None => {
                            return Err(self.raise_msg(
                                Cls::TypeError,
                                format_args!(
                                    "{}() got an unexpected keyword argument '{}'",
                                    func.qualname.get().as_str(),
                                    name_str.as_str()
                                ),
                            ));
                        }
                    },
                }
            }
        }
        // Defaults for missing positional parameters.
        let defaults = func
            .defaults
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<TupleObj>());
        let ndefaults = defaults.map_or(0, |d| d.len);
        let first_default = arg_count.saturating_sub(ndefaults);
        let mut missing = 0;
        for slot in 0..arg_count {
            if get(slot).is_null() {
                match defaults {
                    Some(d) if slot >= first_default => set(slot, d.items()[slot - first_default]),
                    _ => missing += 1,
                }
            }
        }
        if missing > 0 {
            return Err(self.missing_arguments(func, 0..arg_count, "positional", &get));
        }
        if kwonly > 0 {
            let kwdefaults = func
                .kwdefaults
                .get()
                .as_obj()
                .and_then(|o| o.downcast::<DictObj>());
            for slot in arg_count..arg_count + kwonly {
                if get(slot).is_null() {
                    let name = self.slot_name(code, slot);
                    if let (Some(d), Some(name)) = (kwdefaults, name)
                        && let Some(value) = self.dict_get_str(d, name)
                    {
                        set(slot, value);
                        continue;
                    }
                    missing += 1;
                }
            }
            if missing > 0 {
                return Err(self.missing_arguments(
                    func,
                    arg_count..arg_count + kwonly,
                    "keyword-only",
                    &get,
                ));
            }
        }
        Ok(())
    }

    fn slot_name(&self, code: Gc<CodeObj>, slot: usize) -> Option<Gc<StrObj>> {
        code.slot_names
            .items()
            .get(slot)
            .and_then(|v| v.as_obj())
            .and_then(|o| o.downcast::<StrObj>())
    }

    fn slot_name_is(&self, code: Gc<CodeObj>, slot: usize, name: Gc<StrObj>) -> bool {
        self.slot_name(code, slot)
            .is_some_and(|s| s == name || s.as_str() == name.as_str())
    }

    #[cold]
    fn too_many_positional(&mut self, func: Gc<FunctionObj>, given: usize) -> super::Raised {
        let code = func.code;
        let arg_count = code.arg_count as usize;
        let ndefaults = func
            .defaults
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<TupleObj>())
            .map_or(0, |d| d.len);
        let qualname = func.qualname.get();
        let was = if given == 1 { "was" } else { "were" };
        if ndefaults > 0 {
            self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "{}() takes from {} to {} positional arguments but {} {} given",
                    qualname.as_str(),
                    arg_count - ndefaults.min(arg_count),
                    arg_count,
                    given,
                    was
                ),
            )
        } else {
            let plural = if arg_count == 1 { "" } else { "s" };
            self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "{}() takes {} positional argument{} but {} {} given",
                    qualname.as_str(),
                    arg_count,
                    plural,
                    given,
                    was
                ),
            )
        }
    }

    #[cold]
    fn missing_arguments(
        &mut self,
        func: Gc<FunctionObj>,
        slots: core::ops::Range<usize>,
        what: &str,
        get: &dyn Fn(usize) -> Value,
    ) -> super::Raised {
        let code = func.code;
        let mut names: [Option<Gc<StrObj>>; 16] = [None; 16];
        let mut count = 0;
        for slot in slots {
            if get(slot).is_null() {
                if count < names.len() {
                    names[count] = self.slot_name(code, slot);
                }
                count += 1;
            }
        }
        let shown = count.min(names.len());
        let mut list = crate::text::StackBuf::<512>::new();
        for (i, name) in names[..shown].iter().enumerate() {
            let name = name.map_or("?", |n| super::extend(n.as_str()));
            let sep = if i == 0 {
                ""
            } else if i + 1 == shown {
                if shown == 2 { " and " } else { ", and " }
            } else {
                ", "
            };
            let _ = core::fmt::Write::write_fmt(&mut list, format_args!("{sep}'{name}'"));
        }
        let plural = if count == 1 { "" } else { "s" };
        self.raise_msg(
            Cls::TypeError,
            format_args!(
                "{}() missing {} required {} argument{}: {}",
                func.qualname.get().as_str(),
                count,
                what,
                plural,
                list.as_str()
            ),
        )
    }

    #[cold]
    pub(crate) fn not_callable(&mut self, value: Value) -> super::Raised {
        self.raise_msg(
            Cls::TypeError,
            format_args!("'{}' object is not callable", self.type_name(value)),
        )
    }
}

/// The value-stack cells `start..end`.
fn stack_slice(stack: *mut Value, start: usize, end: usize) -> &'static [Value] {
    // SAFETY: callers pass a range of initialized cells of the value stack (a call's
    // arguments), which nothing overwrites while the slice is in use: frames pushed during the
    // call start above it.
    unsafe { core::slice::from_raw_parts(stack.add(start), end - start) }
}
