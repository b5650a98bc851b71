//! Attribute lookup and assignment.
//!
//! Instances keep attributes in shape order (see `object::class`); classes and modules keep
//! them in dicts. Method lookup (`LOAD_METHOD`) finds a function on the class without making a
//! bound method. Properties, staticmethods and classmethods found on a class are handled by
//! `descr.rs`; the fast paths only test one class flag for them.

use super::descr::{Accessor, Descriptor, as_property, descriptor, property_parts};
use super::{Cls, Name, PyResult, Raised, Vm};
use crate::object::class::Builtin;
use crate::object::{
    ClassObj, FunctionObj, Gc, InstanceObj, Kind, MethodObj, ModuleObj, NativeObj, ShapeObj,
    StrObj, class::class_flags,
};
use crate::value::Value;

impl Vm<'_> {
    /// The name of a value's class.
    pub fn type_name(&self, value: Value) -> &'static str {
        super::format::extend_str(self.class_of(value).name.get().as_str())
    }

    /// Looks `name` up on `class` and its bases. Never runs Python code.
    pub fn lookup_in_class(
        &mut self,
        class: Gc<ClassObj>,
        name: Gc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let mut current = Some(class);
        while let Some(c) = current {
            if let Some(value) = self.dict_get_str(c.dict, name) {
                return Ok(Some(value));
            }
            current = c.base;
        }
        Ok(None)
    }

    /// A special method defined by the class of a user object (`None` for built-in types,
    /// whose behaviour the VM implements directly).
    pub(crate) fn lookup_special(&mut self, value: Value, name: Name) -> PyResult<Option<Value>> {
        let class = self.class_of(value);
        if class.flags.get() & class_flags::HEAP_TYPE == 0 && class.builtin != Builtin::Exception {
            return Ok(None);
        }
        let found = self.lookup_in_class(class, self.name(name))?;
        // Methods inherited from the built-in base classes are implemented natively.
        Ok(found.filter(|v| v.as_obj().is_some_and(|o| o.kind() != Kind::Native)))
    }

    /// `value.name`.
    pub fn get_attr(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<Value> {
        if let Some(found) = self.try_get_attr(value, name)? {
            return Ok(found);
        }
        Err(self.attribute_error(value, name))
    }

    /// `value.name`, or `None` when there is no such attribute.
    pub fn try_get_attr(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<Option<Value>> {
        if let Some(obj) = value.as_obj() {
            match obj.kind() {
                Kind::Instance => {
                    // SAFETY: the kind byte says it is an instance.
                    let instance = unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) };
                    let class = instance.class.get();
                    // A property on the class beats the instance's own attribute; only classes
                    // flagged as having one pay for looking at the class first.
                    let mut from_class = None;
                    if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0 {
                        let found = self.lookup_in_class(class, name)?;
                        if let Some(prop) = found.and_then(as_property) {
                            return self
                                .descriptor_get(Descriptor::Property(prop), value)
                                .map(Some);
                        }
                        from_class = Some(found);
                    }
                    if let Some(found) = instance_attr(instance, name) {
                        return Ok(Some(found));
                    }
                    let found = match from_class {
                        Some(found) => found,
                        None => self.lookup_in_class(class, name)?,
                    };
                    if let Some(found) = found {
                        return self.bind(found, value).map(Some);
                    }
                    if let Some(state) = self.builtin_instance_attr(instance, name)? {
                        return Ok(Some(state));
                    }
                    if let Some(special) = self.common_attr(value, name)? {
                        return Ok(Some(special));
                    }
                    if let Some(getattr) =
                        self.lookup_in_class(class, self.name(Name::__getattr__))?
                    {
                        return match self.call_method_value(
                            getattr,
                            value,
                            &super::Args::positional(&[name.value()]),
                        ) {
                            Ok(v) => Ok(Some(v)),
                            Err(raised) => {
                                if self.exc_is(Cls::AttributeError) {
                                    self.exc = Value::Null;
                                    Ok(None)
                                } else {
                                    Err(raised)
                                }
                            }
                        };
                    }
                    return Ok(None);
                }
                Kind::Class => {
                    // SAFETY: the kind byte says it is a class.
                    let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                    if let Some(found) = self.lookup_in_class(class, name)? {
                        return self.class_attr_get(found, class).map(Some);
                    }
                    return self.class_attr(class, name);
                }
                Kind::Module => {
                    // SAFETY: the kind byte says it is a module.
                    let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
                    if let Some(found) = self.dict_get_str(module.dict, name) {
                        return Ok(Some(found));
                    }
                    return self.common_attr(value, name);
                }
                Kind::Function => {
                    // SAFETY: the kind byte says it is a function.
                    let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                    if let Some(dict) = func
                        .dict
                        .get()
                        .as_obj()
                        .and_then(|o| o.downcast::<crate::object::DictObj>())
                        && let Some(found) = self.dict_get_str(dict, name)
                    {
                        return Ok(Some(found));
                    }
                    let found = match name.as_str() {
                        "__name__" => Some(func.name.get().value()),
                        "__qualname__" => Some(func.qualname.get().value()),
                        "__module__" => Some(if func.module.is_null() {
                            Value::None
                        } else {
                            func.module
                        }),
                        "__doc__" => Some(Value::None),
                        "__defaults__" => Some(match func.defaults.get() {
                            Value::Null => Value::None,
                            v => v,
                        }),
                        "__kwdefaults__" => Some(match func.kwdefaults.get() {
                            Value::Null => Value::None,
                            v => v,
                        }),
                        "__code__" => Some(func.code.value()),
                        _ => None,
                    };
                    if found.is_some() {
                        return Ok(found);
                    }
                }
                Kind::Native => {
                    // SAFETY: the kind byte says it is a builtin.
                    let native = unsafe { Gc::<NativeObj>::from_obj_unchecked(obj) };
                    match name.as_str() {
                        "__name__" => return Ok(Some(self.new_str(native.def.name)?.value())),
                        "__self__" => {
                            return Ok(Some(if native.receiver.is_null() {
                                Value::None
                            } else {
                                native.receiver
                            }));
                        }
                        _ => {}
                    }
                }
                Kind::Super => {
                    let Some(sup) = obj.downcast::<crate::object::SuperObj>() else {
                        return Ok(None);
                    };
                    if let Some(base) = sup.class.base
                        && let Some(found) = self.lookup_in_class(base, name)?
                    {
                        // In a classmethod, super() is bound to the class: functions stay
                        // plain, classmethods bind to that class.
                        if let Some(class) =
                            sup.receiver.as_obj().and_then(|o| o.downcast::<ClassObj>())
                        {
                            return self.class_attr_get(found, class).map(Some);
                        }
                        return self.bind(found, sup.receiver).map(Some);
                    }
                    return self.common_attr(value, name);
                }
                Kind::Method => {
                    // SAFETY: the kind byte says it is a bound method.
                    let method = unsafe { Gc::<MethodObj>::from_obj_unchecked(obj) };
                    match name.as_str() {
                        "__self__" => return Ok(Some(method.receiver)),
                        "__func__" => return Ok(Some(method.func)),
                        _ => return self.try_get_attr(method.func, name),
                    }
                }
                Kind::Generator => {
                    if let Some(generator) = obj.downcast::<crate::object::GeneratorObj>()
                        && let Some(found) = self.generator_attr(generator, name)
                    {
                        return Ok(Some(found));
                    }
                }
                _ => {}
            }
        }
        // Built-in types: methods and attributes from the class dict.
        let class = self.class_of(value);
        if let Some(found) = self.lookup_in_class(class, name)? {
            return self.bind(found, value).map(Some);
        }
        match (value, name.as_str()) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
                return Ok(Some(int_of(value)));
            }
            (Value::Int(_) | Value::Bool(_), "imag") => return Ok(Some(Value::Int(0))),
            (Value::Int(_) | Value::Bool(_), "denominator") => return Ok(Some(Value::Int(1))),
            (Value::Float(f), "real") => return Ok(Some(Value::Float(f))),
            (Value::Float(_), "imag") => return Ok(Some(Value::Float(0.0))),
            _ => {}
        }
        if let Some(slice) = value
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::SliceObj>())
        {
            match name.as_str() {
                "start" => return Ok(Some(slice.start)),
                "stop" => return Ok(Some(slice.stop)),
                "step" => return Ok(Some(slice.step)),
                _ => {}
            }
        }
        self.common_attr(value, name)
    }

    /// Attributes every object has.
    fn common_attr(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<Option<Value>> {
        Ok(match name.as_str() {
            "__class__" => Some(self.class_of(value).value()),
            "__dict__" => match value.as_obj().and_then(|o| o.downcast::<InstanceObj>()) {
                Some(instance) if !self.has_instance_dict(instance.class.get()) => None,
                Some(instance) => Some(self.instance_dict(instance)?.value()),
                None => value
                    .as_obj()
                    .and_then(|o| o.downcast::<ModuleObj>())
                    .map(|module| module.dict.value()),
            },
            "__name__" => value
                .as_obj()
                .and_then(|o| o.downcast::<ModuleObj>())
                .map(|module| module.name.value()),
            _ => None,
        })
    }

    /// Attributes of classes beyond their namespace.
    fn class_attr(&mut self, class: Gc<ClassObj>, name: Gc<StrObj>) -> PyResult<Option<Value>> {
        Ok(match name.as_str() {
            "__name__" => Some(class.name.get().value()),
            "__qualname__" => Some(class.qualname.get().value()),
            "__module__" => Some(match class.module.get() {
                Value::Null => self.new_str("builtins")?.value(),
                v => v,
            }),
            "__base__" => Some(class.base.map_or(Value::None, |b| b.value())),
            "__bases__" => {
                let items = match class.base {
                    Some(base) => [base.value()],
                    None => return Ok(Some(self.new_tuple(&[])?.value())),
                };
                Some(self.new_tuple(&items)?.value())
            }
            "__mro__" => {
                let mut chain = [Value::Null; 64];
                let mut count = 0;
                let mut current = Some(class);
                while let Some(c) = current {
                    if count < chain.len() {
                        chain[count] = c.value();
                        count += 1;
                    }
                    current = c.base;
                }
                Some(self.new_tuple(&chain[..count])?.value())
            }
            // A copy: CPython's read-only mappingproxy cannot change the class behind its
            // version, and neither may this (attribute caches trust the class version).
            "__dict__" => Some(self.dict_copy(class.dict)?.value()),
            "__class__" => Some(self.class(Cls::Type).value()),
            "__doc__" => Some(Value::None),
            _ => None,
        })
    }

    /// What `instance.attr` yields for a class attribute: functions become bound methods,
    /// descriptors do what they do.
    fn bind(&mut self, found: Value, receiver: Value) -> PyResult<Value> {
        match found.as_obj().map(|o| o.kind()) {
            Some(Kind::Function) => Ok(self.new_method(found, receiver)?.value()),
            Some(Kind::Native) => {
                let native = found.as_obj().and_then(|o| o.downcast::<NativeObj>());
                match native {
                    Some(native) if native.receiver.is_null() && !native.owner.is_null() => {
                        let receiver = self.native_receiver(native, receiver);
                        Ok(self.new_native(native.def, receiver, native.owner)?.value())
                    }
                    _ => Ok(found),
                }
            }
            Some(Kind::Instance) => match descriptor(found) {
                Some(descr) => self.descriptor_get(descr, receiver),
                None => Ok(found),
            },
            _ => Ok(found),
        }
    }

    /// Attributes the built-in state of an instance provides: an exception's `args`, a
    /// property's callables, the callable a staticmethod or classmethod wraps.
    fn builtin_instance_attr(
        &mut self,
        instance: Gc<InstanceObj>,
        name: Gc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let state = instance.base_state.get();
        Ok(match (instance.class.get().builtin, name.as_str()) {
            (Builtin::Exception, "args") => Some(if state.is_null() {
                self.new_tuple(&[])?.value()
            } else {
                state
            }),
            (Builtin::Property, field @ ("fget" | "fset" | "fdel" | "__doc__")) => {
                let index = ["fget", "fset", "fdel", "__doc__"]
                    .iter()
                    .position(|&f| f == field)
                    .unwrap_or(0);
                Some(
                    property_parts(instance)
                        .and_then(|parts| parts.items().get(index).copied())
                        .unwrap_or(Value::None),
                )
            }
            (Builtin::StaticMethod | Builtin::ClassMethod, "__func__" | "__wrapped__") => {
                Some(state)
            }
            (Builtin::Exception, other) => self.exception_builtin_attr(instance, other)?,
            _ => None,
        })
    }

    /// `LOAD_METHOD`: `(function, receiver)` when `value.name` is a method found on the class,
    /// else `(value.name, Null)`.
    pub(crate) fn load_method(
        &mut self,
        value: Value,
        name: Gc<StrObj>,
    ) -> PyResult<(Value, Value)> {
        let shadowed = match value {
            Value::Obj(obj) => match obj.kind() {
                Kind::Instance => {
                    // SAFETY: the kind byte says it is an instance.
                    let instance = unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) };
                    instance_attr(instance, name).is_some()
                }
                Kind::Str
                | Kind::List
                | Kind::Tuple
                | Kind::Dict
                | Kind::Range
                | Kind::DictView
                | Kind::Slice
                | Kind::Set
                | Kind::FrozenSet => false,
                Kind::Super => return self.load_super_method(value, name),
                Kind::Class => return self.load_class_method(value, name),
                _ => true,
            },
            _ => false,
        };
        let class = self.class_of(value);
        if !shadowed && let Some(found) = self.lookup_in_class(class, name)? {
            match found.as_obj().map(|o| o.kind()) {
                Some(Kind::Function) => return Ok((found, value)),
                Some(Kind::Native) => {
                    let native = found.as_obj().and_then(|o| o.downcast::<NativeObj>());
                    if let Some(native) = native
                        && native.receiver.is_null()
                        && !native.owner.is_null()
                    {
                        return Ok((found, self.native_receiver(native, value)));
                    }
                }
                Some(Kind::Instance) => match descriptor(found) {
                    Some(Descriptor::Static(func)) => return Ok((func, Value::Null)),
                    Some(Descriptor::ClassMethod(func)) => return Ok((func, class.value())),
                    _ => {}
                },
                _ => {}
            }
        }
        Ok((self.get_attr(value, name)?, Value::Null))
    }

    /// `LOAD_METHOD` on a `super()` object: the method of the base, unbound.
    #[inline(never)]
    fn load_super_method(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<(Value, Value)> {
        if let Some(sup) = value
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::SuperObj>())
            && let Some(base) = sup.class.base
            && sup
                .receiver
                .as_obj()
                .is_none_or(|o| o.kind() != Kind::Class)
            && let Some(found) = self.lookup_in_class(base, name)?
        {
            match found.as_obj().map(|o| o.kind()) {
                Some(Kind::Function) => return Ok((found, sup.receiver)),
                Some(Kind::Native) => {
                    if let Some(native) = found.as_obj().and_then(|o| o.downcast::<NativeObj>()) {
                        return Ok((found, self.native_receiver(native, sup.receiver)));
                    }
                }
                _ => {}
            }
        }
        Ok((self.get_attr(value, name)?, Value::Null))
    }

    /// `LOAD_METHOD` on a class (`Class.method(...)`): no bound method is made for a
    /// classmethod or staticmethod.
    #[inline(never)]
    fn load_class_method(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<(Value, Value)> {
        if let Some(class) = value.as_obj().and_then(|o| o.downcast::<ClassObj>())
            && let Some(found) = self.lookup_in_class(class, name)?
        {
            return Ok(match descriptor(found) {
                Some(Descriptor::ClassMethod(func)) => (func, value),
                Some(Descriptor::Static(func)) => (func, Value::Null),
                _ => (found, Value::Null),
            });
        }
        Ok((self.get_attr(value, name)?, Value::Null))
    }

    /// `value.name = new`.
    pub fn set_attr(&mut self, value: Value, name: Gc<StrObj>, new: Value) -> PyResult<()> {
        let name = if name.hash.get() == -1 {
            self.intern_str(name)?
        } else {
            name
        };
        if let Some(obj) = value.as_obj() {
            match obj.kind() {
                Kind::Instance => {
                    // SAFETY: the kind byte says it is an instance.
                    let instance = unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) };
                    let class = instance.class.get();
                    if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0
                        && let Some(prop) = self.lookup_in_class(class, name)?.and_then(as_property)
                    {
                        self.property_call(prop, Accessor::Set, value, Some(new))?;
                        return Ok(());
                    }
                    if class.builtin == Builtin::Exception && name.as_str() == "args" {
                        // `args` is the exception's built-in state, always a tuple.
                        let args = self.to_tuple(new)?;
                        instance.base_state.set(args.value());
                        return Ok(());
                    }
                    return self.instance_set(instance, name, new);
                }
                Kind::Class => {
                    // SAFETY: the kind byte says it is a class.
                    let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                    if class.flags.get() & class_flags::HEAP_TYPE == 0 {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!(
                                "cannot set '{}' attribute of immutable type '{}'",
                                name.as_str(),
                                class.name.get().as_str()
                            ),
                        ));
                    }
                    self.dict_set(class.dict, name.value(), new)?;
                    self.class_attr_stored(class, new);
                    self.class_changed(class)?;
                    return Ok(());
                }
                Kind::Module => {
                    // SAFETY: the kind byte says it is a module.
                    let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
                    return self.dict_set(module.dict, name.value(), new);
                }
                Kind::Function => {
                    // SAFETY: the kind byte says it is a function.
                    let func = unsafe { Gc::<FunctionObj>::from_obj_unchecked(obj) };
                    if let Some(kind) = super::spec_call::defaults_kind(name) {
                        return self.set_function_defaults(func, kind, new);
                    }
                    let dict = match func
                        .dict
                        .get()
                        .as_obj()
                        .and_then(|o| o.downcast::<crate::object::DictObj>())
                    {
                        Some(dict) => dict,
                        None => {
                            let dict = self.new_dict()?;
                            func.dict.set(dict.value());
                            dict
                        }
                    };
                    return self.dict_set(dict, name.value(), new);
                }
                _ => {}
            }
        }
        Err(self.raise_msg(
            Cls::AttributeError,
            format_args!(
                "'{}' object has no attribute '{}'",
                self.type_name(value),
                name.as_str()
            ),
        ))
    }

    /// `del value.name`.
    pub fn del_attr(&mut self, value: Value, name: Gc<StrObj>) -> PyResult<()> {
        if let Some(instance) = value.as_obj().and_then(|o| o.downcast::<InstanceObj>()) {
            let class = instance.class.get();
            if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0
                && let Some(prop) = self.lookup_in_class(class, name)?.and_then(as_property)
            {
                self.property_call(prop, Accessor::Delete, value, None)?;
                return Ok(());
            }
            if class.builtin == Builtin::Exception && name.as_str() == "args" {
                return Err(self.raise_msg(Cls::TypeError, format_args!("args may not be deleted")));
            }
            let shape = instance.shape.get();
            if let Some(index) = shape.lookup(name) {
                return self.instance_remove(instance, index);
            }
            if self.is_slot(class, name) {
                // CPython's member descriptor names just the slot.
                return Err(self.raise_msg(Cls::AttributeError, format_args!("{}", name.as_str())));
            }
        } else if let Some(class) = value.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
            if class.flags.get() & class_flags::HEAP_TYPE != 0
                && self.dict_del(class.dict, name.value())?
            {
                self.class_changed(class)?;
                return Ok(());
            }
        } else if let Some(module) = value.as_obj().and_then(|o| o.downcast::<ModuleObj>())
            && self.dict_del(module.dict, name.value())?
        {
            return Ok(());
        }
        Err(self.attribute_error(value, name))
    }

    /// Gives a class (and, transitively, its subclasses) a new version tag.
    pub(crate) fn class_changed(&mut self, class: Gc<ClassObj>) -> PyResult<()> {
        self.invalidate_class_version(class.version.get());
        let version = self.fresh_version();
        class.version.set(version);
        if let Some(list) = class
            .subclasses
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::ListObj>())
        {
            let count = list.len.get();
            for index in 0..count {
                if let Some(sub) = list
                    .get(index)
                    .and_then(|v| v.as_obj())
                    .and_then(|o| o.downcast::<ClassObj>())
                {
                    self.class_changed(sub)?;
                }
            }
        }
        Ok(())
    }

    /// Sets an instance attribute, moving the instance to a new shape when the name is new.
    fn instance_set(
        &mut self,
        instance: Gc<InstanceObj>,
        name: Gc<StrObj>,
        new: Value,
    ) -> PyResult<()> {
        let shape = instance.shape.get();
        if let Some(index) = shape.lookup(name)
            && let Some(values) = instance.values.get()
        {
            values.cells()[index as usize].set(new);
            return Ok(());
        }
        let class = instance.class.get();
        if class.flags.get() & class_flags::HAS_SLOTS != 0 && !self.slot_allowed(class, name) {
            return Err(self.raise_msg(
                Cls::AttributeError,
                format_args!(
                    "'{}' object has no attribute '{}'",
                    class.name.get().as_str(),
                    name.as_str()
                ),
            ));
        }
        let child = self.shape_child(shape, name)?;
        let index = shape.count as usize;
        let capacity = instance.values.get().map_or(0, |v| v.cap);
        if index >= capacity {
            let grown = self.new_value_buf((capacity * 2).max(4))?;
            if let Some(old) = instance.values.get() {
                for (dst, src) in grown.cells().iter().zip(old.cells()) {
                    dst.set(src.get());
                }
            }
            instance.values.set(Some(grown));
        }
        if let Some(values) = instance.values.get() {
            values.cells()[index].set(new);
        }
        instance.shape.set(child);
        Ok(())
    }

    /// Whether an instance of `class` may take attribute `name`: it has a `__dict__`, or
    /// `__slots__` of the class chain names `name`.
    fn slot_allowed(&self, class: Gc<ClassObj>, name: Gc<StrObj>) -> bool {
        self.has_instance_dict(class) || self.is_slot(class, name)
    }

    /// Whether `__slots__` of `class` or a base names `name`.
    fn is_slot(&self, class: Gc<ClassObj>, name: Gc<StrObj>) -> bool {
        let mut current = Some(class);
        while let Some(c) = current {
            for slot in self.seq_items(c.slot_names.get()) {
                if let Some(s) = slot.as_obj().and_then(|o| o.downcast::<StrObj>())
                    && s.as_str() == name.as_str()
                {
                    return true;
                }
            }
            current = c.base;
        }
        false
    }

    /// The child of `shape` that adds `name` (created on first use).
    fn shape_child(&mut self, shape: Gc<ShapeObj>, name: Gc<StrObj>) -> PyResult<Gc<ShapeObj>> {
        let transitions = match shape
            .transitions
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::DictObj>())
        {
            Some(dict) => dict,
            None => {
                let dict = self.new_dict()?;
                shape.transitions.set(dict.value());
                dict
            }
        };
        if let Some(child) = self
            .dict_get_str(transitions, name)
            .and_then(|v| v.as_obj())
            .and_then(|o| o.downcast::<ShapeObj>())
        {
            return Ok(child);
        }
        let child = self.new_shape(Some(shape), Some(name), shape.count + 1)?;
        self.dict_set(transitions, name.value(), child.value())?;
        Ok(child)
    }

    /// Removes attribute `index`, rebuilding the instance's shape without it.
    fn instance_remove(&mut self, instance: Gc<InstanceObj>, index: u32) -> PyResult<()> {
        let shape = instance.shape.get();
        let count = shape.count as usize;
        let mut names: [Option<Gc<StrObj>>; 256] = [None; 256];
        if count > names.len() {
            return Err(self.raise_msg(
                Cls::RuntimeError,
                format_args!("too many attributes to delete one"),
            ));
        }
        let mut current = Some(shape);
        while let Some(s) = current {
            if let Some(name) = s.name {
                names[s.count as usize - 1] = Some(name);
            }
            current = s.parent;
        }
        let old_values = instance.values.get();
        let mut root = shape;
        while let Some(parent) = root.parent {
            root = parent;
        }
        let mut values = [Value::Null; 256];
        for (i, slot) in values.iter_mut().enumerate().take(count) {
            *slot = old_values.map_or(Value::Null, |v| v.cells()[i].get());
        }
        instance.shape.set(root);
        instance.values.set(None);
        for i in 0..count {
            if i == index as usize {
                continue;
            }
            if let Some(name) = names[i] {
                self.instance_set(instance, name, values[i])?;
            }
        }
        Ok(())
    }

    /// A dict snapshot of an instance's attributes (`vars(obj)`, `obj.__dict__`).
    pub(crate) fn instance_dict(
        &mut self,
        instance: Gc<InstanceObj>,
    ) -> PyResult<Gc<crate::object::DictObj>> {
        let dict = self.new_dict()?;
        let shape = instance.shape.get();
        let count = shape.count as usize;
        let mut names: [Option<Gc<StrObj>>; 256] = [None; 256];
        let mut current = Some(shape);
        while let Some(s) = current {
            if let (Some(name), true) = (s.name, (s.count as usize) <= names.len()) {
                names[s.count as usize - 1] = Some(name);
            }
            current = s.parent;
        }
        let class = instance.class.get();
        for (i, name) in names.iter().enumerate().take(count.min(names.len())) {
            if let (Some(name), Some(values)) = (name, instance.values.get()) {
                // Slots share the shape with dict attributes but are not in `__dict__`.
                if self.is_slot(class, *name) {
                    continue;
                }
                self.dict_set(dict, name.value(), values.cells()[i].get())?;
            }
        }
        Ok(dict)
    }

    /// `AttributeError` in CPython's words.
    #[cold]
    pub(crate) fn attribute_error(&mut self, value: Value, name: Gc<StrObj>) -> Raised {
        if let Some(class) = value.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
            return self.raise_msg(
                Cls::AttributeError,
                format_args!(
                    "type object '{}' has no attribute '{}'",
                    class.name.get().as_str(),
                    name.as_str()
                ),
            );
        }
        if let Some(module) = value.as_obj().and_then(|o| o.downcast::<ModuleObj>()) {
            return self.raise_msg(
                Cls::AttributeError,
                format_args!(
                    "module '{}' has no attribute '{}'",
                    module.name.as_str(),
                    name.as_str()
                ),
            );
        }
        self.raise_msg(
            Cls::AttributeError,
            format_args!(
                "'{}' object has no attribute '{}'",
                self.type_name(value),
                name.as_str()
            ),
        )
    }
}

/// The instance's own attribute `name`, if set.
pub(crate) fn instance_attr(instance: Gc<InstanceObj>, name: Gc<StrObj>) -> Option<Value> {
    let index = instance.shape.get().lookup(name)?;
    instance
        .values
        .get()
        .map(|v| v.cells()[index as usize].get())
}

fn int_of(value: Value) -> Value {
    match value {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    }
}
