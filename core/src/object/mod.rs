//! Heap objects: their layouts, typed pointers to them, and how the collector traces them.
//!
//! Every object starts with the heap's [`Header`] (kind byte, GC bits, 16 flag bits, 32 spare
//! bits) and is a `#[repr(C)]` struct of this module. Objects never move.
//!
//! # Soundness
//!
//! [`Gc<T>`] is a typed pointer to a live object and dereferences to `&T`. Three rules make
//! that sound:
//!
//! 1. A `Gc` is only made from a fresh allocation or from a pointer read out of a live object
//!    (after checking the kind byte), never from an integer.
//! 2. The collector never frees an object a live `Gc` or `&T` can reach: objects reachable from
//!    the VM's roots are traced precisely, and the native stack (where every `Gc`, `&T` and
//!    `Value` that Rust code holds lives, spilled registers included) is scanned
//!    conservatively; see `vm::gc`.
//! 3. Every field that changes after construction is a `Cell` (the header is one too, since
//!    the collector writes its mark bits), so shared references never alias a write.
//!
//! Constructors allocate, then write the whole object before the next allocation, so the
//! collector (which only runs inside an allocation) never sees a half-built object.

pub mod class;
pub mod dict;
pub mod func;
pub mod generator;
pub mod misc;
pub mod seq;
pub mod set;
pub mod str;

use crate::heap::{Header, Marker};
use crate::value::Value;
use core::cell::Cell;
use core::marker::PhantomData;
use core::ptr::NonNull;

pub use class::{ClassObj, InstanceObj, ShapeObj};
pub use dict::{DictObj, EntryBuf};
pub use func::{CellObj, CodeObj, FunctionObj, MethodObj, NativeFn, NativeObj};
pub use generator::{GenState, GeneratorObj};
pub use misc::{
    DictIterObj, EnumerateObj, MapObj, ModuleObj, RangeIterObj, RangeObj, SeqIterObj, SliceObj,
    SuperObj, ZipObj,
};
pub use seq::{ListObj, RawBuf, TupleObj, ValueBuf};
pub use set::{SetIterObj, SetObj, SetTable};
pub use str::StrObj;

macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $name:ident = $num:literal,)*) => {
        /// What a heap object is (the header's kind byte).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind {
            $($(#[doc = $doc])* $name = $num,)*
        }

        impl Kind {
            /// Decodes a header kind byte.
            pub const fn from_u8(byte: u8) -> Option<Kind> {
                match byte {
                    $($num => Some(Kind::$name),)*
                    _ => None,
                }
            }
        }
    };
}

kinds! {
    /// [`StrObj`]
    Str = 1,
    /// [`TupleObj`]
    Tuple = 2,
    /// [`ListObj`]
    List = 3,
    /// [`DictObj`]
    Dict = 4,
    /// [`ValueBuf`]: the items of a list, an instance's attributes.
    ValueBuf = 5,
    /// [`RawBuf`]: bytes the collector does not look into (code, index tables).
    RawBuf = 6,
    /// [`EntryBuf`]: a dict's entries.
    EntryBuf = 7,
    /// [`FunctionObj`]
    Function = 8,
    /// [`CodeObj`]
    Code = 9,
    /// [`NativeObj`]: a builtin function or method.
    Native = 10,
    /// [`MethodObj`]: a bound method.
    Method = 11,
    /// [`ClassObj`]
    Class = 12,
    /// [`InstanceObj`]
    Instance = 13,
    /// [`ShapeObj`]: an instance layout (hidden class).
    Shape = 14,
    /// [`ModuleObj`]
    Module = 15,
    /// [`CellObj`]: a closure cell.
    Cell = 16,
    /// [`RangeObj`]
    Range = 17,
    /// [`SliceObj`]
    Slice = 18,
    /// [`RangeIterObj`]
    RangeIter = 19,
    /// [`SeqIterObj`]: iterator over a list, tuple or str.
    SeqIter = 20,
    /// [`DictIterObj`]: iterator over a dict's keys, values or items.
    DictIter = 21,
    /// [`EnumerateObj`]
    Enumerate = 22,
    /// [`ZipObj`]
    Zip = 23,
    /// A dict view (`keys()`, `values()`, `items()`): a [`DictIterObj`] that is not consumed.
    DictView = 24,
    /// The VM's value stack: one big [`ValueBuf`]-like block scanned as frames.
    Stack = 25,
    /// [`SuperObj`]
    Super = 26,
    /// [`GeneratorObj`]
    Generator = 40,
    /// [`MapObj`] made by `map`.
    Map = 41,
    /// [`MapObj`] made by `filter`.
    Filter = 42,
    /// [`SetObj`]: a `set`.
    Set = 44,
    /// [`SetObj`]: a `frozenset` (the set layout under another kind byte).
    FrozenSet = 45,
    /// [`SetTable`]: a set's slots.
    SetTable = 46,
    /// [`SetIterObj`]
    SetIter = 47,
}

/// An untyped pointer to a live heap object.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct ObjRef(NonNull<Header>);

impl core::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?}@{:#x}", self.kind(), self.addr())
    }
}

impl ObjRef {
    /// Wraps a pointer the heap handed out.
    ///
    /// # Safety
    /// `ptr` must point to a live object whose kind byte is a valid [`Kind`].
    #[inline]
    pub const unsafe fn from_header(ptr: NonNull<Header>) -> ObjRef {
        ObjRef(ptr)
    }

    /// The header pointer, for the collector.
    #[inline]
    pub const fn header_ptr(self) -> NonNull<Header> {
        self.0
    }

    /// The object's address (for `id()` and default reprs).
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The object's kind.
    #[inline]
    pub fn kind(self) -> Kind {
        // SAFETY: rule 1 of the module doc: the pointer is a live object, whose header we may
        // read (the collector only writes the `gc` byte, and only inside an allocation).
        let byte = unsafe { (*self.0.as_ptr()).kind };
        match Kind::from_u8(byte) {
            Some(kind) => kind,
            None => unreachable_kind(byte),
        }
    }

    /// A typed pointer, when the object is a `T`.
    #[inline]
    pub fn downcast<T: Object>(self) -> Option<Gc<T>> {
        if self.kind() == T::KIND {
            // SAFETY: the kind byte says the object is a T.
            Some(unsafe { Gc::from_obj_unchecked(self) })
        } else {
            None
        }
    }
}

#[cold]
fn unreachable_kind(byte: u8) -> ! {
    panic!("heap object with invalid kind byte {byte}: heap corrupted")
}

/// Implemented by every object layout of this module.
///
/// # Safety
/// The type must be `#[repr(C)]`, start with a `Cell<Header>`, and be the layout of every
/// object whose kind byte is `KIND`.
pub unsafe trait Object {
    /// The kind byte of objects with this layout.
    const KIND: Kind;
}

/// A typed pointer to a live heap object of layout `T` (see the module doc).
#[repr(transparent)]
pub struct Gc<T> {
    ptr: NonNull<T>,
    _marker: PhantomData<*const T>,
}

impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Gc<T> {}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T> Eq for Gc<T> {}

impl<T: Object> core::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.obj().fmt(f)
    }
}

impl<T: Object> Gc<T> {
    /// Types an object without checking its kind.
    ///
    /// # Safety
    /// The object must be a `T`.
    #[inline]
    pub const unsafe fn from_obj_unchecked(obj: ObjRef) -> Gc<T> {
        Gc {
            ptr: obj.0.cast(),
            _marker: PhantomData,
        }
    }

    /// The untyped pointer.
    #[inline]
    pub const fn obj(self) -> ObjRef {
        ObjRef(self.ptr.cast())
    }

    /// The object as a `Value`.
    #[inline]
    pub const fn value(self) -> Value {
        Value::Obj(self.obj())
    }

    /// The raw pointer (for variable-length tails that follow the fixed fields).
    #[inline]
    pub const fn as_ptr(self) -> *mut T {
        self.ptr.as_ptr()
    }
}

impl<T: Object> core::ops::Deref for Gc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: rules 1-3 of the module doc: the object is live for as long as this reference
        // is on the native stack, and every field that changes is a Cell.
        unsafe { self.ptr.as_ref() }
    }
}

/// Marks the object a value holds, if any.
#[inline]
pub fn mark_value(marker: &mut Marker<'_>, value: Value) {
    if let Value::Obj(obj) = value {
        marker.mark(obj.header_ptr());
    }
}

/// Marks an object.
#[inline]
pub fn mark_obj(marker: &mut Marker<'_>, obj: ObjRef) {
    marker.mark(obj.header_ptr());
}

/// Marks every value of a slice of cells.
pub fn mark_cells(marker: &mut Marker<'_>, cells: &[Cell<Value>]) {
    for cell in cells {
        mark_value(marker, cell.get());
    }
}

/// The collector's trace function: marks every object `header` points to.
pub fn trace(header: NonNull<Header>, marker: &mut Marker<'_>) {
    // SAFETY: the collector calls this only for live objects it reached, whose kind bytes are
    // ours.
    let obj = unsafe { ObjRef::from_header(header) };
    // SAFETY: in each arm, the kind byte says which layout the object has.
    unsafe {
        match obj.kind() {
            Kind::Str | Kind::RawBuf | Kind::Range | Kind::RangeIter => {}
            Kind::Tuple => Gc::<TupleObj>::from_obj_unchecked(obj).trace(marker),
            Kind::List => Gc::<ListObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Dict => Gc::<DictObj>::from_obj_unchecked(obj).trace(marker),
            Kind::ValueBuf | Kind::Stack => Gc::<ValueBuf>::from_obj_unchecked(obj).trace(marker),
            Kind::EntryBuf => Gc::<EntryBuf>::from_obj_unchecked(obj).trace(marker),
            Kind::Function => Gc::<FunctionObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Code => Gc::<CodeObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Native => Gc::<NativeObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Method => Gc::<MethodObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Class => Gc::<ClassObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Instance => Gc::<InstanceObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Shape => Gc::<ShapeObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Module => Gc::<ModuleObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Cell => Gc::<CellObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Slice => Gc::<SliceObj>::from_obj_unchecked(obj).trace(marker),
            Kind::SeqIter => Gc::<SeqIterObj>::from_obj_unchecked(obj).trace(marker),
            Kind::DictIter | Kind::DictView => {
                Gc::<DictIterObj>::from_obj_unchecked(obj).trace(marker)
            }
            Kind::Enumerate => Gc::<EnumerateObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Zip => Gc::<ZipObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Super => Gc::<SuperObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Generator => Gc::<GeneratorObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Map | Kind::Filter => Gc::<MapObj>::from_obj_unchecked(obj).trace(marker),
            Kind::Set | Kind::FrozenSet => Gc::<SetObj>::from_obj_unchecked(obj).trace(marker),
            Kind::SetTable => Gc::<SetTable>::from_obj_unchecked(obj).trace(marker),
            Kind::SetIter => Gc::<SetIterObj>::from_obj_unchecked(obj).trace(marker),
        }
    }
}
