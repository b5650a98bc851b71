//! Quickening: adaptive instructions rewrite themselves into specialized forms.
//!
//! Every adaptive instruction keeps a [`Counter`] in the low 16 bits of its first cache unit.
//! Code starts *quickened* ([`quicken`]): each adaptive counter at [`Counter::warmup`] (or
//! [`Counter::unreachable`] with specialization off), each `JUMP_BACKWARD` at
//! [`Counter::jump_backward`] (or unreachable with tier 2 off). The generic form of an
//! instruction ticks its counter; when it triggers, the family's `specialize_*` function looks
//! at the operands and picks a specialized form, which the interpreter writes over the opcode
//! byte (the argument stays) with the counter reset to [`Counter::cooldown`]. A specialized
//! form checks its guard and, when the guard fails (a *deopt*), runs the generic form once,
//! whose counter ticks; the 53rd miss triggers a new attempt, and when that fails the
//! instruction goes back to its base form and backs off. Every failed attempt and every deopt
//! has a named [`Reason`]; `--stats` prints the counts as `<family>_<reason>`.
//!
//! Conditional jumps also keep a 16-bit branch history in the high half of that cache unit:
//! each execution shifts in 1 for taken, 0 for not taken (the tier-2 recorder reads its bias).

use crate::bytecode::{BinaryOp, Opcode, decode};
use crate::counter::Counter;
use crate::object::{Gc, Kind, StrObj};
use crate::value::Value;

/// Families of adaptive instructions, as `--stats` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Family {
    /// `BINARY_OP`.
    BinaryOp,
    /// `COMPARE_OP`.
    CompareOp,
    /// `POP_JUMP_IF_FALSE` / `POP_JUMP_IF_TRUE` (truth tests).
    ToBool,
    /// `JUMP_BACKWARD`'s tier-2 entry.
    JumpBackward,
    /// `LOAD_ATTR`.
    LoadAttr,
    /// `LOAD_METHOD`.
    LoadMethod,
    /// `STORE_ATTR`.
    StoreAttr,
    /// `LOAD_GLOBAL`.
    LoadGlobal,
    /// `CALL`.
    Call,
    /// `FOR_ITER`.
    ForIter,
    /// `BINARY_SUBSCR`.
    BinarySubscr,
    /// `STORE_SUBSCR`.
    StoreSubscr,
    /// `UNPACK_SEQUENCE`.
    UnpackSequence,
}

impl Family {
    /// Every family, in `--stats` order.
    pub const ALL: [Family; 13] = [
        Family::BinaryOp,
        Family::CompareOp,
        Family::ToBool,
        Family::JumpBackward,
        Family::LoadAttr,
        Family::LoadMethod,
        Family::StoreAttr,
        Family::LoadGlobal,
        Family::Call,
        Family::ForIter,
        Family::BinarySubscr,
        Family::StoreSubscr,
        Family::UnpackSequence,
    ];

    /// The prefix of its counters.
    pub const fn name(self) -> &'static str {
        match self {
            Family::BinaryOp => "binary_op",
            Family::CompareOp => "compare_op",
            Family::ToBool => "to_bool",
            Family::JumpBackward => "jump_backward",
            Family::LoadAttr => "load_attr",
            Family::LoadMethod => "load_method",
            Family::StoreAttr => "store_attr",
            Family::LoadGlobal => "load_global",
            Family::Call => "call",
            Family::ForIter => "for_iter",
            Family::BinarySubscr => "binary_subscr",
            Family::StoreSubscr => "store_subscr",
            Family::UnpackSequence => "unpack_sequence",
        }
    }
}

/// Why a specialization attempt failed or a specialized form deoptimized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Reason {
    /// The operand is not an int (or not both are).
    NotInt,
    /// The operand is not a float.
    NotFloat,
    /// The operand is not a str.
    NotStr,
    /// The operand is not of the type the form expects (bool, None, list).
    OtherType,
    /// The int result overflows 64 bits.
    Overflow,
    /// An int operand is too large to convert to float exactly.
    InexactFloat,
    /// Division or modulo by zero (the generic path raises).
    ZeroDivision,
    /// A shift count or power the fast path leaves to the generic one.
    OutOfRange,
    /// Operand types no specialized form covers.
    Types,
    /// The operator has no specialized form.
    Operator,
    /// Another trace is being recorded (or the compiler holds the recorder's memory).
    Recording,
    // -- attributes and globals
    /// The object's kind has no specialized form for this access (or is not the cached one).
    AttrKind,
    /// The attribute or global is missing, or comes from a special path (`__getattr__`,
    /// `__class__`, an exception's `args`).
    NotFound,
    /// A property (data descriptor) of the class handles the attribute.
    Property,
    /// A staticmethod, classmethod or built-in method found where the form wants a plain
    /// value or a Python function.
    Descriptor,
    /// `LOAD_ATTR` of a Python function through an instance (a new bound method each time).
    BoundMethod,
    /// The instance's own attribute shadows a method of its class.
    Shadowed,
    /// `LOAD_METHOD` found something that is not a Python function (or built-in method).
    NotFunction,
    /// `STORE_ATTR` adds an attribute (the instance changes shape).
    NewAttr,
    /// An attribute or entry index too large for the cache.
    BigIndex,
    /// The instance's shape is not the cached one.
    Shape,
    /// The class version is not the cached one (another class, or the class changed).
    ClassVersion,
    /// A dict's keys version is not the cached one (a module's dict or the globals changed
    /// layout, or it is another dict).
    KeysVersion,
    /// The builtins' keys version is not the cached one.
    BuiltinsVersion,
    /// The class has `__slots__` or data descriptors, so adding an attribute needs the
    /// generic path.
    ClassFlags,
    // -- calls
    /// A different Python function than the cached one, or the same one with new defaults.
    FuncVersion,
    /// The callable is not a bound method (the form expects one).
    NotMethod,
    /// The callable is not the cached builtin.
    NativeDef,
    /// The receiver of a builtin method is not of the type the form expects.
    SelfType,
    /// The number of arguments does not fit the parameters (the generic call raises or binds).
    ArgCount,
    /// A generator function: the call makes a generator instead of entering a frame.
    Generator,
    /// `*args`, `**kwargs` or keyword-only parameters.
    ComplexParams,
    /// A built-in class, or a class whose instances have a built-in layout (exceptions, list
    /// and dict subclasses).
    ClassLayout,
    /// The class's `__init__` is not a Python function.
    InitNotPython,
    /// A bound method whose function is not a Python function.
    MethodNotPython,
    /// A builtin method object bound to its receiver (`f = xs.append; f(1)`).
    BoundNative,
    /// Another kind of callable (an instance with `__call__`, a staticmethod object, ...).
    OtherCallable,
    /// The frame would exceed the recursion limit or the value stack (the generic call raises).
    StackLimit,
    // -- iteration, subscripts and unpacking
    /// The container (or the sequence an iterator walks) is not an exact list.
    NotList,
    /// The container (or the sequence an iterator walks) is not an exact tuple.
    NotTuple,
    /// The container is not an exact dict.
    NotDict,
    /// The subscript is a slice.
    Slice,
    /// The container is an instance of a subclass of `list` or `dict`.
    Subclass,
    /// The container or iterator is an instance of a user class (`__getitem__`, `__next__`, ...).
    UserObject,
    /// The str has non-ASCII characters (indexing it is not constant time).
    NonAscii,
    /// The sequence's length differs from the number of targets (the generic path raises).
    Length,
    /// The iterator is of another kind than the specialized form's.
    IterKind,
    /// The iterator is a generator.
    IterGenerator,
    /// The iterator walks a dict (keys, values or items).
    IterDict,
    /// The iterator walks a sequence backwards (`reversed`).
    IterReversed,
    /// The iterator is an `enumerate`.
    IterEnumerate,
    /// The iterator is a `zip`.
    IterZip,
    /// Another built-in iterator (`map`, `filter`, a set's, ...).
    IterOther,
}

impl Reason {
    /// Every reason, in `--stats` order.
    pub const ALL: &'static [Reason] = &[
        Reason::NotInt,
        Reason::NotFloat,
        Reason::NotStr,
        Reason::OtherType,
        Reason::Overflow,
        Reason::InexactFloat,
        Reason::ZeroDivision,
        Reason::OutOfRange,
        Reason::Types,
        Reason::Operator,
        Reason::Recording,
        // -- attributes and globals
        Reason::AttrKind,
        Reason::NotFound,
        Reason::Property,
        Reason::Descriptor,
        Reason::BoundMethod,
        Reason::Shadowed,
        Reason::NotFunction,
        Reason::NewAttr,
        Reason::BigIndex,
        Reason::Shape,
        Reason::ClassVersion,
        Reason::KeysVersion,
        Reason::BuiltinsVersion,
        Reason::ClassFlags,
        // -- calls
        Reason::FuncVersion,
        Reason::NotMethod,
        Reason::NativeDef,
        Reason::SelfType,
        Reason::ArgCount,
        Reason::Generator,
        Reason::ComplexParams,
        Reason::ClassLayout,
        Reason::InitNotPython,
        Reason::MethodNotPython,
        Reason::BoundNative,
        Reason::OtherCallable,
        Reason::StackLimit,
        // -- iteration, subscripts and unpacking
        Reason::NotList,
        Reason::NotTuple,
        Reason::NotDict,
        Reason::Slice,
        Reason::Subclass,
        Reason::UserObject,
        Reason::NonAscii,
        Reason::Length,
        Reason::IterKind,
        Reason::IterGenerator,
        Reason::IterDict,
        Reason::IterReversed,
        Reason::IterEnumerate,
        Reason::IterZip,
        Reason::IterOther,
    ];

    /// The suffix of its counters.
    pub const fn name(self) -> &'static str {
        match self {
            Reason::NotInt => "not_int",
            Reason::NotFloat => "not_float",
            Reason::NotStr => "not_str",
            Reason::OtherType => "other_type",
            Reason::Overflow => "overflow",
            Reason::InexactFloat => "inexact_float",
            Reason::ZeroDivision => "zero_division",
            Reason::OutOfRange => "out_of_range",
            Reason::Types => "types",
            Reason::Operator => "operator",
            Reason::Recording => "recording",
            // -- attributes and globals
            Reason::AttrKind => "kind",
            Reason::NotFound => "not_found",
            Reason::Property => "property",
            Reason::Descriptor => "descriptor",
            Reason::BoundMethod => "bound_method",
            Reason::Shadowed => "shadowed",
            Reason::NotFunction => "not_function",
            Reason::NewAttr => "new_attr",
            Reason::BigIndex => "big_index",
            Reason::Shape => "shape",
            Reason::ClassVersion => "class_version",
            Reason::KeysVersion => "keys_version",
            Reason::BuiltinsVersion => "builtins_version",
            Reason::ClassFlags => "class_flags",
            // -- calls
            Reason::FuncVersion => "func_version",
            Reason::NotMethod => "not_method",
            Reason::NativeDef => "native_def",
            Reason::SelfType => "self_type",
            Reason::ArgCount => "arg_count",
            Reason::Generator => "generator",
            Reason::ComplexParams => "complex_params",
            Reason::ClassLayout => "class_layout",
            Reason::InitNotPython => "init_not_python",
            Reason::MethodNotPython => "method_not_python",
            Reason::BoundNative => "bound_native",
            Reason::OtherCallable => "other_callable",
            Reason::StackLimit => "stack_limit",
            // -- iteration, subscripts and unpacking
            Reason::NotList => "not_list",
            Reason::NotTuple => "not_tuple",
            Reason::NotDict => "not_dict",
            Reason::Slice => "slice",
            Reason::Subclass => "subclass",
            Reason::UserObject => "user_object",
            Reason::NonAscii => "non_ascii",
            Reason::Length => "length",
            Reason::IterKind => "iter_kind",
            Reason::IterGenerator => "iter_generator",
            Reason::IterDict => "iter_dict",
            Reason::IterReversed => "iter_reversed",
            Reason::IterEnumerate => "iter_enumerate",
            Reason::IterZip => "iter_zip",
            Reason::IterOther => "iter_other",
        }
    }
}

const FAMILIES: usize = Family::ALL.len();
const REASONS: usize = Reason::ALL.len();

/// Counts for `--stats` (kept only when enabled; the hot paths test one flag).
pub struct Stats {
    /// Whether anything is counted.
    pub enabled: bool,
    attempts: [u64; FAMILIES],
    successes: [u64; FAMILIES],
    failures: [[u64; REASONS]; FAMILIES],
    deopts: [[u64; REASONS]; FAMILIES],
    hits: [u64; FAMILIES],
}

impl Stats {
    /// All zero; counting when `enabled`.
    pub const fn new(enabled: bool) -> Stats {
        Stats {
            enabled,
            attempts: [0; FAMILIES],
            successes: [0; FAMILIES],
            failures: [[0; REASONS]; FAMILIES],
            deopts: [[0; REASONS]; FAMILIES],
            hits: [0; FAMILIES],
        }
    }

    /// A specialized form ran its fast path.
    #[inline(always)]
    pub fn hit(&mut self, family: Family) {
        if self.enabled {
            self.hits[family as usize] += 1;
        }
    }

    /// A specialized form's guard failed.
    #[inline(always)]
    pub fn deopt(&mut self, family: Family, reason: Reason) {
        if self.enabled {
            self.deopts[family as usize][reason as usize] += 1;
        }
    }

    /// An attempt to specialize (or to enter tier 2) ended with `outcome`.
    pub fn attempt(&mut self, family: Family, outcome: Result<(), Reason>) {
        if self.enabled {
            self.attempts[family as usize] += 1;
            match outcome {
                Ok(()) => self.successes[family as usize] += 1,
                Err(reason) => self.failures[family as usize][reason as usize] += 1,
            }
        }
    }

    /// Writes every non-zero counter as `<family>_<what> <count>` lines.
    pub fn write(&self, out: &mut dyn core::fmt::Write) -> core::fmt::Result {
        for family in Family::ALL {
            let f = family as usize;
            let name = family.name();
            let reasons = |table: &[[u64; REASONS]; FAMILIES]| {
                let row = table[f];
                Reason::ALL
                    .iter()
                    .map(move |&reason| (reason.name(), row[reason as usize]))
            };
            let rows = [
                ("attempts", self.attempts[f]),
                ("successes", self.successes[f]),
            ]
            .into_iter()
            .map(|(what, count)| ("", what, count))
            .chain(reasons(&self.failures).map(|(what, count)| ("fail_", what, count)))
            .chain([("", "hits", self.hits[f])])
            .chain(reasons(&self.deopts).map(|(what, count)| ("deopt_", what, count)));
            for (kind, what, count) in rows {
                if count != 0 {
                    writeln!(out, "{name}_{kind}{what} {count}")?;
                }
            }
        }
        Ok(())
    }

    /// The number of successful specializations of `family` (for tests).
    pub fn successes(&self, family: Family) -> u64 {
        self.successes[family as usize]
    }

    /// The number of fast-path hits of `family` (for tests).
    pub fn hits(&self, family: Family) -> u64 {
        self.hits[family as usize]
    }
}

/// Sets the initial counters of freshly compiled code: adaptive instructions warm up (or never
/// trigger when `specialize` is off), loops count towards tier 2 (or never, when `tier2` is
/// off), branch histories start empty.
pub fn quicken(units: &[core::cell::Cell<u32>], specialize: bool, backward: Counter) {
    let adaptive = if specialize {
        Counter::warmup()
    } else {
        Counter::unreachable()
    };
    let mut at = 0;
    while at < units.len() {
        let (op, _) = decode(units[at].get());
        let Some(opcode) = Opcode::from_u8(op) else {
            return;
        };
        let counter = match opcode {
            Opcode::JUMP_BACKWARD => Some(backward),
            Opcode::BINARY_OP
            | Opcode::COMPARE_OP
            | Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE => Some(adaptive),
            // -- attributes and globals
            Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR | Opcode::LOAD_GLOBAL => {
                Some(adaptive)
            }

            // -- calls
            Opcode::CALL => Some(adaptive),

            // -- iteration, subscripts and unpacking
            Opcode::FOR_ITER
            | Opcode::BINARY_SUBSCR
            | Opcode::STORE_SUBSCR
            | Opcode::UNPACK_SEQUENCE => Some(adaptive),
            _ => None,
        };
        if let (Some(counter), Some(cache)) = (counter, units.get(at + 1)) {
            cache.set(u32::from(counter.to_bits()));
        }
        at += opcode.size() as usize;
    }
}

/// The specialized form of `BINARY_OP` for these operands.
pub fn binary_op(arg: u32, lhs: Value, rhs: Value) -> Result<Opcode, Reason> {
    let Some((op, _)) = BinaryOp::from_arg(arg) else {
        return Err(Reason::Operator);
    };
    match (lhs, rhs) {
        (Value::Int(_), Value::Int(_)) => Ok(match op {
            BinaryOp::Add => Opcode::BINARY_OP_ADD_INT,
            BinaryOp::Subtract => Opcode::BINARY_OP_SUBTRACT_INT,
            BinaryOp::Multiply => Opcode::BINARY_OP_MULTIPLY_INT,
            BinaryOp::And
            | BinaryOp::Or
            | BinaryOp::Xor
            | BinaryOp::FloorDivide
            | BinaryOp::Remainder
            | BinaryOp::TrueDivide
            | BinaryOp::LShift
            | BinaryOp::RShift => Opcode::BINARY_OP_INT,
            BinaryOp::MatMul | BinaryOp::Power => return Err(Reason::Operator),
        }),
        (Value::Float(_), Value::Float(_)) => Ok(match op {
            BinaryOp::Add => Opcode::BINARY_OP_ADD_FLOAT,
            BinaryOp::Subtract => Opcode::BINARY_OP_SUBTRACT_FLOAT,
            BinaryOp::Multiply => Opcode::BINARY_OP_MULTIPLY_FLOAT,
            BinaryOp::TrueDivide => Opcode::BINARY_OP_FLOAT,
            _ => return Err(Reason::Operator),
        }),
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => match op {
            BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply | BinaryOp::TrueDivide => {
                Ok(Opcode::BINARY_OP_MIXED)
            }
            _ => Err(Reason::Operator),
        },
        _ if op == BinaryOp::Add && is_str(lhs) && is_str(rhs) => Ok(Opcode::BINARY_OP_ADD_STR),
        _ => Err(Reason::Types),
    }
}

/// The specialized form of `COMPARE_OP` for these operands; `next` is the instruction after
/// it (a conditional jump there is fused into the comparison).
pub fn compare_op(lhs: Value, rhs: Value, next: Option<Opcode>) -> Result<Opcode, Reason> {
    let fused = matches!(
        next.map(Opcode::base),
        Some(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)
    );
    match (lhs, rhs) {
        (Value::Int(_), Value::Int(_)) => Ok(if fused {
            Opcode::COMPARE_OP_INT_JUMP
        } else {
            Opcode::COMPARE_OP_INT
        }),
        (Value::Float(_), Value::Float(_)) => Ok(if fused {
            Opcode::COMPARE_OP_FLOAT_JUMP
        } else {
            Opcode::COMPARE_OP_FLOAT
        }),
        _ if is_str(lhs) && is_str(rhs) => Ok(if fused {
            Opcode::COMPARE_OP_STR_JUMP
        } else {
            Opcode::COMPARE_OP_STR
        }),
        _ => Err(Reason::Types),
    }
}

/// The specialized truth test of `POP_JUMP_IF_FALSE`/`TRUE` (`base`) for `value`.
pub fn to_bool(base: Opcode, value: Value) -> Result<Opcode, Reason> {
    let if_false = base == Opcode::POP_JUMP_IF_FALSE;
    let pick = |on_false: Opcode, on_true: Opcode| if if_false { on_false } else { on_true };
    match value {
        Value::Bool(_) => Ok(pick(
            Opcode::POP_JUMP_IF_FALSE_BOOL,
            Opcode::POP_JUMP_IF_TRUE_BOOL,
        )),
        Value::Int(_) => Ok(pick(
            Opcode::POP_JUMP_IF_FALSE_INT,
            Opcode::POP_JUMP_IF_TRUE_INT,
        )),
        Value::None => Ok(pick(
            Opcode::POP_JUMP_IF_FALSE_NONE,
            Opcode::POP_JUMP_IF_TRUE_NONE,
        )),
        Value::Obj(obj) if obj.kind() == Kind::List => Ok(pick(
            Opcode::POP_JUMP_IF_FALSE_LIST,
            Opcode::POP_JUMP_IF_TRUE_LIST,
        )),
        _ => Err(Reason::Types),
    }
}

/// Whether a value is an exact `str`.
#[inline]
pub fn is_str(value: Value) -> bool {
    matches!(value, Value::Obj(obj) if obj.kind() == Kind::Str)
}

/// The str behind a value known to be one.
#[inline]
pub fn as_str(value: Value) -> Option<Gc<StrObj>> {
    value.as_obj().and_then(|o| o.downcast::<StrObj>())
}

impl super::Vm<'_> {
    /// The `--stats` counters, one `<family>_<reason> <count>` line each.
    pub fn write_stats(&self, out: &mut dyn core::fmt::Write) -> core::fmt::Result {
        self.stats.write(out)?;
        self.trace_stats.write(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_and_family_is_listed_once_in_order() {
        for (index, reason) in Reason::ALL.iter().enumerate() {
            assert_eq!(*reason as usize, index, "{}", reason.name());
        }
        for (index, family) in Family::ALL.iter().enumerate() {
            assert_eq!(*family as usize, index, "{}", family.name());
        }
    }
}
