//! Specialization of attribute access and globals: `LOAD_ATTR`, `LOAD_METHOD`, `STORE_ATTR`
//! and `LOAD_GLOBAL` (the deciders, the cache layouts, and the guards the specialized forms
//! run).
//!
//! Three kinds of guard keep a cached answer valid:
//!
//! - an instance's **shape** (pointer compare): shapes are never freed while a cache could see
//!   them (the root shape's transition tree keeps them), and equal shapes mean the same
//!   attribute names at the same indices;
//! - a **class version** (`ClassObj.version`, globally unique and bumped for the class and its
//!   subclasses on every change): equal versions mean the same, unchanged class, so whatever
//!   its namespace (and its bases') held is still there and alive;
//! - a dict's **keys version** (`DictObj.keys_version`, see `object::dict`): equal versions
//!   mean the same dict with the same layout, so a cached entry index still holds the key; the
//!   value is read from the entry each time, so rebinding a global does not deoptimize.
//!
//! An instance's own attribute wins over its class's unless the class has a data descriptor
//! (a property) of that name; a class without any ([`class_flags::DATA_DESCRIPTORS`] clear)
//! cannot have one, so the instance-value forms check that flag and only compare the class
//! version when it is set. They cache an *anchor* shape and accept any shape that is the anchor
//! or a descendant of it (the anchor's attributes sit at the same indices in all of them): it
//! starts as the shape first seen, and a shape miss widens it to the deepest ancestor the
//! instance's shape shares with it, as long as that still holds the attribute. So instances of
//! subclasses that add attributes after their base's `__init__`, and instances of unrelated
//! classes built the same way, hit one cache.
//!
//! A `LOAD_METHOD_WITH_VALUES` site whose own cache misses (tasks of several classes calling
//! one method) asks the VM's method cache ([`MethodEntry`]), keyed by class version, shape and
//! name, before going generic.
//!
//! Cache layouts (unit 0's low half is the counter; its high half, `aux`, is a small index):
//!
//! ```text
//!  instruction (units)        aux        1          2   3          4    5    6
//!  LOAD_ATTR (8)
//!   _INSTANCE_VALUE           index      class ver  anchor shape
//!   _CLASS_VALUE              -          class ver  shape ptr      cached value
//!   _MODULE                   index      keys version
//!   _CLASS                    -          class ver  -   -          cached value
//!  LOAD_METHOD (8)
//!   _WITH_VALUES              -          class ver  shape ptr      function ptr
//!   _MODULE                   index      keys version
//!   _BUILTIN                  -          kind byte  native ptr
//!   _CLASS                    1: self=cls class ver  -   -          cached callable
//!  STORE_ATTR (4)
//!   _INSTANCE_VALUE           index      class ver  anchor shape
//!   _INSTANCE_ADD             -          delta      shape before (delta: to the shape after)
//!  LOAD_GLOBAL (6)
//!   _MODULE                   index      globals keys version
//!   _BUILTIN                  index      globals keys version    builtins keys version (3-4)
//! ```
//!
//! Pointers and versions take two units, low half first. A cached value is a tag unit and a
//! two-unit payload ([`encode_value`]); it is read back only after the class version guard
//! proved the class that holds it unchanged, so it is still alive. (For that a class's
//! namespace changes only through attribute assignment and deletion on the class, which bump
//! its version: `Class.__dict__` hands out a copy.) A built-in method cached by
//! `LOAD_METHOD_BUILTIN` lives in a built-in class, which never changes.

use super::Vm;
use super::descr::{Descriptor, as_property, descriptor};
use super::specialize::Reason;
use crate::bytecode::Opcode;
use crate::object::class::class_flags;
use crate::object::{
    ClassObj, DictObj, Gc, InstanceObj, Kind, ModuleObj, NativeObj, ObjRef, ShapeObj, StrObj,
    ValueBuf,
};
use crate::value::Value;
use core::ptr::NonNull;

/// What a successful decider asks the generic arm to install: the form, the `aux` half of cache
/// unit 0, and cache units 1.. (as many as the instruction has).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plan {
    /// The specialized form.
    pub opcode: Opcode,
    /// The high half of cache unit 0.
    pub aux: u16,
    /// Cache units 1 to 7 (those past the instruction's cache count are not written).
    pub units: [u32; 7],
}

impl Plan {
    /// A plan with no cache data yet.
    const fn new(opcode: Opcode, aux: u16) -> Plan {
        Plan {
            opcode,
            aux,
            units: [0; 7],
        }
    }

    /// Sets units `at` and `at + 1` to a 64-bit word (low half first).
    fn with_u64(mut self, at: usize, word: u64) -> Plan {
        self.units[at - 1] = word as u32;
        self.units[at] = (word >> 32) as u32;
        self
    }

    /// Sets unit `at` to a 32-bit word.
    fn with_u32(mut self, at: usize, word: u32) -> Plan {
        self.units[at - 1] = word;
        self
    }

    /// Sets units `at..at + 3` to an encoded value.
    fn with_value(mut self, at: usize, value: Value) -> Plan {
        let [tag, lo, hi] = encode_value(value);
        self.units[at - 1] = tag;
        self.units[at] = lo;
        self.units[at + 1] = hi;
        self
    }
}

/// The cache unit of the class version.
pub(crate) const VERSION: usize = 1;
/// The first cache unit of the shape (or native) pointer.
pub(crate) const SHAPE: usize = 2;
/// The first cache unit of a cached value or function pointer.
pub(crate) const CACHED: usize = 4;
/// The first cache unit of a keys version.
pub(crate) const KEYS: usize = 1;
/// The first cache unit of the builtins' keys version (`LOAD_GLOBAL_BUILTIN`).
pub(crate) const BUILTIN_KEYS: usize = 3;

/// A value as three cache units: tag, payload low, payload high.
pub(crate) fn encode_value(value: Value) -> [u32; 3] {
    let (tag, payload): (u32, u64) = match value {
        Value::Null => (0, 0),
        Value::None => (1, 0),
        Value::Bool(b) => (2, u64::from(b)),
        Value::Int(i) => (3, i as u64),
        Value::Float(f) => (4, f.to_bits()),
        Value::Obj(obj) => (5, obj.addr() as u64),
    };
    [tag, payload as u32, (payload >> 32) as u32]
}

/// The value [`encode_value`] encoded.
///
/// # Safety
/// An object payload must still point to a live object (a guard proved that whatever held it
/// is unchanged since it was encoded).
#[inline(always)]
pub(crate) unsafe fn decode_value(tag: u32, lo: u32, hi: u32) -> Value {
    let payload = u64::from(lo) | (u64::from(hi) << 32);
    match tag {
        1 => Value::None,
        2 => Value::Bool(payload != 0),
        3 => Value::Int(payload as i64),
        4 => Value::Float(f64::from_bits(payload)),
        5 => match NonNull::new(payload as usize as *mut crate::heap::Header) {
            // SAFETY: the caller's contract: the object is live.
            Some(ptr) => Value::Obj(unsafe { ObjRef::from_header(ptr) }),
            None => Value::Null,
        },
        _ => Value::Null,
    }
}

/// The address of a shape or other object as a cache word.
#[inline(always)]
pub(crate) fn addr_of<T>(ptr: *mut T) -> u64 {
    ptr as usize as u64
}

/// The values of the instance `owner` when its shape extends the cached `anchor` and, for a
/// class with data descriptors, its class version is `version`, and they have a cell `index`
/// (the guard of `LOAD_ATTR_INSTANCE_VALUE` and `STORE_ATTR_INSTANCE_VALUE`).
#[inline(always)]
pub(crate) fn instance_values(
    owner: Value,
    version: u32,
    anchor: u64,
    index: usize,
) -> Result<Gc<ValueBuf>, Reason> {
    let instance = as_instance(owner)?;
    let shape = instance.shape.get();
    if addr_of(shape.as_ptr()) != anchor && !extends(shape, anchor) {
        return Err(Reason::Shape);
    }
    let class = instance.class.get();
    if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0 && class.version.get() != version {
        return Err(Reason::ClassVersion);
    }
    match instance.values.get() {
        Some(values) if index < values.cap => Ok(values),
        _ => Err(Reason::Shape),
    }
}

/// The instance behind `owner`, or the `kind` reason.
#[inline(always)]
pub(crate) fn as_instance(owner: Value) -> Result<Gc<InstanceObj>, Reason> {
    match owner {
        Value::Obj(obj) if obj.kind() == Kind::Instance => {
            // SAFETY: the kind byte says it is an instance.
            Ok(unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) })
        }
        _ => Err(Reason::AttrKind),
    }
}

/// The shape at a cached address.
///
/// # Safety
/// `addr` must be the address of a shape (one a decider cached). Shapes are never freed: the
/// root shape's transition tree, a VM root, keeps every shape ever made.
#[inline(always)]
unsafe fn shape_at(addr: u64) -> Gc<ShapeObj> {
    match NonNull::new(addr as usize as *mut crate::heap::Header) {
        // SAFETY: the caller's contract: a live shape.
        Some(ptr) => unsafe { Gc::from_obj_unchecked(ObjRef::from_header(ptr)) },
        None => super::internal_error("no shape cached"),
    }
}

/// Whether `shape` is the cached shape `anchor` or a descendant of it, so it has the anchor's
/// attributes at the anchor's indices (instances of subclasses that add attributes after their
/// base's `__init__` share the base's prefix).
#[inline(never)]
fn extends(shape: Gc<ShapeObj>, anchor: u64) -> bool {
    // SAFETY: `anchor` is a shape a decider cached.
    let depth = unsafe { shape_at(anchor) }.count;
    let mut current = shape;
    while current.count > depth {
        match current.parent {
            Some(parent) => current = parent,
            None => return false,
        }
    }
    addr_of(current.as_ptr()) == anchor
}

/// After a shape miss of an instance-value form: the deepest common ancestor of the cached
/// `anchor` and the shape of the instance `owner`, when it still holds attribute `index` (so
/// the form can serve both shapes from then on).
pub(crate) fn widen(owner: Value, anchor: u64, index: usize) -> Option<u64> {
    let instance = as_instance(owner).ok()?;
    // SAFETY: `anchor` is a shape a decider cached.
    let mut a = unsafe { shape_at(anchor) };
    let mut b = instance.shape.get();
    while a.count > b.count {
        a = a.parent?;
    }
    while b.count > a.count {
        b = b.parent?;
    }
    while a != b {
        a = a.parent?;
        b = b.parent?;
    }
    (a.count as usize > index).then(|| addr_of(a.as_ptr()))
}

/// The instance `owner` when a `STORE_ATTR_INSTANCE_ADD` may add its attribute: its shape is
/// the cached `before` and its class has neither `__slots__` nor data descriptors (which is all
/// the generic path asks of any class before adding an attribute).
#[inline(always)]
pub(crate) fn add_target(owner: Value, before: u64) -> Result<Gc<InstanceObj>, Reason> {
    let instance = as_instance(owner)?;
    if addr_of(instance.shape.get().as_ptr()) != before {
        return Err(Reason::Shape);
    }
    let flags = instance.class.get().flags.get();
    if flags & (class_flags::HAS_SLOTS | class_flags::DATA_DESCRIPTORS) != 0 {
        return Err(Reason::ClassFlags);
    }
    Ok(instance)
}

/// The shape a `STORE_ATTR_INSTANCE_ADD` moves to: `before` moved by the cached `delta`.
#[inline(always)]
pub(crate) fn add_shape(before: u64, delta: u32) -> Gc<ShapeObj> {
    let after = before.wrapping_add_signed(i64::from(delta as i32));
    // SAFETY: the decider cached the distance from `before` to its child for the name, a
    // shape too.
    unsafe { shape_at(after) }
}

/// The guard of the forms that answer from an instance's class: class version and shape as
/// cached (the shape proves the instance does not shadow the class attribute).
#[inline(always)]
pub(crate) fn check_class_of(owner: Value, version: u32, shape: u64) -> Result<(), Reason> {
    let instance = as_instance(owner)?;
    if instance.class.get().version.get() != version {
        return Err(Reason::ClassVersion);
    }
    if addr_of(instance.shape.get().as_ptr()) != shape {
        return Err(Reason::Shape);
    }
    Ok(())
}

/// The guard of the forms on a class object: it is a class with the cached version.
#[inline(always)]
pub(crate) fn check_class(owner: Value, version: u32) -> Result<(), Reason> {
    match owner {
        Value::Obj(obj) if obj.kind() == Kind::Class => {
            // SAFETY: the kind byte says it is a class.
            let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
            if class.version.get() == version {
                Ok(())
            } else {
                Err(Reason::ClassVersion)
            }
        }
        _ => Err(Reason::AttrKind),
    }
}

/// The module attribute in entry `index` when `owner` is a module whose dict has keys version
/// `keys` (`LOAD_ATTR_MODULE`, `LOAD_METHOD_MODULE`).
#[inline(always)]
pub(crate) fn module_entry(owner: Value, keys: u64, index: usize) -> Result<Value, Reason> {
    match owner {
        Value::Obj(obj) if obj.kind() == Kind::Module => {
            // SAFETY: the kind byte says it is a module.
            let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
            dict_entry(module.dict, keys, index)
        }
        _ => Err(Reason::AttrKind),
    }
}

/// The value in entry `index` of `dict` when its keys version is `keys`.
#[inline(always)]
pub(crate) fn dict_entry(dict: Gc<DictObj>, keys: u64, index: usize) -> Result<Value, Reason> {
    if dict.keys_version.get() != keys {
        return Err(Reason::KeysVersion);
    }
    match dict.entries().get(index) {
        Some(entry) => Ok(entry.value.get()),
        None => Err(Reason::KeysVersion),
    }
}

/// `index` as the `aux` half of cache unit 0, when it fits in 16 bits.
fn aux_index(index: usize) -> Result<u16, Reason> {
    u16::try_from(index).map_err(|_| Reason::BigIndex)
}

impl Vm<'_> {
    /// The specialized form of `LOAD_ATTR name` for `owner`. Never runs Python code.
    pub(crate) fn specialize_load_attr(
        &mut self,
        owner: Value,
        name: Gc<StrObj>,
    ) -> Result<Plan, Reason> {
        let Value::Obj(obj) = owner else {
            return Err(Reason::AttrKind);
        };
        match obj.kind() {
            Kind::Instance => {
                // SAFETY: the kind byte says it is an instance.
                let instance = unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) };
                let class = instance.class.get();
                let found = self.class_lookup(class, name);
                if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0
                    && found.and_then(as_property).is_some()
                {
                    return Err(Reason::Property);
                }
                let shape = instance.shape.get();
                if let Some(index) = shape.lookup(name) {
                    return Ok(Plan::new(
                        Opcode::LOAD_ATTR_INSTANCE_VALUE,
                        aux_index(index as usize)?,
                    )
                    .with_u32(VERSION, class.version.get())
                    .with_u64(SHAPE, addr_of(shape.as_ptr())));
                }
                let found = found.ok_or(Reason::NotFound)?;
                match found.as_obj().map(|o| o.kind()) {
                    Some(Kind::Function) => return Err(Reason::BoundMethod),
                    Some(Kind::Native) => return Err(Reason::Descriptor),
                    _ if descriptor(found).is_some() => return Err(Reason::Descriptor),
                    _ => {}
                }
                Ok(Plan::new(Opcode::LOAD_ATTR_CLASS_VALUE, 0)
                    .with_u32(VERSION, class.version.get())
                    .with_u64(SHAPE, addr_of(shape.as_ptr()))
                    .with_value(CACHED, found))
            }
            Kind::Module => {
                // SAFETY: the kind byte says it is a module.
                let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
                let index = self
                    .dict_index_str(module.dict, name)
                    .ok_or(Reason::NotFound)?;
                let keys = self.dict_keys_version(module.dict);
                Ok(Plan::new(Opcode::LOAD_ATTR_MODULE, aux_index(index)?).with_u64(KEYS, keys))
            }
            Kind::Class => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                let found = self.class_lookup(class, name).ok_or(Reason::NotFound)?;
                let value = match descriptor(found) {
                    Some(Descriptor::ClassMethod(_)) => return Err(Reason::Descriptor),
                    Some(Descriptor::Static(func)) => func,
                    Some(Descriptor::Property(_)) | None => found,
                };
                Ok(Plan::new(Opcode::LOAD_ATTR_CLASS, 0)
                    .with_u32(VERSION, class.version.get())
                    .with_value(CACHED, value))
            }
            _ => Err(Reason::AttrKind),
        }
    }

    /// The specialized form of `LOAD_METHOD name` for `owner`. Never runs Python code.
    pub(crate) fn specialize_load_method(
        &mut self,
        owner: Value,
        name: Gc<StrObj>,
    ) -> Result<Plan, Reason> {
        let Value::Obj(obj) = owner else {
            return Err(Reason::AttrKind);
        };
        let kind = obj.kind();
        match kind {
            Kind::Instance => {
                // SAFETY: the kind byte says it is an instance.
                let instance = unsafe { Gc::<InstanceObj>::from_obj_unchecked(obj) };
                let shape = instance.shape.get();
                if shape.lookup(name).is_some() {
                    return Err(Reason::Shadowed);
                }
                let class = instance.class.get();
                let found = self.class_lookup(class, name).ok_or(Reason::NotFound)?;
                match found.as_obj() {
                    Some(func) if func.kind() == Kind::Function => {
                        Ok(Plan::new(Opcode::LOAD_METHOD_WITH_VALUES, 0)
                            .with_u32(VERSION, class.version.get())
                            .with_u64(SHAPE, addr_of(shape.as_ptr()))
                            .with_u64(CACHED, func.addr() as u64))
                    }
                    _ if descriptor(found).is_some() => Err(Reason::Descriptor),
                    _ => Err(Reason::NotFunction),
                }
            }
            Kind::Module => {
                // SAFETY: the kind byte says it is a module.
                let module = unsafe { Gc::<ModuleObj>::from_obj_unchecked(obj) };
                let index = self
                    .dict_index_str(module.dict, name)
                    .ok_or(Reason::NotFound)?;
                let keys = self.dict_keys_version(module.dict);
                Ok(Plan::new(Opcode::LOAD_METHOD_MODULE, aux_index(index)?).with_u64(KEYS, keys))
            }
            Kind::Class => {
                // SAFETY: the kind byte says it is a class.
                let class = unsafe { Gc::<ClassObj>::from_obj_unchecked(obj) };
                let found = self.class_lookup(class, name).ok_or(Reason::NotFound)?;
                let (callable, bind_class) = match descriptor(found) {
                    Some(Descriptor::ClassMethod(func)) => (func, 1),
                    Some(Descriptor::Static(func)) => (func, 0),
                    Some(Descriptor::Property(_)) | None => (found, 0),
                };
                Ok(Plan::new(Opcode::LOAD_METHOD_CLASS, bind_class)
                    .with_u32(VERSION, class.version.get())
                    .with_value(CACHED, callable))
            }
            // Built-in types whose class follows from the kind alone and can never change.
            Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set | Kind::FrozenSet => {
                let class = self.class_of(owner);
                let found = self.class_lookup(class, name).ok_or(Reason::NotFound)?;
                match found.as_obj().and_then(|o| o.downcast::<NativeObj>()) {
                    Some(native) if native.receiver.is_null() && !native.owner.is_null() => {
                        Ok(Plan::new(Opcode::LOAD_METHOD_BUILTIN, 0)
                            .with_u32(VERSION, u32::from(kind as u8))
                            .with_u64(SHAPE, addr_of(native.as_ptr())))
                    }
                    _ => Err(Reason::NotFunction),
                }
            }
            _ => Err(Reason::AttrKind),
        }
    }

    /// The specialized form of `STORE_ATTR name` for `owner`. Never runs Python code.
    pub(crate) fn specialize_store_attr(
        &mut self,
        owner: Value,
        name: Gc<StrObj>,
    ) -> Result<Plan, Reason> {
        let instance = as_instance(owner)?;
        let class = instance.class.get();
        if class.flags.get() & class_flags::DATA_DESCRIPTORS != 0
            && self
                .class_lookup(class, name)
                .and_then(as_property)
                .is_some()
        {
            return Err(Reason::Property);
        }
        let shape = instance.shape.get();
        if let Some(index) = shape.lookup(name) {
            if instance.values.get().is_none() {
                return Err(Reason::NewAttr);
            }
            return Ok(Plan::new(
                Opcode::STORE_ATTR_INSTANCE_VALUE,
                aux_index(index as usize)?,
            )
            .with_u32(VERSION, class.version.get())
            .with_u64(SHAPE, addr_of(shape.as_ptr())));
        }
        // A new attribute: the transition to the child shape, once the generic path made it.
        if class.flags.get() & (class_flags::HAS_SLOTS | class_flags::DATA_DESCRIPTORS) != 0 {
            return Err(Reason::ClassFlags);
        }
        if name.as_str() == "args" {
            // An exception keeps `args` as built-in state, not in its shape.
            return Err(Reason::NotFound);
        }
        let child = shape
            .transitions
            .get()
            .as_obj()
            .and_then(|o| o.downcast::<DictObj>())
            .and_then(|transitions| self.dict_get_str(transitions, name))
            .and_then(|child| child.as_obj())
            .and_then(|child| child.downcast::<ShapeObj>())
            .ok_or(Reason::NewAttr)?;
        let delta = i32::try_from((child.as_ptr() as i64).wrapping_sub(shape.as_ptr() as i64))
            .map_err(|_| Reason::BigIndex)?;
        Ok(Plan::new(Opcode::STORE_ATTR_INSTANCE_ADD, 0)
            .with_u32(VERSION, delta as u32)
            .with_u64(SHAPE, addr_of(shape.as_ptr())))
    }

    /// `STORE_ATTR_INSTANCE_ADD` when the instance's values have no room for attribute
    /// `index`: grows them as the generic path would, stores `value` there and moves the
    /// instance to `after`.
    #[inline(never)]
    pub(crate) fn add_attr_grow(
        &mut self,
        instance: Gc<InstanceObj>,
        index: usize,
        after: Gc<ShapeObj>,
        value: Value,
    ) -> super::PyResult<()> {
        let old = instance.values.get();
        let capacity = old.map_or(0, |v| v.cap);
        let grown = self.new_value_buf((capacity * 2).max(4).max(index + 1))?;
        if let Some(old) = old {
            for (dst, src) in grown.cells().iter().zip(old.cells()) {
                dst.set(src.get());
            }
        }
        grown.cells()[index].set(value);
        instance.values.set(Some(grown));
        instance.shape.set(after);
        Ok(())
    }

    /// The specialized form of `LOAD_GLOBAL name` in a frame whose globals are `globals`.
    pub(crate) fn specialize_load_global(
        &mut self,
        globals: Gc<DictObj>,
        name: Gc<StrObj>,
    ) -> Result<Plan, Reason> {
        if let Some(index) = self.dict_index_str(globals, name) {
            let keys = self.dict_keys_version(globals);
            return Ok(
                Plan::new(Opcode::LOAD_GLOBAL_MODULE, aux_index(index)?).with_u64(KEYS, keys)
            );
        }
        let builtins = self.builtins();
        let index = self
            .dict_index_str(builtins, name)
            .ok_or(Reason::NotFound)?;
        let keys = self.dict_keys_version(globals);
        let builtin_keys = self.dict_keys_version(builtins);
        Ok(Plan::new(Opcode::LOAD_GLOBAL_BUILTIN, aux_index(index)?)
            .with_u64(KEYS, keys)
            .with_u64(BUILTIN_KEYS, builtin_keys))
    }

    /// `name` on `class` and its bases (what `lookup_in_class` finds; it never fails).
    fn class_lookup(&self, class: Gc<ClassObj>, name: Gc<StrObj>) -> Option<Value> {
        let mut current = Some(class);
        while let Some(c) = current {
            if let Some(value) = self.dict_get_str(c.dict, name) {
                return Some(value);
            }
            current = c.base;
        }
        None
    }
}

/// Entries of the VM's polymorphic method cache (a power of two).
pub(crate) const METHOD_CACHE_SIZE: usize = 64;

/// One entry of the polymorphic method cache: on an instance of the class with `version`
/// whose shape is at `shape` (and so lacks the name), `LOAD_METHOD` of the name at `name` finds
/// the Python function at `func` on the class. Addresses are compared, never followed, except
/// `func` after the version matched (the unchanged class still holds the function). Interned
/// names and shapes are never freed, so their addresses name them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MethodEntry {
    /// The class version (0: an empty entry; no class has version 0).
    version: u32,
    /// The name's address.
    name: usize,
    /// The shape's address.
    shape: usize,
    /// The function's address.
    func: usize,
}

impl MethodEntry {
    /// An entry no lookup matches.
    pub(crate) const EMPTY: MethodEntry = MethodEntry {
        version: 0,
        name: 0,
        shape: 0,
        func: 0,
    };
}

impl Vm<'_> {
    /// `LOAD_METHOD name` on the instance `owner` after the site's own cache missed (a
    /// polymorphic site: tasks of several classes calling one method). Answers from the VM's
    /// method cache, filling it when the method is a Python function on the class that the
    /// instance does not shadow; `None` sends the caller to the generic path.
    #[inline(never)]
    pub(crate) fn poly_method(&mut self, owner: Value, name: Gc<StrObj>) -> Option<Value> {
        let instance = as_instance(owner).ok()?;
        let class = instance.class.get();
        let version = class.version.get();
        let shape = instance.shape.get();
        let shape_addr = shape.as_ptr() as usize;
        let name_addr = name.obj().addr();
        let hash = (version as usize) ^ (shape_addr >> 4) ^ (name_addr >> 3);
        let slot = (hash ^ (hash >> 7)) & (METHOD_CACHE_SIZE - 1);
        let entry = self.method_cache[slot];
        if entry.version == version && entry.shape == shape_addr && entry.name == name_addr {
            // SAFETY: the class with this version is unchanged since the entry was made, so
            // its namespace still holds the function.
            return Some(unsafe {
                decode_value(5, entry.func as u32, (entry.func as u64 >> 32) as u32)
            });
        }
        if shape.lookup(name).is_some() {
            return None;
        }
        let found = self.class_lookup(class, name)?;
        let func = found.as_obj().filter(|o| o.kind() == Kind::Function)?;
        self.method_cache[slot] = MethodEntry {
            version,
            name: name_addr,
            shape: shape_addr,
            func: func.addr(),
        };
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::super::specialize::Family;
    use super::super::{Config, Vm};

    /// Runs `source` with statistics on (and a collection before every allocation when
    /// `gc_stress`), then hands the VM and the output to `check`.
    #[track_caller]
    fn run(source: &str, gc_stress: bool, check: impl FnOnce(&Vm<'_>, &str)) {
        let config = Config {
            gc_stress,
            stats: true,
            stack_cells: 16 * 1024,
            ..Config::default()
        };
        crate::vm::tests::with_vm(8 << 20, config, |vm, out| {
            let result = vm.run_main(source, "spec.py");
            assert!(result.is_ok(), "program failed");
            let text = out();
            check(vm, &text);
        });
    }

    /// Every form, then the changes that must deoptimize each, with garbage collected before
    /// every allocation so a cached pointer that outlived its object would be caught.
    const CHANGES: &str = "\
import math
class A:
    k = 1
    def m(self):
        return self.x
    def __init__(self):
        self.x = 1
class B(A):
    def __init__(self):
        A.__init__(self)
        self.y = 2
def run(objs, n):
    t = 0
    for i in range(n):
        o = objs[i % 2]
        t += o.x + o.k + o.m() + A.k + len([i]) + int(math.floor(0.5))
        o.x = i
        parts = []
        parts.append(str(i))
    return t
objs = [A(), B()]
print(run(objs, 80))
A.k = 5
A.m = lambda self: 100
print(run(objs, 80))
del A.k
A.k = [7][0]
math.floor = lambda v: 3
len = lambda v: 10
print(run(objs, 80))
";

    #[test]
    fn forms_hit_and_deoptimize_under_gc_stress() {
        run(CHANGES, true, |vm, out| {
            assert_eq!(out, "6250\n12040\n13320\n");
            for family in [
                Family::LoadAttr,
                Family::LoadMethod,
                Family::StoreAttr,
                Family::LoadGlobal,
            ] {
                assert!(
                    vm.stats.successes(family) > 0,
                    "{family:?} never specialized"
                );
                assert!(vm.stats.hits(family) > 0, "{family:?} never hit");
            }
        });
    }

    #[test]
    fn keys_version_names_a_layout() {
        // Little is allocated here, so no collection runs while the dicts are only in locals.
        let config = Config {
            stack_cells: 16 * 1024,
            ..Config::default()
        };
        crate::vm::tests::with_vm(8 << 20, config, |vm, _| {
            let (a, b) = (vm.new_dict().unwrap(), vm.new_dict().unwrap());
            let key = vm.intern("key").unwrap().value();
            let other = vm.intern("other").unwrap().value();
            vm.dict_set(a, key, crate::value::Value::Int(1)).unwrap();
            vm.dict_set(b, key, crate::value::Value::Int(1)).unwrap();
            let first = vm.dict_keys_version(a);
            assert_ne!(first, 0);
            assert_ne!(
                vm.dict_keys_version(b),
                first,
                "another dict, another version"
            );
            vm.dict_set(a, key, crate::value::Value::Int(2)).unwrap();
            assert_eq!(
                vm.dict_keys_version(a),
                first,
                "a value update keeps the layout"
            );
            vm.dict_set(a, other, crate::value::Value::Int(3)).unwrap();
            let second = vm.dict_keys_version(a);
            assert_ne!(second, first, "a new key is a new layout");
            assert!(vm.dict_del(a, other).unwrap());
            let third = vm.dict_keys_version(a);
            assert!(third != first && third != second, "versions never repeat");
            vm.dict_clear(a);
            assert_ne!(vm.dict_keys_version(a), third);
        });
    }
}
