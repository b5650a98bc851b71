//! Descriptors and built-in bases of user classes.
//!
//! `property`, `staticmethod` and `classmethod` objects are [`InstanceObj`]s of built-in
//! classes whose `base_state` holds what they wrap (see [`Builtin`]). Attribute access asks
//! [`descriptor`] about every class attribute that is not a plain function, so the common
//! paths pay nothing for them. A property is a data descriptor: it wins over an instance's own
//! attribute of the same name. Classes that have one (or whose bases do) carry
//! [`class_flags::DATA_DESCRIPTORS`], and only their instances look at the class first.
//!
//! An instance of a `list` or `dict` subclass keeps the real list or dict in `base_state`;
//! built-in methods reached from the instance get that object as their receiver, and the
//! operators fall back to it when the class does not define the special method.

use super::{Args, Cls, Name, PyResult, Raised, Vm};
use crate::object::class::{Builtin, class_flags};
use crate::object::{ClassObj, Gc, InstanceObj, ListObj, NativeObj, StrObj, TupleObj};
use crate::value::Value;

/// The callables of a property, as indices into its `(fget, fset, fdel, doc)` tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Accessor {
    /// `fget`.
    Get = 0,
    /// `fset`.
    Set = 1,
    /// `fdel`.
    Delete = 2,
}

impl Accessor {
    /// The word CPython's "has no ..." message uses.
    const fn noun(self) -> &'static str {
        match self {
            Accessor::Get => "getter",
            Accessor::Set => "setter",
            Accessor::Delete => "deleter",
        }
    }
}

/// A descriptor object found on a class.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Descriptor {
    /// A `property`.
    Property(Gc<InstanceObj>),
    /// The callable a `staticmethod` wraps.
    Static(Value),
    /// The callable a `classmethod` wraps.
    ClassMethod(Value),
}

/// What `value` is as a descriptor, if it is a property, staticmethod or classmethod.
#[inline]
pub(crate) fn descriptor(value: Value) -> Option<Descriptor> {
    let instance = value.as_obj()?.downcast::<InstanceObj>()?;
    match instance.class.get().builtin {
        Builtin::Property => Some(Descriptor::Property(instance)),
        Builtin::StaticMethod => Some(Descriptor::Static(instance.base_state.get())),
        Builtin::ClassMethod => Some(Descriptor::ClassMethod(instance.base_state.get())),
        _ => None,
    }
}

/// The property `value`, if it is one (the only data descriptor).
#[inline]
pub(crate) fn as_property(value: Value) -> Option<Gc<InstanceObj>> {
    match descriptor(value) {
        Some(Descriptor::Property(prop)) => Some(prop),
        _ => None,
    }
}

impl Vm<'_> {
    /// What `receiver.attr` yields for a descriptor found on the receiver's class.
    pub(crate) fn descriptor_get(&mut self, descr: Descriptor, receiver: Value) -> PyResult<Value> {
        match descr {
            Descriptor::Property(prop) => self.property_call(prop, Accessor::Get, receiver, None),
            Descriptor::Static(func) => Ok(func),
            Descriptor::ClassMethod(func) => {
                let class = self.class_of(receiver);
                Ok(self.new_method(func, class.value())?.value())
            }
        }
    }

    /// What `class.attr` yields for `found`, an attribute of `class` or a base.
    pub(crate) fn class_attr_get(&mut self, found: Value, class: Gc<ClassObj>) -> PyResult<Value> {
        match descriptor(found) {
            Some(Descriptor::Static(func)) => Ok(func),
            Some(Descriptor::ClassMethod(func)) => {
                Ok(self.new_method(func, class.value())?.value())
            }
            Some(Descriptor::Property(_)) | None => Ok(found),
        }
    }

    /// Runs a property's getter, setter or deleter on `receiver` (`value` for the setter).
    pub(crate) fn property_call(
        &mut self,
        prop: Gc<InstanceObj>,
        accessor: Accessor,
        receiver: Value,
        value: Option<Value>,
    ) -> PyResult<Value> {
        let func = self
            .seq_items(prop.base_state.get())
            .get(accessor as usize)
            .copied()
            .unwrap_or(Value::None);
        if matches!(func, Value::None) {
            return Err(self.property_missing(prop, accessor, receiver));
        }
        match value {
            Some(value) => self.call(func, &[receiver, value]),
            None => self.call(func, &[receiver]),
        }
    }

    /// `AttributeError: property 'x' of 'P' object has no setter` (CPython 3.11's words).
    #[cold]
    fn property_missing(
        &mut self,
        prop: Gc<InstanceObj>,
        accessor: Accessor,
        receiver: Value,
    ) -> Raised {
        let type_name = self.type_name(receiver);
        let noun = accessor.noun();
        match prop
            .extra
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<StrObj>())
        {
            Some(name) => self.raise_msg(
                Cls::AttributeError,
                format_args!(
                    "property '{}' of '{type_name}' object has no {noun}",
                    name.as_str()
                ),
            ),
            None => self.raise_msg(
                Cls::AttributeError,
                format_args!("property of '{type_name}' object has no {noun}"),
            ),
        }
    }

    /// A new `property`, `staticmethod` or `classmethod` wrapping `state`.
    pub(crate) fn new_descriptor(
        &mut self,
        cls: Cls,
        state: Value,
        name: Value,
    ) -> PyResult<Gc<InstanceObj>> {
        let descr = self.new_instance(self.class(cls))?;
        descr.base_state.set(state);
        descr.extra.set(name);
        Ok(descr)
    }

    /// Calling a built-in class from Python code: the descriptor classes here, everything
    /// else in `construct_builtin`.
    pub(crate) fn construct_native(
        &mut self,
        class: Gc<ClassObj>,
        args: &Args<'_>,
    ) -> PyResult<Value> {
        match class.builtin {
            Builtin::Property => self.construct_property(args),
            Builtin::StaticMethod | Builtin::ClassMethod => {
                let (name, cls) = if class.builtin == Builtin::StaticMethod {
                    ("staticmethod", Cls::StaticMethod)
                } else {
                    ("classmethod", Cls::ClassMethod)
                };
                crate::builtins::no_keywords(self, name, args)?;
                let &[func] = args.pos else {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!("{name} expected 1 argument, got {}", args.pos.len()),
                    ));
                };
                Ok(self.new_descriptor(cls, func, Value::Null)?.value())
            }
            _ => self.construct_builtin(class, args),
        }
    }

    /// `property(fget=None, fset=None, fdel=None, doc=None)`.
    fn construct_property(&mut self, args: &Args<'_>) -> PyResult<Value> {
        const PARAMS: [&str; 4] = ["fget", "fset", "fdel", "doc"];
        if args.pos.len() > PARAMS.len() {
            return Err(self.raise_msg(
                Cls::TypeError,
                format_args!(
                    "property() takes at most 4 arguments ({} given)",
                    args.pos.len() + args.kw_values.len()
                ),
            ));
        }
        let mut parts = [Value::None; 4];
        parts[..args.pos.len()].copy_from_slice(args.pos);
        if let Some(names) = args.kw_names {
            for (key, &value) in names.items().iter().zip(args.kw_values) {
                let key = key.as_obj().and_then(|o| o.downcast::<StrObj>());
                let key = key.map_or("", |k| super::extend(k.as_str()));
                match PARAMS.iter().position(|&p| p == key) {
                    Some(index) if index >= args.pos.len() => parts[index] = value,
                    Some(_) => {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!(
                                "argument for property() given by name ('{key}') and position"
                            ),
                        ));
                    }
                    None => {
                        return Err(self.raise_msg(
                            Cls::TypeError,
                            format_args!("'{key}' is an invalid keyword argument for property()"),
                        ));
                    }
                }
            }
        }
        let state = self.new_tuple(&parts)?;
        Ok(self
            .new_descriptor(Cls::Property, state.value(), Value::Null)?
            .value())
    }

    /// The list or dict behind an instance of a `list` or `dict` subclass.
    #[inline]
    pub(crate) fn builtin_base(&self, value: Value) -> Option<Value> {
        let instance = value.as_obj()?.downcast::<InstanceObj>()?;
        if matches!(instance.class.get().builtin, Builtin::List | Builtin::Dict) {
            Some(instance.base_state.get()).filter(|v| !v.is_null())
        } else {
            None
        }
    }

    /// The operands of an operator with each instance of a `list`/`dict` subclass replaced by
    /// its list or dict; `None` when neither is one.
    pub(crate) fn builtin_operands(&self, a: Value, b: Value) -> Option<(Value, Value)> {
        match (self.builtin_base(a), self.builtin_base(b)) {
            (None, None) => None,
            (x, y) => Some((x.unwrap_or(a), y.unwrap_or(b))),
        }
    }

    /// The receiver a built-in method of `native`'s class gets for `receiver`: the list or
    /// dict behind an instance of a subclass, else `receiver` itself.
    #[inline]
    pub(crate) fn native_receiver(&self, native: Gc<NativeObj>, receiver: Value) -> Value {
        let owner_is_container = native
            .owner
            .as_obj()
            .and_then(|o| o.downcast::<ClassObj>())
            .is_some_and(|owner| matches!(owner.builtin, Builtin::List | Builtin::Dict));
        if owner_is_container && let Some(base) = self.builtin_base(receiver) {
            return base;
        }
        receiver
    }

    /// The `__init__` a call of `class` must run, or `None` when instances need no
    /// initialization beyond construction (`object.__init__`, `BaseException.__init__`).
    pub(crate) fn user_init(&mut self, class: Gc<ClassObj>) -> PyResult<Option<Value>> {
        let Some(init) = self.lookup_in_class(class, self.name(Name::__init__))? else {
            return Ok(None);
        };
        if let Some(native) = init.as_obj().and_then(|o| o.downcast::<NativeObj>())
            && let Some(owner) = native.owner.as_obj().and_then(|o| o.downcast::<ClassObj>())
            && matches!(owner.builtin, Builtin::Object | Builtin::Exception)
        {
            return Ok(None);
        }
        Ok(Some(init))
    }

    /// Completes a class made by a `class` statement: `__slots__`, property names, the
    /// data-descriptor flag, and `__hash__ = None` for a class that defines only `__eq__`.
    pub(crate) fn finish_class(&mut self, class: Gc<ClassObj>) -> PyResult<()> {
        let namespace = class.dict;
        let mut flags = class.flags.get();
        if class
            .base
            .is_some_and(|base| base.flags.get() & class_flags::DATA_DESCRIPTORS != 0)
        {
            flags |= class_flags::DATA_DESCRIPTORS;
        }
        for entry in namespace.entries() {
            let (key, value) = (entry.key.get(), entry.value.get());
            if let Some(prop) = as_property(value) {
                flags |= class_flags::DATA_DESCRIPTORS;
                // CPython's property.__set_name__: the name its error messages use.
                prop.extra.set(key);
            }
        }
        if let Some(slots) = self.dict_get_str(namespace, self.name(Name::__slots__)) {
            let names = match slots.as_obj().and_then(|o| o.downcast::<StrObj>()) {
                Some(single) => self.new_tuple(&[single.value()])?,
                None => self.to_tuple(slots)?,
            };
            let mut wants_dict = false;
            for &name in names.items() {
                let Some(name) = name.as_obj().and_then(|o| o.downcast::<StrObj>()) else {
                    return Err(self.raise_msg(
                        Cls::TypeError,
                        format_args!(
                            "__slots__ items must be strings, not '{}'",
                            self.type_name(name)
                        ),
                    ));
                };
                if name.as_str() == "__dict__" {
                    wants_dict = true;
                } else if self.dict_get_str(namespace, name).is_some() {
                    return Err(self.raise_msg(
                        Cls::ValueError,
                        format_args!(
                            "'{}' in __slots__ conflicts with class variable",
                            name.as_str()
                        ),
                    ));
                }
            }
            class.slot_names.set(names.value());
            if !wants_dict {
                flags |= class_flags::HAS_SLOTS;
            }
        }
        class.flags.set(flags);
        let hash = self.name(Name::__hash__);
        if self.dict_get_str(namespace, hash).is_none()
            && self
                .dict_get_str(namespace, self.name(Name::__eq__))
                .is_some()
        {
            self.dict_set(namespace, hash.value(), Value::None)?;
        }
        Ok(())
    }

    /// Notes `value` being stored as an attribute of `class`: a property makes the class and
    /// its subclasses look at the class first on instance access. (Unlike in a class body, the
    /// property does not learn its name, as in CPython.)
    pub(crate) fn class_attr_stored(&mut self, class: Gc<ClassObj>, value: Value) {
        if as_property(value).is_some() {
            self.flag_data_descriptors(class);
        }
    }

    fn flag_data_descriptors(&mut self, class: Gc<ClassObj>) {
        class
            .flags
            .set(class.flags.get() | class_flags::DATA_DESCRIPTORS);
        if let Some(list) = class
            .subclasses
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<ListObj>())
        {
            let mut index = 0;
            while let Some(sub) = list.get(index) {
                if let Some(sub) = sub.as_obj().and_then(|o| o.downcast::<ClassObj>()) {
                    self.flag_data_descriptors(sub);
                }
                index += 1;
            }
        }
    }

    /// Whether instances of `class` have a `__dict__`: some class of the chain is a Python
    /// class without `__slots__` (or an exception class).
    pub(crate) fn has_instance_dict(&self, class: Gc<ClassObj>) -> bool {
        let mut current = Some(class);
        while let Some(c) = current {
            let flags = c.flags.get();
            if flags & class_flags::HAS_SLOTS == 0
                && (flags & class_flags::HEAP_TYPE != 0 || c.builtin == Builtin::Exception)
            {
                return true;
            }
            current = c.base;
        }
        false
    }
}

/// The `(fget, fset, fdel, doc)` tuple of a property.
pub(crate) fn property_parts(prop: Gc<InstanceObj>) -> Option<Gc<TupleObj>> {
    prop.base_state
        .get()
        .as_obj()
        .and_then(|o| o.downcast::<TupleObj>())
}
