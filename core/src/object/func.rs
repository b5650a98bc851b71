//! Code, functions, builtin functions, bound methods and closure cells.

use super::{DictObj, Gc, Kind, Object, RawBuf, StrObj, TupleObj, mark_obj, mark_value};
use crate::compile::{CodeKind, ExceptionEntry, LineEntry, SlotKind};
use crate::heap::{Header, Marker};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};
use core::cell::Cell;

/// A compiled code object (`co_*` in CPython).
#[repr(C)]
pub struct CodeObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Module, function, class body or comprehension.
    pub kind: CodeKind,
    /// `crate::compile::code_flags` bits.
    pub flags: u32,
    /// Positional parameters.
    pub arg_count: u32,
    /// Positional-only parameters.
    pub posonly_count: u32,
    /// Keyword-only parameters.
    pub kwonly_count: u32,
    /// Local slots (locals, cells, free variables).
    pub slot_count: u32,
    /// Deepest value stack.
    pub stack_size: u32,
    /// Whether any slot is a cell or free variable (frame setup has work to do).
    pub has_cells: bool,
    /// Line of the definition.
    pub first_line: u32,
    /// `co_name`.
    pub name: Gc<StrObj>,
    /// `co_qualname`.
    pub qualname: Gc<StrObj>,
    /// The file name tracebacks print.
    pub filename: Gc<StrObj>,
    /// The whole source text of the file (for tracebacks), or `Null`.
    pub source: Value,
    /// The bytecode units (quickening rewrites them in place).
    pub units: Gc<RawBuf>,
    /// Constants.
    pub consts: Gc<TupleObj>,
    /// Names (interned strings).
    pub names: Gc<TupleObj>,
    /// Slot names (interned strings).
    pub slot_names: Gc<TupleObj>,
    /// One [`SlotKind`] byte per slot.
    pub slot_kinds: Gc<RawBuf>,
    /// [`LineEntry`] rows.
    pub lines: Gc<RawBuf>,
    /// [`ExceptionEntry`] rows.
    pub exceptions: Gc<RawBuf>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Code object.
unsafe impl Object for CodeObj {
    const KIND: Kind = Kind::Code;
}

impl CodeObj {
    /// The bytecode.
    #[inline]
    pub fn code(&self) -> &[Cell<u32>] {
        self.units.u32_cells()
    }

    /// What slot `index` holds.
    pub fn slot_kind(&self, index: usize) -> SlotKind {
        let byte = if index < self.slot_count as usize {
            // SAFETY: the constructor wrote `slot_count` SlotKind bytes and index is below it.
            unsafe { *self.slot_kinds.data_ptr().add(index) }
        } else {
            0
        };
        match byte {
            1 => SlotKind::Cell,
            2 => SlotKind::Free,
            _ => SlotKind::Local,
        }
    }

    /// The line table rows.
    pub fn line_table(&self) -> &[LineEntry] {
        let count = self.lines.len / core::mem::size_of::<LineEntry>();
        // SAFETY: the constructor copied `count` LineEntry rows (repr(Rust) but plain u32
        // pairs, written and read as that same type) into the 8-aligned payload.
        unsafe { core::slice::from_raw_parts(self.lines.data_ptr().cast::<LineEntry>(), count) }
    }

    /// The exception table rows.
    pub fn exception_table(&self) -> &[ExceptionEntry] {
        let count = self.exceptions.len / core::mem::size_of::<ExceptionEntry>();
        // SAFETY: as for `line_table`.
        unsafe {
            core::slice::from_raw_parts(self.exceptions.data_ptr().cast::<ExceptionEntry>(), count)
        }
    }

    /// The source line of the instruction at code unit `offset`.
    pub fn line_at(&self, offset: u32) -> u32 {
        let table = self.line_table();
        let index = table.partition_point(|row| row.start <= offset);
        if index == 0 {
            self.first_line
        } else {
            table[index - 1].line
        }
    }

    /// The name at `index` of the names table.
    #[inline]
    pub fn name_at(&self, index: u32) -> Value {
        self.names
            .items()
            .get(index as usize)
            .copied()
            .unwrap_or(Value::None)
    }

    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        for obj in [
            self.name.obj(),
            self.qualname.obj(),
            self.filename.obj(),
            self.units.obj(),
            self.consts.obj(),
            self.names.obj(),
            self.slot_names.obj(),
            self.slot_kinds.obj(),
            self.lines.obj(),
            self.exceptions.obj(),
        ] {
            mark_obj(marker, obj);
        }
        mark_value(marker, self.source);
    }
}

/// A Python function.
#[repr(C)]
pub struct FunctionObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// Identifies this function *and* the state a specialized call relies on (its code and
    /// defaults): a fresh `Vm::fresh_version` tag at creation, renewed whenever
    /// `__defaults__` or `__kwdefaults__` is assigned (the code, globals and closure never
    /// change). Version tags are unique (until the 32-bit counter wraps), so a call site that
    /// cached a version and sees it again has the same, unchanged function, which a cached
    /// pointer alone could not prove: a freed function's memory is reused.
    pub version: Cell<u32>,
    /// The code it runs.
    pub code: Gc<CodeObj>,
    /// Its module's globals.
    pub globals: Gc<DictObj>,
    /// `__name__`.
    pub name: Cell<Gc<StrObj>>,
    /// `__qualname__`.
    pub qualname: Cell<Gc<StrObj>>,
    /// Positional defaults (a tuple) or `Null`.
    pub defaults: Cell<Value>,
    /// Keyword-only defaults (a dict) or `Null`.
    pub kwdefaults: Cell<Value>,
    /// Cells for the free variables (a tuple) or `Null`.
    pub closure: Value,
    /// `__module__` (a str) or `Null`.
    pub module: Value,
    /// Attributes set on the function (a dict), or `Null`.
    pub dict: Cell<Value>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Function object.
unsafe impl Object for FunctionObj {
    const KIND: Kind = Kind::Function;
}

impl FunctionObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_obj(marker, self.code.obj());
        mark_obj(marker, self.globals.obj());
        mark_obj(marker, self.name.get().obj());
        mark_obj(marker, self.qualname.get().obj());
        mark_value(marker, self.defaults.get());
        mark_value(marker, self.kwdefaults.get());
        mark_value(marker, self.closure);
        mark_value(marker, self.module);
        mark_value(marker, self.dict.get());
    }
}

/// A builtin's Rust implementation.
pub type NativeFn = for<'a, 'v> fn(&mut Vm<'a>, &Args<'v>) -> PyResult<Value>;

/// The static description of a builtin function or method.
#[derive(Debug)]
pub struct NativeDef {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation. For methods, `args.pos[0]` is the receiver.
    pub func: NativeFn,
}

/// A builtin function or method (bound when `receiver` is not `Null`).
#[repr(C)]
pub struct NativeObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// What it is.
    pub def: &'static NativeDef,
    /// The object a builtin method is bound to, or `Null`.
    pub receiver: Value,
    /// The class that owns a method (`Null` for functions), for reprs and type checks.
    pub owner: Value,
}

// SAFETY: repr(C), header first, the layout of every Kind::Native object.
unsafe impl Object for NativeObj {
    const KIND: Kind = Kind::Native;
}

impl NativeObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.receiver);
        mark_value(marker, self.owner);
    }
}

/// A bound method: a function and the object it was looked up on.
#[repr(C)]
pub struct MethodObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The function.
    pub func: Value,
    /// The receiver (`self`).
    pub receiver: Value,
}

// SAFETY: repr(C), header first, the layout of every Kind::Method object.
unsafe impl Object for MethodObj {
    const KIND: Kind = Kind::Method;
}

impl MethodObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.func);
        mark_value(marker, self.receiver);
    }
}

/// A closure cell.
#[repr(C)]
pub struct CellObj {
    /// Heap header.
    pub header: Cell<Header>,
    /// The variable's value (`Null` when unbound).
    pub value: Cell<Value>,
}

// SAFETY: repr(C), header first, the layout of every Kind::Cell object.
unsafe impl Object for CellObj {
    const KIND: Kind = Kind::Cell;
}

impl CellObj {
    pub(super) fn trace(&self, marker: &mut Marker<'_>) {
        mark_value(marker, self.value.get());
    }
}
