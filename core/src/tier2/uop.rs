//! Micro-operations (uops) and the one table that expands bytecode into them.
//!
//! A trace is a straight line of uops. Each bytecode instruction the recorder sees becomes the
//! uops [`expansion`] lists for it: type guards split from the work they protect (so the
//! optimizer can drop a guard an earlier one already proved), a conditional branch resolved
//! into a guard on the direction the recording took. The recorder charges fitness from this
//! same table and the buffer proof in [`super::recorder`] reads its longest row
//! ([`MAX_EXPANSION`]), so the proof and the recorder can never disagree about sizes.
//!
//! Names follow CPython's (`_GUARD_BOTH_INT`, `_BINARY_OP_ADD_INT`, `_PUSH_FRAME`, ...); the
//! enum drops the leading underscore and [`Uop::name`] prints it.

use crate::bytecode::Opcode;

/// Defines [`Uop`], its name table and [`Uop::ALL`] from one list.
macro_rules! define_uops {
    ($( $(#[doc = $doc:literal])* $name:ident, )*) => {
        /// One micro-operation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types, reason = "uop names are CPython's SCREAMING_CASE")]
        pub enum Uop {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Uop {
            /// Every uop, in numeric order.
            pub const ALL: &'static [Uop] = &[$(Uop::$name,)*];

            /// The uop's name as dumps print it (CPython's spelling, leading underscore).
            pub const fn name(self) -> &'static str {
                match self {
                    $( Uop::$name => concat!("_", stringify!($name)), )*
                }
            }
        }
    };
}

define_uops! {
    // -- stack and locals
    /// Does nothing (left where the optimizer removed a uop in place).
    NOP,
    /// Drops the top of the stack.
    POP_TOP,
    /// Pushes the internal NULL (an empty call slot).
    PUSH_NULL,
    /// Pushes a copy of the `oparg`-th item.
    COPY,
    /// Swaps the top with the `oparg`-th item.
    SWAP,
    /// Pushes constant `oparg` of the code.
    LOAD_CONST,
    /// Pushes the constant folded into the uop by the optimizer: `oparg` says its kind
    /// (`optimizer::const_kind`), `operand` holds its bits.
    LOAD_CONST_INLINE,
    /// Pushes local `oparg`; exits when it is unbound (tier 1 raises the error).
    LOAD_FAST,
    /// Pops into local `oparg`.
    STORE_FAST,
    /// Pushes the content of cell `oparg`; exits when it is empty.
    LOAD_DEREF,
    /// Pops into cell `oparg`.
    STORE_DEREF,
    /// Pushes cell `oparg` itself.
    LOAD_CLOSURE,
    // -- names (module-level code)
    /// `LOAD_GLOBAL oparg`, generic.
    LOAD_GLOBAL,
    /// `STORE_GLOBAL oparg`, generic (module-level code stores its variables so).
    STORE_GLOBAL,
    /// `LOAD_NAME oparg`, generic.
    LOAD_NAME,
    /// `STORE_NAME oparg`, generic.
    STORE_NAME,
    /// Exits unless the globals' keys version is `operand`.
    GUARD_GLOBALS_KEYS,
    /// Exits unless the builtins' keys version is `operand`.
    GUARD_BUILTINS_KEYS,
    /// Pushes the module global at the cached index (after `GUARD_GLOBALS_KEYS`).
    LOAD_GLOBAL_MODULE,
    /// Pushes the builtin at the cached index (after both keys guards).
    LOAD_GLOBAL_BUILTIN,
    // -- arithmetic
    /// Exits unless the two top values are ints.
    GUARD_BOTH_INT,
    /// Exits unless the two top values are floats.
    GUARD_BOTH_FLOAT,
    /// Exits unless the two top values are ints or floats, not both ints.
    GUARD_BOTH_NUMBER,
    /// Exits unless the two top values are strs.
    GUARD_BOTH_STR,
    /// Int `+`; exits on overflow.
    BINARY_OP_ADD_INT,
    /// Int `-`; exits on overflow.
    BINARY_OP_SUBTRACT_INT,
    /// Int `*`; exits on overflow.
    BINARY_OP_MULTIPLY_INT,
    /// Another int operator (`oparg` is the `BINARY_OP` number); exits when it would raise.
    BINARY_OP_INT,
    /// Float `+`.
    BINARY_OP_ADD_FLOAT,
    /// Float `-`.
    BINARY_OP_SUBTRACT_FLOAT,
    /// Float `*`.
    BINARY_OP_MULTIPLY_FLOAT,
    /// Another float operator; exits when it would raise.
    BINARY_OP_FLOAT,
    /// An int/float mix; exits when it would raise.
    BINARY_OP_MIXED,
    /// Str concatenation.
    BINARY_OP_ADD_STR,
    /// `BINARY_OP oparg` on anything (may run Python code).
    BINARY_OP,
    /// Int comparison `oparg`, pushing a bool.
    COMPARE_OP_INT,
    /// Float comparison `oparg`.
    COMPARE_OP_FLOAT,
    /// Str comparison `oparg`.
    COMPARE_OP_STR,
    /// `COMPARE_OP oparg` on anything (may run Python code).
    COMPARE_OP,
    /// `IS_OP oparg`.
    IS_OP,
    /// `CONTAINS_OP oparg` (may run Python code).
    CONTAINS_OP,
    /// `UNARY_NOT`.
    UNARY_NOT,
    /// `UNARY_NEGATIVE` (may run Python code).
    UNARY_NEGATIVE,
    /// `UNARY_INVERT` (may run Python code).
    UNARY_INVERT,
    // -- truth and branches
    /// Exits unless the top is a bool (it is its own truth).
    TO_BOOL_BOOL,
    /// Replaces an int on top by its truth; exits for other types.
    TO_BOOL_INT,
    /// Replaces None on top by False; exits for other values.
    TO_BOOL_NONE,
    /// Replaces a list on top by its truth; exits for other types.
    TO_BOOL_LIST,
    /// Replaces the top by its truth, any type (may run Python code).
    TO_BOOL,
    /// Pops a bool; exits (side exit to the other direction) unless it is True.
    GUARD_IS_TRUE_POP,
    /// Pops a bool; exits unless it is False.
    GUARD_IS_FALSE_POP,
    /// Pops; exits unless it was None.
    GUARD_IS_NONE_POP,
    /// Pops; exits if it was None.
    GUARD_IS_NOT_NONE_POP,
    /// Placeholder in the table: the recorder replaces it with `GUARD_IS_TRUE_POP` or
    /// `GUARD_IS_FALSE_POP`, whichever keeps a fused compare-and-jump on the recorded path.
    BRANCH_ON_BOOL,
    // -- attributes
    /// An instance attribute at a cached index (guards the shape prefix itself).
    LOAD_ATTR_INSTANCE_VALUE,
    /// A class attribute cached by value.
    LOAD_ATTR_CLASS_VALUE,
    /// A module attribute (guards the module's keys version itself).
    LOAD_ATTR_MODULE,
    /// An attribute of a class object.
    LOAD_ATTR_CLASS,
    /// A method found on the class, the instance having no shadowing attribute.
    LOAD_METHOD_WITH_VALUES,
    /// A function from a module.
    LOAD_METHOD_MODULE,
    /// A method of a built-in type.
    LOAD_METHOD_BUILTIN,
    /// A method looked up on a class object.
    LOAD_METHOD_CLASS,
    /// Stores an existing instance attribute at a cached index.
    STORE_ATTR_INSTANCE_VALUE,
    /// Adds an instance attribute along the cached shape transition (guards the shape).
    STORE_ATTR_INSTANCE_ADD,
    /// `LOAD_ATTR oparg`, generic (may run Python code).
    LOAD_ATTR,
    /// `LOAD_METHOD oparg`, generic (may run Python code).
    LOAD_METHOD,
    /// `STORE_ATTR oparg`, generic (may run Python code).
    STORE_ATTR,
    // -- containers
    /// `list[int]`; exits on other types or out of range.
    BINARY_SUBSCR_LIST_INT,
    /// `tuple[int]`.
    BINARY_SUBSCR_TUPLE_INT,
    /// `dict[key]`; raises KeyError when the key is missing.
    BINARY_SUBSCR_DICT,
    /// `container[key]`, generic (may run Python code).
    BINARY_SUBSCR,
    /// `container[key] = value`, generic (may run Python code).
    STORE_SUBSCR,
    /// `BUILD_SLICE oparg`.
    BUILD_SLICE,
    /// `BUILD_STRING oparg` (f-strings).
    BUILD_STRING,
    /// `FORMAT_VALUE oparg` (may run Python code).
    FORMAT_VALUE,
    /// `LIST_EXTEND oparg` (may run Python code).
    LIST_EXTEND,
    /// `list[int] = value`.
    STORE_SUBSCR_LIST_INT,
    /// Unpacks a 2-tuple.
    UNPACK_SEQUENCE_TWO_TUPLE,
    /// Unpacks a tuple of `oparg` items.
    UNPACK_SEQUENCE_TUPLE,
    /// Unpacks a list of `oparg` items.
    UNPACK_SEQUENCE_LIST,
    /// `BUILD_TUPLE oparg`.
    BUILD_TUPLE,
    /// `BUILD_LIST oparg`.
    BUILD_LIST,
    /// `LIST_APPEND oparg` (comprehensions).
    LIST_APPEND,
    // -- iteration
    /// Exits unless the top is a range iterator.
    ITER_CHECK_RANGE,
    /// Exits unless the top is a list iterator.
    ITER_CHECK_LIST,
    /// Exits unless the top is a tuple iterator.
    ITER_CHECK_TUPLE,
    /// Exits (to the loop's exit) when the iterator on top is exhausted.
    GUARD_NOT_EXHAUSTED,
    /// Exits (into the loop body) unless the iterator on top is exhausted.
    GUARD_EXHAUSTED,
    /// Pushes the range iterator's next int.
    ITER_NEXT_RANGE,
    /// Pushes the list iterator's next item.
    ITER_NEXT_LIST,
    /// Pushes the tuple iterator's next item.
    ITER_NEXT_TUPLE,
    /// `GET_ITER` (may run Python code).
    GET_ITER,
    // -- calls and frames
    /// A call of a Python function, bound method or class with `__init__` as the recorded
    /// specialized `CALL` form: guards the callee (exits when it is another than the code at
    /// address `operand`, which the trace recorded) and pushes the callee's frame record with
    /// the arguments in place.
    INIT_CALL_PY,
    /// A call of a built-in function or method as the recorded specialized `CALL` form
    /// (`len`, `isinstance`, `abs`, `min`, `max`, `list.append`, a built-in class, any
    /// native): its guards (exits when the callable is another), then the call.
    CALL_BUILTIN,
    /// Makes the frame `INIT_CALL_PY` pushed the running one; the trace goes on in the callee.
    PUSH_FRAME,
    /// Returns from the running frame to its caller (exits instead when the frame returns
    /// to Rust code, or when the caller is not the recorded one: the code at address
    /// `operand`, resuming at code unit `oparg`).
    POP_FRAME,
    /// Exits unless the executor is still valid (nothing it assumed changed). Follows every
    /// uop that may run arbitrary Python code.
    CHECK_VALIDITY,
    // -- trace control
    /// Jumps to the first uop: the loop closed.
    JUMP_TO_TOP,
    /// Leaves the trace, resuming tier 1 at `target` (or entering the executor linked there).
    /// A terminator, not a branch.
    EXIT_TRACE,
}

impl Uop {
    /// The uops that end a trace (nothing after them runs).
    pub const fn is_terminator(self) -> bool {
        matches!(self, Uop::JUMP_TO_TOP | Uop::EXIT_TRACE)
    }

    /// Whether the uop can leave the trace through a side exit (a guard or a check).
    pub const fn can_exit(self) -> bool {
        matches!(
            self,
            Uop::LOAD_FAST
                | Uop::LOAD_DEREF
                | Uop::GUARD_GLOBALS_KEYS
                | Uop::GUARD_BUILTINS_KEYS
                | Uop::GUARD_BOTH_INT
                | Uop::GUARD_BOTH_FLOAT
                | Uop::GUARD_BOTH_NUMBER
                | Uop::GUARD_BOTH_STR
                | Uop::BINARY_OP_ADD_INT
                | Uop::BINARY_OP_SUBTRACT_INT
                | Uop::BINARY_OP_MULTIPLY_INT
                | Uop::BINARY_OP_INT
                | Uop::BINARY_OP_FLOAT
                | Uop::BINARY_OP_MIXED
                | Uop::TO_BOOL_BOOL
                | Uop::TO_BOOL_INT
                | Uop::TO_BOOL_NONE
                | Uop::TO_BOOL_LIST
                | Uop::GUARD_IS_TRUE_POP
                | Uop::GUARD_IS_FALSE_POP
                | Uop::GUARD_IS_NONE_POP
                | Uop::GUARD_IS_NOT_NONE_POP
                | Uop::LOAD_ATTR_INSTANCE_VALUE
                | Uop::LOAD_ATTR_CLASS_VALUE
                | Uop::LOAD_ATTR_CLASS
                | Uop::LOAD_METHOD_CLASS
                | Uop::LOAD_ATTR_MODULE
                | Uop::LOAD_METHOD_WITH_VALUES
                | Uop::LOAD_METHOD_MODULE
                | Uop::LOAD_METHOD_BUILTIN
                | Uop::STORE_ATTR_INSTANCE_VALUE
                | Uop::STORE_ATTR_INSTANCE_ADD
                | Uop::BINARY_SUBSCR_LIST_INT
                | Uop::BINARY_SUBSCR_TUPLE_INT
                | Uop::BINARY_SUBSCR_DICT
                | Uop::STORE_SUBSCR_LIST_INT
                | Uop::UNPACK_SEQUENCE_TWO_TUPLE
                | Uop::UNPACK_SEQUENCE_TUPLE
                | Uop::UNPACK_SEQUENCE_LIST
                | Uop::ITER_CHECK_RANGE
                | Uop::ITER_CHECK_LIST
                | Uop::ITER_CHECK_TUPLE
                | Uop::GUARD_NOT_EXHAUSTED
                | Uop::GUARD_EXHAUSTED
                | Uop::INIT_CALL_PY
                | Uop::CALL_BUILTIN
                | Uop::POP_FRAME
                | Uop::CHECK_VALIDITY
        )
    }
}

/// What a bytecode instruction becomes in a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expansion {
    /// Tier 2 does not run it: a trace that reaches it ends there, exiting to tier 1.
    Unsupported,
    /// The same uops whichever way control leaves the instruction.
    Straight(&'static [Uop]),
    /// A conditional instruction: its uops when the recording fell through, and when it
    /// jumped. Each list holds the guard that keeps later runs on the recorded path.
    Branch {
        /// Uops when the instruction fell through.
        fall: &'static [Uop],
        /// Uops when it jumped.
        jump: &'static [Uop],
    },
}

impl Expansion {
    /// The longest uop list of the row (slots the instruction may take).
    pub const fn max_len(self) -> usize {
        match self {
            Expansion::Unsupported => 0,
            Expansion::Straight(uops) => uops.len(),
            Expansion::Branch { fall, jump } => {
                if fall.len() > jump.len() {
                    fall.len()
                } else {
                    jump.len()
                }
            }
        }
    }
}

/// The row of `opcode` (its specialized form when it has one: the recorder sees instructions
/// as they were quickened).
pub const fn expansion(opcode: Opcode) -> Expansion {
    use Expansion::{Branch, Straight, Unsupported};
    use Uop as U;
    match opcode {
        Opcode::NOP | Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD | Opcode::ENTER_EXECUTOR => {
            Straight(&[])
        }
        Opcode::POP_TOP => Straight(&[U::POP_TOP]),
        Opcode::PUSH_NULL => Straight(&[U::PUSH_NULL]),
        Opcode::COPY => Straight(&[U::COPY]),
        Opcode::SWAP => Straight(&[U::SWAP]),
        Opcode::LOAD_CONST => Straight(&[U::LOAD_CONST]),
        Opcode::LOAD_FAST => Straight(&[U::LOAD_FAST]),
        Opcode::STORE_FAST => Straight(&[U::STORE_FAST]),
        Opcode::LOAD_DEREF => Straight(&[U::LOAD_DEREF]),
        Opcode::STORE_DEREF => Straight(&[U::STORE_DEREF]),
        Opcode::LOAD_CLOSURE => Straight(&[U::LOAD_CLOSURE]),
        Opcode::LOAD_GLOBAL => Straight(&[U::LOAD_GLOBAL]),
        // A store may change a dict an executor folded values from (invalidating it).
        Opcode::STORE_GLOBAL => Straight(&[U::STORE_GLOBAL, U::CHECK_VALIDITY]),
        Opcode::LOAD_NAME => Straight(&[U::LOAD_NAME]),
        Opcode::STORE_NAME => Straight(&[U::STORE_NAME, U::CHECK_VALIDITY]),
        Opcode::LOAD_GLOBAL_MODULE => Straight(&[U::GUARD_GLOBALS_KEYS, U::LOAD_GLOBAL_MODULE]),
        Opcode::LOAD_GLOBAL_BUILTIN => Straight(&[
            U::GUARD_GLOBALS_KEYS,
            U::GUARD_BUILTINS_KEYS,
            U::LOAD_GLOBAL_BUILTIN,
        ]),
        // -- arithmetic
        Opcode::BINARY_OP_ADD_INT => Straight(&[U::GUARD_BOTH_INT, U::BINARY_OP_ADD_INT]),
        Opcode::BINARY_OP_SUBTRACT_INT => Straight(&[U::GUARD_BOTH_INT, U::BINARY_OP_SUBTRACT_INT]),
        Opcode::BINARY_OP_MULTIPLY_INT => Straight(&[U::GUARD_BOTH_INT, U::BINARY_OP_MULTIPLY_INT]),
        Opcode::BINARY_OP_INT => Straight(&[U::GUARD_BOTH_INT, U::BINARY_OP_INT]),
        Opcode::BINARY_OP_ADD_FLOAT => Straight(&[U::GUARD_BOTH_FLOAT, U::BINARY_OP_ADD_FLOAT]),
        Opcode::BINARY_OP_SUBTRACT_FLOAT => {
            Straight(&[U::GUARD_BOTH_FLOAT, U::BINARY_OP_SUBTRACT_FLOAT])
        }
        Opcode::BINARY_OP_MULTIPLY_FLOAT => {
            Straight(&[U::GUARD_BOTH_FLOAT, U::BINARY_OP_MULTIPLY_FLOAT])
        }
        Opcode::BINARY_OP_FLOAT => Straight(&[U::GUARD_BOTH_FLOAT, U::BINARY_OP_FLOAT]),
        Opcode::BINARY_OP_MIXED => Straight(&[U::GUARD_BOTH_NUMBER, U::BINARY_OP_MIXED]),
        Opcode::BINARY_OP_ADD_STR => Straight(&[U::GUARD_BOTH_STR, U::BINARY_OP_ADD_STR]),
        Opcode::BINARY_OP => Straight(&[U::BINARY_OP, U::CHECK_VALIDITY]),
        Opcode::COMPARE_OP_INT => Straight(&[U::GUARD_BOTH_INT, U::COMPARE_OP_INT]),
        Opcode::COMPARE_OP_FLOAT => Straight(&[U::GUARD_BOTH_FLOAT, U::COMPARE_OP_FLOAT]),
        Opcode::COMPARE_OP_STR => Straight(&[U::GUARD_BOTH_STR, U::COMPARE_OP_STR]),
        Opcode::COMPARE_OP => Straight(&[U::COMPARE_OP, U::CHECK_VALIDITY]),
        Opcode::COMPARE_OP_INT_JUMP => Branch {
            fall: &[U::GUARD_BOTH_INT, U::COMPARE_OP_INT, U::BRANCH_ON_BOOL],
            jump: &[U::GUARD_BOTH_INT, U::COMPARE_OP_INT, U::BRANCH_ON_BOOL],
        },
        Opcode::COMPARE_OP_FLOAT_JUMP => Branch {
            fall: &[U::GUARD_BOTH_FLOAT, U::COMPARE_OP_FLOAT, U::BRANCH_ON_BOOL],
            jump: &[U::GUARD_BOTH_FLOAT, U::COMPARE_OP_FLOAT, U::BRANCH_ON_BOOL],
        },
        Opcode::COMPARE_OP_STR_JUMP => Branch {
            fall: &[U::GUARD_BOTH_STR, U::COMPARE_OP_STR, U::BRANCH_ON_BOOL],
            jump: &[U::GUARD_BOTH_STR, U::COMPARE_OP_STR, U::BRANCH_ON_BOOL],
        },
        Opcode::IS_OP => Straight(&[U::IS_OP]),
        Opcode::CONTAINS_OP => Straight(&[U::CONTAINS_OP, U::CHECK_VALIDITY]),
        Opcode::UNARY_NOT => Straight(&[U::UNARY_NOT]),
        Opcode::UNARY_NEGATIVE => Straight(&[U::UNARY_NEGATIVE, U::CHECK_VALIDITY]),
        Opcode::UNARY_INVERT => Straight(&[U::UNARY_INVERT, U::CHECK_VALIDITY]),
        Opcode::BUILD_SLICE => Straight(&[U::BUILD_SLICE]),
        Opcode::BUILD_STRING => Straight(&[U::BUILD_STRING]),
        Opcode::FORMAT_VALUE => Straight(&[U::FORMAT_VALUE, U::CHECK_VALIDITY]),
        Opcode::LIST_EXTEND => Straight(&[U::LIST_EXTEND, U::CHECK_VALIDITY]),
        Opcode::BINARY_SUBSCR | Opcode::BINARY_SUBSCR_STR_INT => {
            Straight(&[U::BINARY_SUBSCR, U::CHECK_VALIDITY])
        }
        Opcode::STORE_SUBSCR | Opcode::STORE_SUBSCR_DICT => {
            Straight(&[U::STORE_SUBSCR, U::CHECK_VALIDITY])
        }
        Opcode::LOAD_ATTR => Straight(&[U::LOAD_ATTR, U::CHECK_VALIDITY]),
        Opcode::LOAD_METHOD => Straight(&[U::LOAD_METHOD, U::CHECK_VALIDITY]),
        Opcode::STORE_ATTR_INSTANCE_ADD => Straight(&[U::STORE_ATTR_INSTANCE_ADD]),
        Opcode::STORE_ATTR => Straight(&[U::STORE_ATTR, U::CHECK_VALIDITY]),
        // -- branches: the guard keeps the recorded direction, its exit takes the other
        Opcode::POP_JUMP_IF_FALSE_BOOL => if_false(U::TO_BOOL_BOOL),
        Opcode::POP_JUMP_IF_TRUE_BOOL => if_true(U::TO_BOOL_BOOL),
        Opcode::POP_JUMP_IF_FALSE_INT => if_false(U::TO_BOOL_INT),
        Opcode::POP_JUMP_IF_TRUE_INT => if_true(U::TO_BOOL_INT),
        Opcode::POP_JUMP_IF_FALSE_LIST => if_false(U::TO_BOOL_LIST),
        Opcode::POP_JUMP_IF_TRUE_LIST => if_true(U::TO_BOOL_LIST),
        Opcode::POP_JUMP_IF_FALSE_NONE => if_false(U::TO_BOOL_NONE),
        Opcode::POP_JUMP_IF_TRUE_NONE => if_true(U::TO_BOOL_NONE),
        Opcode::POP_JUMP_IF_FALSE => Branch {
            fall: &[U::TO_BOOL, U::GUARD_IS_TRUE_POP, U::CHECK_VALIDITY],
            jump: &[U::TO_BOOL, U::GUARD_IS_FALSE_POP, U::CHECK_VALIDITY],
        },
        Opcode::POP_JUMP_IF_TRUE => Branch {
            fall: &[U::TO_BOOL, U::GUARD_IS_FALSE_POP, U::CHECK_VALIDITY],
            jump: &[U::TO_BOOL, U::GUARD_IS_TRUE_POP, U::CHECK_VALIDITY],
        },
        Opcode::POP_JUMP_IF_NONE => Branch {
            fall: &[U::GUARD_IS_NOT_NONE_POP],
            jump: &[U::GUARD_IS_NONE_POP],
        },
        Opcode::POP_JUMP_IF_NOT_NONE => Branch {
            fall: &[U::GUARD_IS_NONE_POP],
            jump: &[U::GUARD_IS_NOT_NONE_POP],
        },
        // -- attributes: each form guards itself as tier 1 does (class version, shape)
        Opcode::LOAD_ATTR_INSTANCE_VALUE => Straight(&[U::LOAD_ATTR_INSTANCE_VALUE]),
        Opcode::LOAD_ATTR_CLASS_VALUE => Straight(&[U::LOAD_ATTR_CLASS_VALUE]),
        Opcode::LOAD_ATTR_MODULE => Straight(&[U::LOAD_ATTR_MODULE]),
        Opcode::LOAD_ATTR_CLASS => Straight(&[U::LOAD_ATTR_CLASS]),
        Opcode::LOAD_METHOD_WITH_VALUES => Straight(&[U::LOAD_METHOD_WITH_VALUES]),
        Opcode::LOAD_METHOD_MODULE => Straight(&[U::LOAD_METHOD_MODULE]),
        Opcode::LOAD_METHOD_BUILTIN => Straight(&[U::LOAD_METHOD_BUILTIN]),
        Opcode::LOAD_METHOD_CLASS => Straight(&[U::LOAD_METHOD_CLASS]),
        Opcode::STORE_ATTR_INSTANCE_VALUE => Straight(&[U::STORE_ATTR_INSTANCE_VALUE]),
        // -- containers
        Opcode::BINARY_SUBSCR_LIST_INT => Straight(&[U::BINARY_SUBSCR_LIST_INT]),
        Opcode::BINARY_SUBSCR_TUPLE_INT => Straight(&[U::BINARY_SUBSCR_TUPLE_INT]),
        Opcode::BINARY_SUBSCR_DICT => Straight(&[U::BINARY_SUBSCR_DICT, U::CHECK_VALIDITY]),
        Opcode::STORE_SUBSCR_LIST_INT => Straight(&[U::STORE_SUBSCR_LIST_INT]),
        Opcode::UNPACK_SEQUENCE_TWO_TUPLE => Straight(&[U::UNPACK_SEQUENCE_TWO_TUPLE]),
        Opcode::UNPACK_SEQUENCE_TUPLE => Straight(&[U::UNPACK_SEQUENCE_TUPLE]),
        Opcode::UNPACK_SEQUENCE_LIST => Straight(&[U::UNPACK_SEQUENCE_LIST]),
        Opcode::BUILD_TUPLE => Straight(&[U::BUILD_TUPLE]),
        Opcode::BUILD_LIST => Straight(&[U::BUILD_LIST]),
        Opcode::LIST_APPEND => Straight(&[U::LIST_APPEND]),
        // -- iteration: falling through continues the loop, jumping leaves it
        Opcode::FOR_ITER_RANGE => Branch {
            fall: &[
                U::ITER_CHECK_RANGE,
                U::GUARD_NOT_EXHAUSTED,
                U::ITER_NEXT_RANGE,
            ],
            jump: &[U::ITER_CHECK_RANGE, U::GUARD_EXHAUSTED, U::POP_TOP],
        },
        Opcode::FOR_ITER_LIST => Branch {
            fall: &[
                U::ITER_CHECK_LIST,
                U::GUARD_NOT_EXHAUSTED,
                U::ITER_NEXT_LIST,
            ],
            jump: &[U::ITER_CHECK_LIST, U::GUARD_EXHAUSTED, U::POP_TOP],
        },
        Opcode::FOR_ITER_TUPLE => Branch {
            fall: &[
                U::ITER_CHECK_TUPLE,
                U::GUARD_NOT_EXHAUSTED,
                U::ITER_NEXT_TUPLE,
            ],
            jump: &[U::ITER_CHECK_TUPLE, U::GUARD_EXHAUSTED, U::POP_TOP],
        },
        Opcode::GET_ITER => Straight(&[U::GET_ITER, U::CHECK_VALIDITY]),
        // -- calls
        Opcode::CALL_PY_EXACT_ARGS
        | Opcode::CALL_PY_ANY_EXACT_ARGS
        | Opcode::CALL_PY_WITH_DEFAULTS
        | Opcode::CALL_BOUND_METHOD_EXACT_ARGS
        | Opcode::CALL_ALLOC_AND_ENTER_INIT => Straight(&[U::INIT_CALL_PY, U::PUSH_FRAME]),
        // `len`, `abs`, `isinstance`, `min`, `max` may call Python methods (`__len__`, ...).
        Opcode::CALL_LIST_APPEND => Straight(&[U::CALL_BUILTIN]),
        Opcode::CALL_BUILTIN_LEN
        | Opcode::CALL_BUILTIN_ISINSTANCE
        | Opcode::CALL_BUILTIN_ABS
        | Opcode::CALL_BUILTIN_MIN
        | Opcode::CALL_BUILTIN_MAX
        | Opcode::CALL_BUILTIN_CLASS
        | Opcode::CALL_NATIVE => Straight(&[U::CALL_BUILTIN, U::CHECK_VALIDITY]),
        Opcode::RETURN_VALUE => Straight(&[U::POP_FRAME]),
        _ => Unsupported,
    }
}

/// A `POP_JUMP_IF_FALSE` specialized on a truth test: falling through means the value was
/// true.
const fn if_false(to_bool: Uop) -> Expansion {
    match to_bool {
        Uop::TO_BOOL_INT => Expansion::Branch {
            fall: &[Uop::TO_BOOL_INT, Uop::GUARD_IS_TRUE_POP],
            jump: &[Uop::TO_BOOL_INT, Uop::GUARD_IS_FALSE_POP],
        },
        Uop::TO_BOOL_LIST => Expansion::Branch {
            fall: &[Uop::TO_BOOL_LIST, Uop::GUARD_IS_TRUE_POP],
            jump: &[Uop::TO_BOOL_LIST, Uop::GUARD_IS_FALSE_POP],
        },
        Uop::TO_BOOL_BOOL => Expansion::Branch {
            fall: &[Uop::TO_BOOL_BOOL, Uop::GUARD_IS_TRUE_POP],
            jump: &[Uop::TO_BOOL_BOOL, Uop::GUARD_IS_FALSE_POP],
        },
        _ => Expansion::Branch {
            fall: &[Uop::TO_BOOL_NONE, Uop::GUARD_IS_TRUE_POP],
            jump: &[Uop::TO_BOOL_NONE, Uop::GUARD_IS_FALSE_POP],
        },
    }
}

/// A `POP_JUMP_IF_TRUE` specialized on a truth test: falling through means the value was
/// false.
const fn if_true(to_bool: Uop) -> Expansion {
    match if_false(to_bool) {
        Expansion::Branch { fall, jump } => Expansion::Branch {
            fall: jump,
            jump: fall,
        },
        other => other,
    }
}

/// The most uops any instruction expands to (the table's longest row), computed from the
/// table itself so the buffer proof follows every change to it.
pub const MAX_EXPANSION: usize = max_expansion();

const fn max_expansion() -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let len = expansion(Opcode::ALL[i]).max_len();
        if len > longest {
            longest = len;
        }
        i += 1;
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_cpythons_underscore() {
        assert_eq!(Uop::GUARD_BOTH_INT.name(), "_GUARD_BOTH_INT");
        assert_eq!(Uop::EXIT_TRACE.name(), "_EXIT_TRACE");
        for (index, uop) in Uop::ALL.iter().enumerate() {
            assert_eq!(*uop as usize, index);
        }
    }

    #[test]
    fn the_longest_row_is_the_bound() {
        assert_eq!(MAX_EXPANSION, 3);
        for &op in Opcode::ALL {
            assert!(expansion(op).max_len() <= MAX_EXPANSION, "{}", op.name());
        }
    }

    #[test]
    fn only_branches_jump_and_only_they_expand_both_ways() {
        for &op in Opcode::ALL {
            if let Expansion::Branch { fall, jump } = expansion(op) {
                // A fused compare-and-jump takes the conditional jump that follows it.
                let fused = matches!(
                    op,
                    Opcode::COMPARE_OP_INT_JUMP
                        | Opcode::COMPARE_OP_FLOAT_JUMP
                        | Opcode::COMPARE_OP_STR_JUMP
                );
                assert!(
                    fused || op.has(crate::bytecode::flags::CONDITIONAL),
                    "{}",
                    op.name()
                );
                assert!(!fall.is_empty() && !jump.is_empty(), "{}", op.name());
                // Exactly one uop of each direction keeps the trace on its path.
                let guards = |uops: &[Uop]| {
                    uops.iter()
                        .filter(|u| {
                            matches!(
                                u,
                                Uop::GUARD_IS_TRUE_POP
                                    | Uop::GUARD_IS_FALSE_POP
                                    | Uop::GUARD_IS_NONE_POP
                                    | Uop::GUARD_IS_NOT_NONE_POP
                                    | Uop::BRANCH_ON_BOOL
                                    | Uop::GUARD_EXHAUSTED
                                    | Uop::GUARD_NOT_EXHAUSTED
                            )
                        })
                        .count()
                };
                assert_eq!(guards(fall), 1, "{}", op.name());
                assert_eq!(guards(jump), 1, "{}", op.name());
            }
        }
    }

    #[test]
    fn terminators_never_come_from_the_table() {
        for &op in Opcode::ALL {
            let uops: &[Uop] = match expansion(op) {
                Expansion::Unsupported => &[],
                Expansion::Straight(uops) => uops,
                Expansion::Branch { fall, .. } => fall,
            };
            assert!(uops.iter().all(|u| !u.is_terminator()), "{}", op.name());
        }
    }

    #[test]
    fn generic_forms_that_may_run_python_code_check_validity_after() {
        for op in [
            Opcode::BINARY_OP,
            Opcode::GET_ITER,
            Opcode::CALL_NATIVE,
            Opcode::STORE_GLOBAL,
            Opcode::STORE_NAME,
        ] {
            let Expansion::Straight(uops) = expansion(op) else {
                panic!("{}", op.name());
            };
            assert_eq!(uops.last(), Some(&Uop::CHECK_VALIDITY));
        }
    }

    /// A validity check that fails exits to where the instruction sends control, so in a
    /// branch it comes after the guard that decided the direction (and popped the value).
    #[test]
    fn a_branch_checks_validity_only_after_its_guard() {
        for op in (0..=255).filter_map(Opcode::from_u8) {
            if let Expansion::Branch { fall, jump } = expansion(op) {
                for uops in [fall, jump] {
                    if let Some(at) = uops.iter().position(|&u| u == Uop::CHECK_VALIDITY) {
                        assert_eq!(at, uops.len() - 1, "{}", op.name());
                    }
                }
            }
        }
    }
}
