//! Classes, instances, and the shapes (hidden classes) that lay out instance attributes.
//!
//! An instance stores its attributes in a [`ValueBuf`] in the order its [`ShapeObj`] lists
//! them. Shapes form a tree shared by every instance of every class: adding attribute `x` to
//! an instance of shape `S` moves it to `S`'s child for `x`, so instances built the same way
//! (by the same `__init__`) share one shape, and an attribute cache keyed on the shape is a
//! single pointer compare (issue 7 specializes `LOAD_ATTR` on it).
//!
//! ```text
//!   root ──x──▶ {x:0} ──y──▶ {x:0, y:1}
//!                  └───z──▶ {x:0, z:1}
//! ```

use super::{DictObj, Gc, Kind, Object, StrObj, ValueBuf, mark_obj, mark_value};
use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;

/// Which built-in layout the instances of a class have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Builtin {
    /// Plain instances ([`InstanceObj`]): `object` and classes deriving only from it.
    Object,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `type`.
    Type,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    Native,
    /// `method`.
    Method,
    /// `module`.
    Module,
    /// `cell`.
    Cell,
    /// `code`.
    Code,
    /// Iterators of every kind.
    Iterator,
    /// `super`.
    Super,
    /// `BaseException` and its subclasses: [`InstanceObj`]s whose `base_state` is `args`.
    Exception,
    /// `property`: [`InstanceObj`]s whose `base_state` is the tuple `(fget, fset, fdel, doc)`
    /// and whose `extra` is the attribute name (a str) once the owning class is made.
    Property,
    /// `staticmethod`: [`InstanceObj`]s whose `base_state` is the wrapped callable.
    StaticMethod,
    /// `classmethod`: [`InstanceObj`]s whose `base_state` is the wrapped callable.
    ClassMethod,
}

/// Class flag bits.
pub mod class_flags {
    /// Defined by Python code (attributes may be set on the class).
    pub const HEAP_TYPE: u32 = 1 << 0;
    /// Declares `__slots__`: instances take no other attributes.
    pub const HAS_SLOTS: u32 = 1 << 1;
    /// The class or a base has (or had) a data descriptor (a `property`) in its namespace, so
    /// instance attribute access must look at the class before the instance's own attributes.
    /// Without it, an attribute the instance's shape holds is the answer at once.
    pub const DATA_DESCRIPTORS: u32 = 1 << 2;
}

/// A class (`type` instance).
#[repr(C)]
pub struct ClassObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// `__name__`.
    pub name: Cell<Gc<StrObj>>,
    /// `__qualname__`.
    pub qualname: Cell<Gc<StrObj>>,
    /// `__module__` (a str) or `Null` for builtins.
    pub module: Cell<Value>,
    /// The single base class (`None` only for `object`).
    pub base: Option<Gc<ClassObj>>,
    /// The class namespace.
    pub dict: Gc<DictObj>,
    /// Changes whenever this class or a base changes (attribute caches guard on it).
    pub version: Cell<u32>,
    /// The built-in layout of instances.
    pub builtin: Builtin,
    /// [`class_flags`] bits.
    pub flags: Cell<u32>,
    /// `__slots__` names (a tuple of str) or `Null`.
    pub slot_names: Cell<Value>,
    /// Direct subclasses (a list), or `Null`, so a change can bump their versions.
    pub subclasses: Cell<Value>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Class object.
unsafe impl Object for ClassObj {
    const KIND: Kind = Kind::Class;
}

impl ClassObj {
    /// True when `self` is `other` or derives from it.
    pub fn is_subclass_of(&self, other: Gc<ClassObj>) -> bool {
        let mut current = Some(self);
        while let Some(class) = current {
            if core::ptr::eq(class, &*other) {
                return true;
            }
            current = class.base.as_deref();
        }
        false
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.name.get().obj());
        mark_obj(marker, self.qualname.get().obj());
        mark_value(marker, self.module.get());
        if let Some(base) = self.base {
            mark_obj(marker, base.obj());
        }
        mark_obj(marker, self.dict.obj());
        mark_value(marker, self.slot_names.get());
        mark_value(marker, self.subclasses.get());
    }
}

/// An instance of a Python class (and of built-in exceptions).
#[repr(C)]
pub struct InstanceObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// `__class__`.
    pub class: Cell<Gc<ClassObj>>,
    /// The layout of `values`.
    pub shape: Cell<Gc<ShapeObj>>,
    /// Attribute values in shape order (`None` while there are none).
    pub values: Cell<Option<Gc<ValueBuf>>>,
    /// State of a built-in base: an exception's `args` tuple, the list (dict) behind an
    /// instance of a `list` (`dict`) subclass, a descriptor's wrapped callables.
    pub base_state: Cell<Value>,
    /// More built-in state: an exception's traceback entries, a property's name.
    pub extra: Cell<Value>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Instance object.
unsafe impl Object for InstanceObj {
    const KIND: Kind = Kind::Instance;
}

impl InstanceObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.class.get().obj());
        mark_obj(marker, self.shape.get().obj());
        if let Some(values) = self.values.get() {
            mark_obj(marker, values.obj());
        }
        mark_value(marker, self.base_state.get());
        mark_value(marker, self.extra.get());
    }
}

/// One node of the shape tree: "the parent's attributes, then `name` at `index`".
#[repr(C)]
pub struct ShapeObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The shape without the last attribute (`None` for the root).
    pub parent: Option<Gc<ShapeObj>>,
    /// The last attribute's name (interned; `None` for the root).
    pub name: Option<Gc<StrObj>>,
    /// Number of attributes (the last one's index is `count - 1`).
    pub count: u32,
    /// Children by added attribute name (a dict str → shape), or `Null`.
    pub transitions: Cell<Value>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Shape object.
unsafe impl Object for ShapeObj {
    const KIND: Kind = Kind::Shape;
}

impl ShapeObj {
    /// The index of attribute `name` (an interned string), if this shape has it.
    pub fn lookup(&self, name: Gc<StrObj>) -> Option<u32> {
        let mut current = Some(self);
        while let Some(shape) = current {
            match shape.name {
                Some(n) if n == name => return Some(shape.count - 1),
                Some(_) => current = shape.parent.as_deref(),
                None => return None,
            }
        }
        None
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        if let Some(parent) = self.parent {
            mark_obj(marker, parent.obj());
        }
        if let Some(name) = self.name {
            mark_obj(marker, name.obj());
        }
        mark_value(marker, self.transitions.get());
    }
}
