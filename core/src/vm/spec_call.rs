//! Call specialization: which specialized form of `CALL` fits a call site, and the fast paths
//! of those forms.
//!
//! `CALL argc` sees `[callable, self_or_null, arg0 .. argc-1]`. Its four cache units:
//!
//! ```text
//!   unit 0  counter (low 16 bits); bit 16: the site has called more than one function
//!   unit 1  a version: the function's (CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS,
//!           CALL_BOUND_METHOD_EXACT_ARGS) or the class's (CALL_ALLOC_AND_ENTER_INIT,
//!           CALL_BUILTIN_CLASS)
//!   unit 2  a pointer, low 32 bits:  the builtin's `&'static NativeDef` (CALL_BUILTIN_LEN,
//!   unit 3  a pointer, high 32 bits: _ISINSTANCE, _ABS, _MIN, _MAX, CALL_LIST_APPEND) or the
//!           class's `__init__` function (CALL_ALLOC_AND_ENTER_INIT)
//! ```
//!
//! # Guards
//! - Functions and classes are recognized by version, never by address. A version tag
//!   (`Vm::fresh_version`) is unique (until the 32-bit counter wraps) and is renewed with everything a fast path relies on: a
//!   function's defaults (its code, globals and closure never change), a class's namespace and
//!   those of its bases. An address alone proves nothing: a freed function's memory may hold a
//!   new function by the next call.
//! - Builtins are recognized by the address of their `NativeDef`, a Rust static that lives as
//!   long as the program. The heap object wrapping it may be freed and its memory reused, but
//!   any object showing that definition *is* that builtin, so the comparison cannot be fooled.
//! - `CALL_ALLOC_AND_ENTER_INIT` dereferences its cached `__init__` pointer only after the
//!   class version matched: an unchanged class still holds that function in its namespace (or
//!   in a base's), so the function is alive and is the one the class would call.
//!
//! A site whose function guard fails because another function came (`func_version`) is
//! marked polymorphic (bit 16 of unit 0, which rewriting keeps); when it is specialized again,
//! it gets `CALL_PY_ANY_EXACT_ARGS`, whose guard checks the called function's code instead of
//! a version: any function taking exactly the arguments given.
//!
//! A guard that fails is a *miss*: the instruction runs the generic call (`call_generic`),
//! which behaves exactly as an unspecialized `CALL` does, errors included.

use super::frame::Frame;
use super::specialize::Reason;
use super::{Args, Cls, PyResult, Raised, Vm};
use crate::bytecode::Opcode;
use crate::compile::code_flags;
use crate::object::class::{Builtin, class_flags};
use crate::object::func::NativeDef;
use crate::object::{
    ClassObj, DictObj, FunctionObj, Gc, Kind, ListObj, MethodObj, NativeObj, ObjRef, StrObj,
    TupleObj,
};
use crate::value::Value;

/// Bit of cache unit 0 set when a site has called more than one Python function.
pub(crate) const POLYMORPHIC: u32 = 1 << 16;

/// What a successful specialization attempt writes: the form and its cache units 1 to 3.
pub(crate) struct CallSpec {
    /// The specialized form.
    pub form: Opcode,
    /// Cache unit 1: a function or class version (0 when the form has none).
    pub version: u32,
    /// Cache units 2 and 3: a pointer (0 when the form has none).
    pub pointer: usize,
}

/// Why a specialized call did not finish on its fast path.
pub(crate) enum NotFast {
    /// A guard failed: the generic call runs instead.
    Miss(Reason),
    /// The fast path raised (setting up a frame's cells, allocating, or the builtin itself).
    Raised(Raised),
}

impl From<Raised> for NotFast {
    fn from(raised: Raised) -> NotFast {
        NotFast::Raised(raised)
    }
}

/// A pointer split into cache units 2 and 3 (low half, high half).
pub(crate) fn split_pointer(pointer: usize) -> (u32, u32) {
    let bits = pointer as u64;
    (bits as u32, (bits >> 32) as u32)
}

/// The pointer cache units 2 and 3 hold.
#[inline(always)]
fn join_pointer(low: u32, high: u32) -> usize {
    (u64::from(low) | (u64::from(high) << 32)) as usize
}

/// The address of a builtin's definition, as cache units 2 and 3 hold it.
fn def_address(def: &'static NativeDef) -> usize {
    core::ptr::from_ref(def) as usize
}

/// The value-stack cells of one call: `[callable, self_or_null, args...]` from `callable_at`.
#[derive(Clone, Copy)]
struct CallSite {
    /// The value stack's first cell.
    stack: *mut Value,
    /// Value-stack index of the callable.
    callable_at: usize,
    /// The instruction's argument count (the self slot not included).
    argc: usize,
}

impl CallSite {
    /// Cell `index` of the site (0 the callable, 1 the self slot, then the arguments).
    #[inline(always)]
    fn read(self, index: usize) -> Value {
        // SAFETY: the CALL instruction's stack effect guarantees its callable_at..callable_at
        // + 2 + argc cells are in use; callers stay inside them.
        unsafe { self.stack.add(self.callable_at + index).read() }
    }

    /// Overwrites cell `index` of the site.
    #[inline(always)]
    fn write(self, index: usize, value: Value) {
        // SAFETY: as for `read`.
        unsafe { self.stack.add(self.callable_at + index).write(value) };
    }

    /// The callable.
    #[inline(always)]
    fn callable(self) -> Value {
        self.read(0)
    }

    /// Whether the self slot holds a receiver (else it is `Null`).
    #[inline(always)]
    fn has_self(self) -> bool {
        !self.read(1).is_null()
    }

    /// Argument `index` (after the self slot).
    #[inline(always)]
    fn arg(self, index: usize) -> Value {
        self.read(2 + index)
    }

    /// The positional arguments, the self slot first when it is filled.
    #[inline(always)]
    fn positional(self) -> &'static [Value] {
        let start = self.callable_at + 2 - usize::from(self.has_self());
        // SAFETY: as for `read`; the slice is used before anything overwrites those cells
        // (frames pushed by the callee start above them).
        unsafe {
            core::slice::from_raw_parts(
                self.stack.add(start),
                self.callable_at + 2 + self.argc - start,
            )
        }
    }
}

/// The function a value is, when it is one with this version.
#[inline(always)]
fn function_with_version(value: Value, version: u32) -> Result<Gc<FunctionObj>, Reason> {
    let Value::Obj(obj) = value else {
        return Err(Reason::NotFunction);
    };
    if obj.kind() != Kind::Function {
        return Err(Reason::NotFunction);
    }
    // SAFETY: the kind byte says it is a function.
    let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
    if func.version.get() != version {
        return Err(Reason::FuncVersion);
    }
    Ok(func)
}

/// The builtin a value is, when it is the one defined at `def` (and not bound to a receiver).
#[inline(always)]
fn native_with_def(value: Value, def: usize) -> Result<Gc<NativeObj>, Reason> {
    match value {
        Value::Obj(obj) if obj.kind() == Kind::Native => {
            // SAFETY: the kind byte says it is a builtin.
            let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
            if core::ptr::from_ref(native.def) as usize == def && native.receiver.is_null() {
                Ok(native)
            } else {
                Err(Reason::NativeDef)
            }
        }
        _ => Err(Reason::NativeDef),
    }
}

/// Code flags that rule out entering a frame with the arguments in place.
const SIMPLE_CODE_MASK: u32 = code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR;

/// The form that calls `func` with `nargs` positional arguments (the self slot included).
fn python_form(func: Gc<FunctionObj>, nargs: usize) -> Result<Opcode, Reason> {
    let code = func.code;
    if code.flags & code_flags::GENERATOR != 0 {
        return Err(Reason::Generator);
    }
    if code.flags & SIMPLE_CODE_MASK != 0 || code.kwonly_count != 0 {
        return Err(Reason::ComplexParams);
    }
    let params = code.arg_count as usize;
    if nargs == params {
        Ok(Opcode::CALL_PY_EXACT_ARGS)
    } else if nargs < params && nargs + defaults_of(func).map_or(0, |d| d.len) >= params {
        Ok(Opcode::CALL_PY_WITH_DEFAULTS)
    } else {
        Err(Reason::ArgCount)
    }
}

/// A function's positional defaults.
#[inline(always)]
fn defaults_of(func: Gc<FunctionObj>) -> Option<Gc<TupleObj>> {
    func.defaults
        .get()
        .as_obj()
        .and_then(|o| o.downcast::<TupleObj>())
}

/// Which defaults attribute of a function a name is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DefaultsKind {
    /// `__defaults__` (a tuple or None).
    Positional,
    /// `__kwdefaults__` (a dict or None).
    Keyword,
}

/// `Some` when assigning attribute `name` of a function changes its defaults.
pub(crate) fn defaults_kind(name: Gc<StrObj>) -> Option<DefaultsKind> {
    match name.as_str() {
        "__defaults__" => Some(DefaultsKind::Positional),
        "__kwdefaults__" => Some(DefaultsKind::Keyword),
        _ => None,
    }
}

impl Vm<'_> {
    /// `func.__defaults__ = new` or `func.__kwdefaults__ = new`: the function gets a new
    /// version, so call sites specialized for its old defaults miss.
    pub(crate) fn set_function_defaults(
        &mut self,
        func: Gc<FunctionObj>,
        kind: DefaultsKind,
        new: Value,
    ) -> PyResult<()> {
        let (cell, accepted, what) = match kind {
            DefaultsKind::Positional => (
                &func.defaults,
                new.as_obj().is_some_and(|o| o.kind() == Kind::Tuple),
                "__defaults__ must be set to a tuple object",
            ),
            DefaultsKind::Keyword => (
                &func.kwdefaults,
                new.as_obj().is_some_and(|o| o.kind() == Kind::Dict),
                "__kwdefaults__ must be set to a dict object",
            ),
        };
        if matches!(new, Value::None) {
            cell.set(Value::Null);
        } else if accepted {
            cell.set(new);
        } else {
            return Err(self.raise_msg(Cls::TypeError, format_args!("{what}")));
        }
        func.version.set(self.fresh_version());
        Ok(())
    }

    /// The specialized form of `CALL argc` for this callable and self slot, with its caches;
    /// `polymorphic` when the site has called more than one function.
    pub(crate) fn specialize_call(
        &mut self,
        callable: Value,
        self_or_null: Value,
        argc: usize,
        polymorphic: bool,
    ) -> Result<CallSpec, Reason> {
        let has_self = !self_or_null.is_null();
        let Some(obj) = callable.as_obj() else {
            return Err(Reason::OtherCallable);
        };
        match obj.kind() {
            Kind::Function => {
                // SAFETY: the kind byte says it is a function.
                let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                let form = match python_form(func, argc + usize::from(has_self))? {
                    Opcode::CALL_PY_EXACT_ARGS if polymorphic => Opcode::CALL_PY_ANY_EXACT_ARGS,
                    form => form,
                };
                Ok(CallSpec {
                    form,
                    version: func.version.get(),
                    pointer: 0,
                })
            }
            Kind::Method if !has_self => {
                // SAFETY: the kind byte says it is a bound method.
                let method = unsafe { Gc::<MethodObj>::from_obj_unchecked(obj) };
                let Some(func) = method
                    .func
                    .as_obj()
                    .and_then(|o| o.downcast::<FunctionObj>())
                else {
                    return Err(Reason::MethodNotPython);
                };
                match python_form(func, argc + 1)? {
                    Opcode::CALL_PY_EXACT_ARGS => Ok(CallSpec {
                        form: Opcode::CALL_BOUND_METHOD_EXACT_ARGS,
                        version: func.version.get(),
                        pointer: 0,
                    }),
                    _ => Err(Reason::ArgCount),
                }
            }
            Kind::Native => {
                // SAFETY: the kind byte says it is a builtin.
                let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
                native_form(native, self_or_null, argc)
            }
            Kind::Class if !has_self => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                self.class_form(class, argc)
            }
            _ => Err(Reason::OtherCallable),
        }
    }

    /// The form for calling a class: `CALL_BUILTIN_CLASS` for a built-in class,
    /// `CALL_ALLOC_AND_ENTER_INIT` for a Python class whose instances are plain objects and
    /// whose `__init__` is a Python function taking exactly the arguments given.
    fn class_form(&mut self, class: Gc<ClassObj>, argc: usize) -> Result<CallSpec, Reason> {
        if is_constructed_natively(class) {
            return Ok(CallSpec {
                form: Opcode::CALL_BUILTIN_CLASS,
                version: class.version.get(),
                pointer: 0,
            });
        }
        if class.flags.get() & class_flags::HEAP_TYPE == 0 || class.builtin != Builtin::Object {
            return Err(Reason::ClassLayout);
        }
        // Looking a name up in class namespaces never raises.
        let Ok(Some(init)) = self.user_init(class) else {
            return Err(Reason::InitNotPython);
        };
        let Some(func) = init.as_obj().and_then(|o| o.downcast::<FunctionObj>()) else {
            return Err(Reason::InitNotPython);
        };
        match python_form(func, argc + 1)? {
            Opcode::CALL_PY_EXACT_ARGS => Ok(CallSpec {
                form: Opcode::CALL_ALLOC_AND_ENTER_INIT,
                version: class.version.get(),
                pointer: func.obj().addr(),
            }),
            _ => Err(Reason::ArgCount),
        }
    }

    /// `CALL`'s generic behaviour (every form's behaviour after a miss): calls what the stack
    /// holds at `callable_at`. `None` when a Python frame was pushed, with the `caller`'s
    /// record set to resume with the result where the callable was.
    #[inline(never)]
    pub(crate) fn call_generic(
        &mut self,
        caller: *mut Frame,
        callable_at: usize,
        argc: usize,
    ) -> PyResult<Option<Value>> {
        match self.call_from_stack(callable_at, argc, None)? {
            super::interp::CallOutcome::Value(value) => Ok(Some(value)),
            super::interp::CallOutcome::Frame => {
                // SAFETY: `caller` is the calling frame's active record (below the new one).
                unsafe { (*caller).sp = callable_at };
                Ok(None)
            }
        }
    }

    /// The fast path of the specialized `CALL` form `opcode` (`cache` holds its units 1 to
    /// 3): `Ok(Some(result))` when the call is done, `Ok(None)` when it pushed a Python frame
    /// (the caller then sets its record's `sp` to `callable_at` and runs the new frame).
    #[inline(always)]
    pub(crate) fn call_specialized(
        &mut self,
        opcode: Opcode,
        stack: *mut Value,
        callable_at: usize,
        argc: usize,
        cache: [u32; 3],
    ) -> Result<Option<Value>, NotFast> {
        let site = CallSite {
            stack,
            callable_at,
            argc,
        };
        let pointer = join_pointer(cache[1], cache[2]);
        match opcode {
            Opcode::CALL_PY_EXACT_ARGS | Opcode::CALL_PY_WITH_DEFAULTS => {
                let func =
                    function_with_version(site.callable(), cache[0]).map_err(NotFast::Miss)?;
                let has_self = usize::from(site.has_self());
                let (base, nargs) = (callable_at + 2 - has_self, argc + has_self);
                if opcode == Opcode::CALL_PY_EXACT_ARGS {
                    self.enter_function::<false>(func, base, nargs)?;
                } else {
                    self.enter_function::<true>(func, base, nargs)?;
                }
                Ok(None)
            }
            Opcode::CALL_PY_ANY_EXACT_ARGS => {
                let func = match site.callable() {
                    Value::Obj(obj) if obj.kind() == Kind::Function => {
                        // SAFETY: the kind byte says it is a function.
                        unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) }
                    }
                    _ => return Err(NotFast::Miss(Reason::NotFunction)),
                };
                let code = func.code;
                if code.flags & SIMPLE_CODE_MASK != 0 || code.kwonly_count != 0 {
                    return Err(NotFast::Miss(if code.flags & code_flags::GENERATOR != 0 {
                        Reason::Generator
                    } else {
                        Reason::ComplexParams
                    }));
                }
                let has_self = usize::from(site.has_self());
                self.enter_function::<false>(func, callable_at + 2 - has_self, argc + has_self)?;
                Ok(None)
            }
            Opcode::CALL_BOUND_METHOD_EXACT_ARGS => {
                let callable = site.callable();
                let method = match callable {
                    Value::Obj(obj) if obj.kind() == Kind::Method && !site.has_self() => {
                        // SAFETY: the kind byte says it is a bound method.
                        unsafe { Gc::<MethodObj>::from_obj_unchecked(obj) }
                    }
                    _ => return Err(NotFast::Miss(Reason::NotMethod)),
                };
                let func = function_with_version(method.func, cache[0]).map_err(NotFast::Miss)?;
                // `[method, NULL, args]` becomes `[function, self, args]`, which is also what
                // the generic call would see after a miss below.
                site.write(0, method.func);
                site.write(1, method.receiver);
                self.enter_function::<false>(func, callable_at + 1, argc + 1)?;
                Ok(None)
            }
            Opcode::CALL_ALLOC_AND_ENTER_INIT => {
                let callable = site.callable();
                let class = match callable {
                    Value::Obj(obj) if obj.kind() == Kind::Class && !site.has_self() => {
                        // SAFETY: the kind byte says it is a class.
                        unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) }
                    }
                    _ => return Err(NotFast::Miss(Reason::ClassVersion)),
                };
                if class.version.get() != cache[0] {
                    return Err(NotFast::Miss(Reason::ClassVersion));
                }
                let Some(header) = core::ptr::NonNull::new(pointer as *mut crate::heap::Header)
                else {
                    return Err(NotFast::Miss(Reason::ClassVersion));
                };
                // SAFETY: the class is the one (unchanged) that held this `__init__` function
                // when the site was specialized (module documentation), so it is a live
                // function.
                let init =
                    unsafe { Gc::<FunctionObj>::from_obj_unchecked(ObjRef::from_header(header)) };
                let instance = self.new_instance(class)?.value();
                // The instance waits in the callable cell (the init frame's caller receives
                // it from there) and is `self` for `__init__`.
                site.write(0, instance);
                site.write(1, instance);
                if let Err(not_fast) = self.enter_function::<false>(init, callable_at + 1, argc + 1)
                {
                    site.write(0, callable);
                    site.write(1, Value::Null);
                    return Err(not_fast);
                }
                // SAFETY: enter_function made this the top record.
                unsafe { (*self.top_frame()).init = true };
                Ok(None)
            }
            Opcode::CALL_BUILTIN_CLASS => {
                let class = match site.callable() {
                    Value::Obj(obj) if obj.kind() == Kind::Class && !site.has_self() => {
                        // SAFETY: the kind byte says it is a class.
                        unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) }
                    }
                    _ => return Err(NotFast::Miss(Reason::ClassVersion)),
                };
                if class.version.get() != cache[0] {
                    return Err(NotFast::Miss(Reason::ClassVersion));
                }
                if argc == 1
                    && let Some(value) = convert_number(class.builtin, site.arg(0))
                {
                    return Ok(Some(value));
                }
                Ok(Some(self.construct_native(
                    class,
                    &Args::positional(site.positional()),
                )?))
            }
            Opcode::CALL_BUILTIN_LEN => {
                let native = self.builtin_at(site, pointer)?;
                let length = builtin_len(site.arg(0));
                match length {
                    Some(length) => Ok(Some(Value::Int(length as i64))),
                    None => self.call_def(native.def, site),
                }
            }
            Opcode::CALL_BUILTIN_ISINSTANCE => {
                let native = self.builtin_at(site, pointer)?;
                match site.arg(1).as_obj().and_then(|o| o.downcast::<ClassObj>()) {
                    Some(class) => Ok(Some(Value::Bool(
                        self.class_of(site.arg(0)).is_subclass_of(class),
                    ))),
                    None => self.call_def(native.def, site),
                }
            }
            Opcode::CALL_BUILTIN_ABS => {
                let native = self.builtin_at(site, pointer)?;
                match site.arg(0) {
                    Value::Int(i) if i != i64::MIN => Ok(Some(Value::Int(i.abs()))),
                    Value::Float(f) => Ok(Some(Value::Float(f.abs()))),
                    _ => self.call_def(native.def, site),
                }
            }
            Opcode::CALL_BUILTIN_MIN | Opcode::CALL_BUILTIN_MAX => {
                let native = self.builtin_at(site, pointer)?;
                let want_max = opcode == Opcode::CALL_BUILTIN_MAX;
                match min_max(site.arg(0), site.arg(1), want_max) {
                    Some(value) => Ok(Some(value)),
                    None => self.call_def(native.def, site),
                }
            }
            Opcode::CALL_LIST_APPEND => {
                match site.callable() {
                    Value::Obj(obj)
                        if obj.kind() == Kind::Native
                            // SAFETY: the kind byte says it is a builtin.
                            && core::ptr::from_ref(unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) }.def) as usize == pointer =>
                        {}
                    _ => return Err(NotFast::Miss(Reason::NativeDef)),
                }
                let Some(list) = site.read(1).as_obj().and_then(|o| o.downcast::<ListObj>()) else {
                    return Err(NotFast::Miss(Reason::SelfType));
                };
                self.list_append(list, site.arg(0))?;
                Ok(Some(Value::None))
            }
            Opcode::CALL_NATIVE => {
                // Any builtin, unless it is bound to a receiver and the self slot is empty
                // (the generic call then passes the receiver).
                let native = match site.callable() {
                    Value::Obj(obj) if obj.kind() == Kind::Native => {
                        // SAFETY: the kind byte says it is a builtin.
                        unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) }
                    }
                    _ => return Err(NotFast::Miss(Reason::NativeDef)),
                };
                if !native.receiver.is_null() && !site.has_self() {
                    return Err(NotFast::Miss(Reason::BoundNative));
                }
                self.call_def(native.def, site)
            }
            // Not a form of CALL (the interpreter never asks).
            _ => Err(NotFast::Miss(Reason::OtherCallable)),
        }
    }

    /// The builtin function in the callable cell, when it is the one at `def` and the self
    /// slot is empty.
    #[inline(always)]
    fn builtin_at(&self, site: CallSite, def: usize) -> Result<Gc<NativeObj>, NotFast> {
        if site.has_self() {
            return Err(NotFast::Miss(Reason::NativeDef));
        }
        native_with_def(site.callable(), def).map_err(NotFast::Miss)
    }

    /// Calls a builtin's implementation with the site's positional arguments.
    #[inline(always)]
    fn call_def(
        &mut self,
        def: &'static NativeDef,
        site: CallSite,
    ) -> Result<Option<Value>, NotFast> {
        Ok(Some((def.func)(
            self,
            &Args::positional(site.positional()),
        )?))
    }

    /// Pushes a frame for `func` whose first `nargs` slots, from value-stack index `base`,
    /// already hold the arguments; with `DEFAULTS`, the missing trailing parameters come from
    /// the function's defaults. Misses when the arguments do not fit the parameters or the
    /// frame would exceed the recursion limit or the value stack (the generic call raises).
    #[inline(always)]
    fn enter_function<const DEFAULTS: bool>(
        &mut self,
        func: Gc<FunctionObj>,
        base: usize,
        nargs: usize,
    ) -> Result<(), NotFast> {
        let code = func.code;
        let params = code.arg_count as usize;
        let slot_count = code.slot_count as usize;
        let needed = base + slot_count + code.stack_size as usize;
        let defaults = if DEFAULTS {
            match defaults_of(func) {
                Some(defaults) if nargs <= params && params - nargs <= defaults.len => {
                    Some(defaults)
                }
                _ => return Err(NotFast::Miss(Reason::ArgCount)),
            }
        } else {
            if nargs != params {
                return Err(NotFast::Miss(Reason::ArgCount));
            }
            None
        };
        if self.frame_count >= self.config.recursion_limit as usize
            || needed > self.stack_capacity()
        {
            return Err(NotFast::Miss(Reason::StackLimit));
        }
        let stack = self.stack_ptr();
        let mut filled = nargs;
        if let Some(defaults) = defaults {
            let missing = &defaults.items()[defaults.len - (params - nargs)..];
            for (index, &value) in missing.iter().enumerate() {
                // SAFETY: base + nargs + index < base + params <= needed, inside the value
                // stack (checked above).
                unsafe { stack.add(base + nargs + index).write(value) };
            }
            filled = params;
        }
        for index in base + filled..base + slot_count {
            // SAFETY: index < needed <= the value stack's capacity.
            unsafe { stack.add(index).write(Value::Null) };
        }
        let frame = self.frame_ptr(self.frame_count);
        // SAFETY: frame_count < recursion_limit < frame_capacity, so the record lies inside
        // the frame array.
        unsafe {
            frame.write(Frame {
                code,
                globals: func.globals,
                func: func.value(),
                locals: Value::Null,
                base,
                sp: base + slot_count,
                pc: 0,
                lasti: 0,
                entry: false,
                init: false,
                generator: Value::Null,
            });
        }
        self.frame_count += 1;
        self.cover_stack(base + slot_count, needed);
        if code.has_cells
            && let Err(raised) = self.init_cells(code, base, func.closure)
        {
            self.pop_frame();
            return Err(NotFast::Raised(raised));
        }
        Ok(())
    }
}

/// Whether calling `class` constructs a built-in object (`construct_native`), as the generic
/// call decides.
fn is_constructed_natively(class: Gc<ClassObj>) -> bool {
    !matches!(class.builtin, Builtin::Object | Builtin::Exception)
        && class.flags.get() & class_flags::HEAP_TYPE == 0
}

/// `int(x)` and `float(x)` of an int or a float, when no error is possible.
#[inline(always)]
fn convert_number(builtin: Builtin, value: Value) -> Option<Value> {
    // The floats whose truncation fits 64 bits: [-2**63, 2**63).
    const INT_RANGE: core::ops::Range<f64> =
        -9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0;
    match (builtin, value) {
        (Builtin::Int, Value::Int(_)) | (Builtin::Float, Value::Float(_)) => Some(value),
        (Builtin::Int, Value::Float(f)) if INT_RANGE.contains(&f) => Some(Value::Int(f as i64)),
        (Builtin::Float, Value::Int(i)) => Some(Value::Float(i as f64)),
        _ => None,
    }
}

/// `len(value)` of a list, str, tuple or dict.
#[inline(always)]
fn builtin_len(value: Value) -> Option<usize> {
    let obj = value.as_obj()?;
    match obj.kind() {
        Kind::List => obj.downcast::<ListObj>().map(|list| list.len.get()),
        Kind::Str => obj.downcast::<StrObj>().map(|s| s.char_count),
        Kind::Tuple => obj.downcast::<TupleObj>().map(|tuple| tuple.len),
        Kind::Dict => obj.downcast::<DictObj>().map(|dict| dict.len.get()),
        _ => None,
    }
}

/// `min(a, b)` or `max(a, b)` of two ints or two floats. As the builtin does, the second
/// wins only when strictly better, so a tie (or a NaN) keeps the first.
#[inline(always)]
fn min_max(a: Value, b: Value, want_max: bool) -> Option<Value> {
    let second_better = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            if want_max {
                y > x
            } else {
                y < x
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            if want_max {
                y > x
            } else {
                y < x
            }
        }
        _ => return None,
    };
    Some(if second_better { b } else { a })
}

/// The form for a builtin: `len`, `isinstance`, `abs`, `min` and `max` (recognized by the
/// address of their definition), `list.append`, else the generic builtin call.
fn native_form(
    native: Gc<NativeObj>,
    self_or_null: Value,
    argc: usize,
) -> Result<CallSpec, Reason> {
    let has_self = !self_or_null.is_null();
    if !native.receiver.is_null() && !has_self {
        return Err(Reason::BoundNative);
    }
    let is =
        |def: Option<&'static NativeDef>| def.is_some_and(|def| core::ptr::eq(def, native.def));
    let function = |name| crate::builtins::function_def(name);
    let form = if has_self {
        if argc == 1
            && self_or_null
                .as_obj()
                .is_some_and(|o| o.kind() == Kind::List)
            && is(crate::builtins::method_def(Cls::List, "append"))
        {
            Opcode::CALL_LIST_APPEND
        } else {
            Opcode::CALL_NATIVE
        }
    } else if argc == 1 && is(function("len")) {
        Opcode::CALL_BUILTIN_LEN
    } else if argc == 2 && is(function("isinstance")) {
        Opcode::CALL_BUILTIN_ISINSTANCE
    } else if argc == 1 && is(function("abs")) {
        Opcode::CALL_BUILTIN_ABS
    } else if argc == 2 && is(function("min")) {
        Opcode::CALL_BUILTIN_MIN
    } else if argc == 2 && is(function("max")) {
        Opcode::CALL_BUILTIN_MAX
    } else {
        Opcode::CALL_NATIVE
    };
    let pointer = if form == Opcode::CALL_NATIVE {
        0
    } else {
        def_address(native.def)
    };
    Ok(CallSpec {
        form,
        version: 0,
        pointer,
    })
}

#[cfg(test)]
mod tests {
    use super::super::Config;
    use std::string::String;

    /// Runs `source` with specialization and statistics on; returns its output and the
    /// `--stats` lines.
    #[track_caller]
    fn run_with_stats(source: &str) -> (String, String) {
        let config = Config {
            stats: true,
            ..Config::default()
        };
        crate::vm::tests::with_vm(16 << 20, config, |vm, out| {
            vm.run_main(source, "test.py").expect("runs");
            let mut stats = String::new();
            vm.write_stats(&mut stats).unwrap();
            (out(), stats)
        })
    }

    /// The count of the `--stats` line `name` (0 when absent).
    fn stat(stats: &str, name: &str) -> u64 {
        stats
            .lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or(0)
    }

    #[test]
    fn a_rebound_function_misses_then_the_site_goes_polymorphic() {
        let (out, stats) = run_with_stats(
            "def f(a):\n    return a + 1\ndef g(a):\n    return a * 2\nt = 0\n\
             for i in range(300):\n    t += (f if i % 2 else g)(i)\nprint(t)\n",
        );
        assert_eq!(out, "67350\n");
        // The first specialization guards on one function's version; the other one misses
        // until the site is specialized again, for any function taking one argument.
        assert!(stat(&stats, "call_deopt_func_version") > 0, "{stats}");
        assert!(stat(&stats, "call_deopt_func_version") <= 60, "{stats}");
        assert!(stat(&stats, "call_hits") > 200, "{stats}");
    }

    #[test]
    fn assigning_defaults_renews_the_function_version() {
        let (out, stats) = run_with_stats(
            "def f(a, b=1):\n    return a + b\nt = 0\nfor i in range(200):\n    \
             if i == 50:\n        f.__defaults__ = (100,)\n    t += f(0)\nprint(t)\n",
        );
        assert_eq!(out, "15050\n");
        // Every call after the assignment misses until the 53rd, which specializes the site
        // again for the function's new version.
        assert_eq!(stat(&stats, "call_deopt_func_version"), 53, "{stats}");
        assert_eq!(stat(&stats, "call_successes"), 2, "{stats}");
        assert!(stat(&stats, "call_hits") > 140, "{stats}");
    }

    #[test]
    fn builtins_and_classes_specialize() {
        let (out, stats) = run_with_stats(
            "class P:\n    def __init__(self, x):\n        self.x = x\nxs = []\n\
             for i in range(100):\n    xs.append(P(abs(-i)).x + len(xs) + max(i, 3))\n\
             print(sum(xs), isinstance(xs, list), int(2.5))\n",
        );
        assert_eq!(out, "14856 True 2\n");
        assert_eq!(
            stat(&stats, "call_attempts"),
            stat(&stats, "call_successes")
        );
        // append, P(...), abs, len and max hit on all but their first two executions.
        assert!(stat(&stats, "call_hits") >= 5 * 98, "{stats}");
        assert_eq!(stat(&stats, "call_deopt_native_def"), 0, "{stats}");
    }
}
