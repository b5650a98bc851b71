//! Tracery's bytecode, defined once.
//!
//! Every instruction is listed exactly once in [`for_each_opcode!`]: its name, the meaning of its
//! argument, the inline cache units that follow it, its stack effect and its flags. The
//! [`Opcode`] enum, the name table used by the disassembler, the stack effects the compiler
//! uses to size frames, and the flags all derive from that list.
//!
//! # Encoding
//!
//! Code is a sequence of 32-bit units. An instruction is one unit, followed by the number of
//! inline cache units its table entry declares (specialization, issue 7, keeps its counters and
//! guards there; they start as zero):
//!
//! ```text
//!   31                              8 7          0
//!  +---------------------------------+------------+
//!  |      oparg (24 bits, unsigned)  |   opcode   |   instruction unit
//!  +---------------------------------+------------+
//!  |            cache unit 0 ...                  |   (opcode's CACHE count)
//!  +----------------------------------------------+
//! ```
//!
//! Jump arguments count code units and are relative to the unit after the instruction and its
//! caches: a forward jump lands at `next + arg`, a backward one at `next - arg`. Conditional
//! jumps only go forward; loops close with `JUMP_BACKWARD` (the place tier 2 counts hotness).
//!
//! # The stack around calls
//!
//! A call sees `[callable, self_or_null, arg0 .. argN-1]`: `LOAD_METHOD` pushes a function and
//! its receiver (or the attribute and NULL), a plain call pushes the callable and `PUSH_NULL`.

pub mod dis;

/// What an instruction's 24-bit argument means (for the disassembler and the compiler).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused and zero.
    None,
    /// An index into the code object's constants.
    Const,
    /// An index into the frame's local slots (locals, then cells, then free variables).
    Local,
    /// An index into the code object's names (globals, attributes, imports).
    Name,
    /// A forward jump distance in code units.
    JumpForward,
    /// A backward jump distance in code units.
    JumpBackward,
    /// A count (items, arguments, depth).
    Count,
    /// A [`BinaryOp`] number.
    BinaryOp,
    /// A [`CompareOp`] number.
    CompareOp,
    /// Instruction-specific flag bits.
    Flags,
}

/// Instruction properties the compiler, the interpreter and tier 2 read.
pub mod flags {
    /// Transfers control to its argument's target (conditionally or not).
    pub const JUMP: u8 = 1 << 0;
    /// Ends the frame (control does not continue at the next instruction).
    pub const TERMINATOR: u8 = 1 << 1;
    /// May call arbitrary Python code (a call, an operator on user objects, ...).
    pub const CALLS: u8 = 1 << 2;
    /// Can raise an exception.
    pub const ERROR: u8 = 1 << 3;
    /// Conditional: falls through or jumps.
    pub const CONDITIONAL: u8 = 1 << 4;
}

/// Invokes `$m!` with the whole instruction table.
///
/// Each row: `NAME = number, arg: ArgKind, cache: units, stack: |arg| (pops, pushes), jump: |arg| (pops,
/// pushes) when the jump is taken (same as `stack` for instructions that never jump), flags,
/// doc`. After `specialized`, each row is `NAME = number, base: BASE`: a quickened form that
/// shares everything but its name with its base. `pops`/`pushes` are expressions in `arg` (the instruction's argument, a `u32`); `pops`
/// is the stack depth the instruction needs.
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            base {
            /// Does nothing.
            NOP = 0, arg: None, cache: 0, stack: |arg| (0, 0), flags: 0;
            /// Discards the top of the stack.
            POP_TOP = 1, arg: None, cache: 0, stack: |arg| (1, 0), flags: 0;
            /// Pushes the NULL marker (the "no self" slot of a call).
            PUSH_NULL = 2, arg: None, cache: 0, stack: |arg| (0, 1), flags: 0;
            /// Pushes a copy of the `arg`-th item (1 = top).
            COPY = 3, arg: Count, cache: 0, stack: |arg| (arg, arg + 1), flags: 0;
            /// Swaps the top with the `arg`-th item (2 = the one below the top).
            SWAP = 4, arg: Count, cache: 0, stack: |arg| (arg, arg), flags: 0;

            /// Pushes a constant.
            LOAD_CONST = 5, arg: Const, cache: 0, stack: |arg| (0, 1), flags: 0;
            /// Pushes a local; raises `UnboundLocalError` when it has no value.
            LOAD_FAST = 6, arg: Local, cache: 0, stack: |arg| (0, 1), flags: flags::ERROR;
            /// Pops into a local.
            STORE_FAST = 7, arg: Local, cache: 0, stack: |arg| (1, 0), flags: 0;
            /// Unbinds a local; raises `UnboundLocalError` when it has no value.
            DELETE_FAST = 8, arg: Local, cache: 0, stack: |arg| (0, 0), flags: flags::ERROR;
            /// Pushes the contents of the cell in a local slot (a captured or free variable).
            LOAD_DEREF = 9, arg: Local, cache: 0, stack: |arg| (0, 1), flags: flags::ERROR;
            /// Pops into the cell in a local slot.
            STORE_DEREF = 10, arg: Local, cache: 0, stack: |arg| (1, 0), flags: 0;
            /// Empties the cell in a local slot.
            DELETE_DEREF = 11, arg: Local, cache: 0, stack: |arg| (0, 0), flags: flags::ERROR;
            /// Pushes the cell object of a local slot itself (to build a closure).
            LOAD_CLOSURE = 12, arg: Local, cache: 0, stack: |arg| (0, 1), flags: 0;
            /// Pushes a global (module dict, then builtins); raises `NameError`.
            LOAD_GLOBAL = 13, arg: Name, cache: 6, stack: |arg| (0, 1), flags: flags::ERROR;
            /// Pops into a global.
            STORE_GLOBAL = 14, arg: Name, cache: 0, stack: |arg| (1, 0), flags: 0;
            /// Deletes a global; raises `NameError`.
            DELETE_GLOBAL = 15, arg: Name, cache: 0, stack: |arg| (0, 0), flags: flags::ERROR;
            /// Pushes a name from the class namespace, then globals, then builtins.
            LOAD_NAME = 16, arg: Name, cache: 0, stack: |arg| (0, 1), flags: flags::ERROR;
            /// Pops into the class namespace.
            STORE_NAME = 17, arg: Name, cache: 0, stack: |arg| (1, 0), flags: flags::ERROR;
            /// Deletes from the class namespace; raises `NameError`.
            DELETE_NAME = 18, arg: Name, cache: 0, stack: |arg| (0, 0), flags: flags::ERROR;

            /// Replaces the top with its attribute `names[arg]`.
            LOAD_ATTR = 19, arg: Name, cache: 8, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// Replaces the top with `[method, self]` for a method, or `[attribute, NULL]`.
            LOAD_METHOD = 20, arg: Name, cache: 8, stack: |arg| (1, 2), flags: flags::ERROR | flags::CALLS;
            /// `top.names[arg] = second`; pops both.
            STORE_ATTR = 21, arg: Name, cache: 4, stack: |arg| (2, 0), flags: flags::ERROR | flags::CALLS;
            /// `del top.names[arg]`; pops it.
            DELETE_ATTR = 22, arg: Name, cache: 0, stack: |arg| (1, 0), flags: flags::ERROR | flags::CALLS;

            /// `-top`.
            UNARY_NEGATIVE = 23, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// `+top`.
            UNARY_POSITIVE = 24, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// `not top`.
            UNARY_NOT = 25, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// `~top`.
            UNARY_INVERT = 26, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// `second OP top` for the [`BinaryOp`] `arg` (in-place forms included).
            BINARY_OP = 27, arg: BinaryOp, cache: 1, stack: |arg| (2, 1), flags: flags::ERROR | flags::CALLS;
            /// `second OP top` for the [`CompareOp`] `arg`.
            COMPARE_OP = 28, arg: CompareOp, cache: 1, stack: |arg| (2, 1), flags: flags::ERROR | flags::CALLS;
            /// `second is top` (`is not` when `arg` is 1).
            IS_OP = 29, arg: Flags, cache: 0, stack: |arg| (2, 1), flags: 0;
            /// `second in top` (`not in` when `arg` is 1).
            CONTAINS_OP = 30, arg: Flags, cache: 0, stack: |arg| (2, 1), flags: flags::ERROR | flags::CALLS;
            /// `second[top]`.
            BINARY_SUBSCR = 31, arg: None, cache: 1, stack: |arg| (2, 1), flags: flags::ERROR | flags::CALLS;
            /// `second[top] = third`; pops all three.
            STORE_SUBSCR = 32, arg: None, cache: 1, stack: |arg| (3, 0), flags: flags::ERROR | flags::CALLS;
            /// `del second[top]`; pops both.
            DELETE_SUBSCR = 33, arg: None, cache: 0, stack: |arg| (2, 0), flags: flags::ERROR | flags::CALLS;
            /// Builds `slice(start, stop)` (arg 2) or `slice(start, stop, step)` (arg 3).
            BUILD_SLICE = 34, arg: Count, cache: 0, stack: |arg| (arg, 1), flags: flags::ERROR;

            /// Builds a tuple of the top `arg` items.
            BUILD_TUPLE = 35, arg: Count, cache: 0, stack: |arg| (arg, 1), flags: flags::ERROR;
            /// Builds a list of the top `arg` items.
            BUILD_LIST = 36, arg: Count, cache: 0, stack: |arg| (arg, 1), flags: flags::ERROR;
            /// Builds a dict of the top `arg` key/value pairs (key pushed first).
            BUILD_MAP = 37, arg: Count, cache: 0, stack: |arg| (2 * arg, 1), flags: flags::ERROR | flags::CALLS;
            /// Builds a set of the top `arg` items.
            BUILD_SET = 38, arg: Count, cache: 0, stack: |arg| (arg, 1), flags: flags::ERROR | flags::CALLS;
            /// Concatenates the top `arg` strings (f-strings).
            BUILD_STRING = 39, arg: Count, cache: 0, stack: |arg| (arg, 1), flags: flags::ERROR;
            /// Pops an item and appends it to the list `arg` items below it.
            LIST_APPEND = 40, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR;
            /// Pops an item and adds it to the set `arg` items below it.
            SET_ADD = 41, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR | flags::CALLS;
            /// Pops a value and a key and stores them in the dict `arg` items below them.
            MAP_ADD = 42, arg: Count, cache: 0, stack: |arg| (arg + 2, arg), flags: flags::ERROR | flags::CALLS;
            /// Pops an iterable and extends the list `arg` items below it.
            LIST_EXTEND = 43, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR | flags::CALLS;
            /// Pops an iterable and adds its items to the set `arg` items below it.
            SET_UPDATE = 44, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR | flags::CALLS;
            /// Pops a mapping and updates the dict `arg` items below it.
            DICT_UPDATE = 45, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR | flags::CALLS;
            /// Like `DICT_UPDATE` but a repeated key is an error (`**kwargs` in calls).
            DICT_MERGE = 46, arg: Count, cache: 0, stack: |arg| (arg + 1, arg), flags: flags::ERROR | flags::CALLS;
            /// Replaces the list on top with a tuple of its items.
            LIST_TO_TUPLE = 47, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR;
            /// Formats a value for an f-string: arg bits 0-1 conversion (0 none, 1 str, 2 repr,
            /// 3 ascii), bit 2 set when a format spec string is on top of the value.
            FORMAT_VALUE = 48, arg: Flags, cache: 0, stack: |arg| (1 + ((arg >> 2) & 1), 1), flags: flags::ERROR | flags::CALLS;
            /// Replaces an iterable with its `arg` items, the first on top.
            UNPACK_SEQUENCE = 49, arg: Count, cache: 1, stack: |arg| (1, arg), flags: flags::ERROR | flags::CALLS;
            /// Starred unpacking: `arg & 0xff` items before the star, `arg >> 8` after; pushes
            /// those plus a list for the starred target.
            UNPACK_EX = 50, arg: Count, cache: 0, stack: |arg| (1, (arg & 0xff) + (arg >> 8) + 1), flags: flags::ERROR | flags::CALLS;

            /// Jumps forward.
            JUMP_FORWARD = 51, arg: JumpForward, cache: 0, stack: |arg| (0, 0), flags: flags::JUMP;
            /// Jumps backward: closes a loop (tier 2's hotness counter lives here).
            JUMP_BACKWARD = 52, arg: JumpBackward, cache: 1, stack: |arg| (0, 0), flags: flags::JUMP;
            /// Pops; jumps forward when it was false.
            POP_JUMP_IF_FALSE = 53, arg: JumpForward, cache: 1, stack: |arg| (1, 0), flags: flags::JUMP | flags::CONDITIONAL | flags::ERROR | flags::CALLS;
            /// Pops; jumps forward when it was true.
            POP_JUMP_IF_TRUE = 54, arg: JumpForward, cache: 1, stack: |arg| (1, 0), flags: flags::JUMP | flags::CONDITIONAL | flags::ERROR | flags::CALLS;
            /// Pops; jumps forward when it was None.
            POP_JUMP_IF_NONE = 55, arg: JumpForward, cache: 1, stack: |arg| (1, 0), flags: flags::JUMP | flags::CONDITIONAL;
            /// Pops; jumps forward when it was not None.
            POP_JUMP_IF_NOT_NONE = 56, arg: JumpForward, cache: 1, stack: |arg| (1, 0), flags: flags::JUMP | flags::CONDITIONAL;
            /// Replaces an iterable with its iterator. Arg 1: a `for` loop iterates the result
            /// of a call directly (`for x in gen():`), so a new generator is the loop's own and
            /// the loop closes it when it leaves early (see `POP_ITER`).
            GET_ITER = 57, arg: Flags, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// Pushes the iterator's next item; when exhausted, pops the iterator and jumps
            /// forward (past the loop's closing `JUMP_BACKWARD`).
            FOR_ITER = 58, arg: JumpForward, cache: 1, stack: |arg| (1, 2), jump: |arg| (1, 0), flags: flags::JUMP | flags::CONDITIONAL | flags::ERROR | flags::CALLS;
            /// Returns the top from the frame.
            RETURN_VALUE = 59, arg: None, cache: 0, stack: |arg| (1, 0), flags: flags::TERMINATOR;

            /// Makes a function from the code object on top; arg bits: 0x01 a defaults tuple,
            /// 0x02 a keyword-defaults dict, 0x08 a closure tuple lie below it (in that order
            /// from the top: code, then closure, kwdefaults, defaults).
            MAKE_FUNCTION = 60, arg: Flags, cache: 0, stack: |arg| (1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 3) & 1), 1), flags: flags::ERROR;
            /// Calls with `arg` positional arguments: `[callable, self_or_null, args...]`.
            CALL = 61, arg: Count, cache: 4, stack: |arg| (arg + 2, 1), flags: flags::ERROR | flags::CALLS;
            /// Calls with keywords: `[callable, self_or_null, args..., kwnames]`; `arg` counts
            /// every argument value, the last `len(kwnames)` of them are keyword arguments.
            CALL_KW = 62, arg: Count, cache: 0, stack: |arg| (arg + 3, 1), flags: flags::ERROR | flags::CALLS;
            /// Calls with unpacked arguments: `[callable, self_or_null, args_tuple]`, plus a
            /// kwargs dict on top when `arg & 1`.
            CALL_FUNCTION_EX = 63, arg: Flags, cache: 0, stack: |arg| (3 + (arg & 1), 1), flags: flags::ERROR | flags::CALLS;
            /// Pushes the builtin that runs a class body and creates the class.
            LOAD_BUILD_CLASS = 64, arg: None, cache: 0, stack: |arg| (0, 1), flags: 0;

            /// Imports a module: pops `[level, fromlist]`, pushes the module `names[arg]`.
            IMPORT_NAME = 65, arg: Name, cache: 0, stack: |arg| (2, 1), flags: flags::ERROR | flags::CALLS;
            /// Pushes attribute `names[arg]` of the module on top (which stays).
            IMPORT_FROM = 66, arg: Name, cache: 0, stack: |arg| (1, 2), flags: flags::ERROR;

            /// Raises: arg 0 re-raises the active exception, 1 raises the top, 2 raises
            /// `second from top`.
            RAISE_VARARGS = 67, arg: Count, cache: 0, stack: |arg| (arg, 0), flags: flags::TERMINATOR | flags::ERROR;
            /// Re-raises the exception on top (end of a `finally` or handler cleanup).
            RERAISE = 68, arg: None, cache: 0, stack: |arg| (1, 0), flags: flags::TERMINATOR | flags::ERROR;
            /// Entering a handler: saves the active exception below the new one.
            PUSH_EXC_INFO = 69, arg: None, cache: 0, stack: |arg| (1, 2), flags: 0;
            /// Leaving a handler: restores the saved active exception.
            POP_EXCEPT = 70, arg: None, cache: 0, stack: |arg| (1, 0), flags: 0;
            /// `[exc, type] -> [exc, matches]` for an `except` clause.
            CHECK_EXC_MATCH = 71, arg: None, cache: 0, stack: |arg| (2, 2), flags: flags::ERROR;
            /// `with`: replaces a context manager with `[bound __exit__, __enter__() result]`.
            BEFORE_WITH = 72, arg: None, cache: 0, stack: |arg| (1, 2), flags: flags::ERROR | flags::CALLS;
            /// `with` unwinding: calls `__exit__(type, value, tb)` for the exception on top,
            /// which sits above `[exit, lasti, previous exception]`; pushes the result.
            WITH_EXCEPT_START = 73, arg: None, cache: 0, stack: |arg| (4, 5), flags: flags::ERROR | flags::CALLS;
            /// Pushes `AssertionError`.
            LOAD_ASSERTION_ERROR = 74, arg: None, cache: 0, stack: |arg| (0, 1), flags: 0;

            /// Suspends a generator, yielding the top; the value sent in replaces it.
            YIELD_VALUE = 75, arg: None, cache: 0, stack: |arg| (1, 1), flags: 0;
            /// `yield from`: replaces an iterable with an iterator (generators stay as they are).
            GET_YIELD_FROM_ITER = 76, arg: None, cache: 0, stack: |arg| (1, 1), flags: flags::ERROR | flags::CALLS;
            /// `[iterator, value]`: sends value into the subiterator, pushing its yield; when it
            /// returns, replaces both with the return value and jumps forward.
            SEND = 77, arg: JumpForward, cache: 1, stack: |arg| (2, 2), jump: |arg| (2, 1), flags: flags::JUMP | flags::CONDITIONAL | flags::ERROR | flags::CALLS;

            /// REPL: prints the repr of the top (unless None) and pops it.
            PRINT_EXPR = 78, arg: None, cache: 0, stack: |arg| (1, 0), flags: flags::ERROR | flags::CALLS;
            /// Pops a `for` loop's iterator when `break`, `return` or `continue` of an outer
            /// loop leaves the loop early; a suspended generator the loop owns is closed, as
            /// CPython's reference counting closes it at that point.
            POP_ITER = 79, arg: None, cache: 0, stack: |arg| (1, 0), flags: flags::CALLS;
            }
            specialized {
            // Specialized forms (quickening rewrites an adaptive instruction into one of these
            // in place; each shares its base's argument, caches, stack effect and flags, and
            // goes back to the base when its guard fails). Numbers by family: 80-109 binary
            // operators, comparisons and truth tests; 110-129 attributes and globals; 130-149
            // calls; 150-169 iteration, subscripts and unpacking.

            /// `int + int` (overflow falls back to the generic path).
            BINARY_OP_ADD_INT = 80, base: BINARY_OP;
            /// `int - int`.
            BINARY_OP_SUBTRACT_INT = 81, base: BINARY_OP;
            /// `int * int`.
            BINARY_OP_MULTIPLY_INT = 82, base: BINARY_OP;
            /// Another operator on two ints (`//`, `%`, `&`, `|`, `^`, `/`, `<<`, `>>`).
            BINARY_OP_INT = 83, base: BINARY_OP;
            /// `float + float`.
            BINARY_OP_ADD_FLOAT = 84, base: BINARY_OP;
            /// `float - float`.
            BINARY_OP_SUBTRACT_FLOAT = 85, base: BINARY_OP;
            /// `float * float`.
            BINARY_OP_MULTIPLY_FLOAT = 86, base: BINARY_OP;
            /// `float / float`.
            BINARY_OP_FLOAT = 87, base: BINARY_OP;
            /// `+ - * /` on an int and a float, either way round.
            BINARY_OP_MIXED = 88, base: BINARY_OP;
            /// `str + str`.
            BINARY_OP_ADD_STR = 89, base: BINARY_OP;
            /// Compares two ints.
            COMPARE_OP_INT = 90, base: COMPARE_OP;
            /// Compares two floats.
            COMPARE_OP_FLOAT = 91, base: COMPARE_OP;
            /// Compares two strs.
            COMPARE_OP_STR = 92, base: COMPARE_OP;
            /// Compares two ints and takes the following `POP_JUMP_IF_FALSE`/`TRUE` itself.
            COMPARE_OP_INT_JUMP = 93, base: COMPARE_OP;
            /// Compares two floats and takes the following conditional jump itself.
            COMPARE_OP_FLOAT_JUMP = 94, base: COMPARE_OP;
            /// Compares two strs and takes the following conditional jump itself.
            COMPARE_OP_STR_JUMP = 95, base: COMPARE_OP;
            /// `POP_JUMP_IF_FALSE` on a bool.
            POP_JUMP_IF_FALSE_BOOL = 96, base: POP_JUMP_IF_FALSE;
            /// `POP_JUMP_IF_FALSE` on an int.
            POP_JUMP_IF_FALSE_INT = 97, base: POP_JUMP_IF_FALSE;
            /// `POP_JUMP_IF_FALSE` on None.
            POP_JUMP_IF_FALSE_NONE = 98, base: POP_JUMP_IF_FALSE;
            /// `POP_JUMP_IF_FALSE` on a list (true when not empty).
            POP_JUMP_IF_FALSE_LIST = 99, base: POP_JUMP_IF_FALSE;
            /// `POP_JUMP_IF_TRUE` on a bool.
            POP_JUMP_IF_TRUE_BOOL = 100, base: POP_JUMP_IF_TRUE;
            /// `POP_JUMP_IF_TRUE` on an int.
            POP_JUMP_IF_TRUE_INT = 101, base: POP_JUMP_IF_TRUE;
            /// `POP_JUMP_IF_TRUE` on None.
            POP_JUMP_IF_TRUE_NONE = 102, base: POP_JUMP_IF_TRUE;
            /// `POP_JUMP_IF_TRUE` on a list.
            POP_JUMP_IF_TRUE_LIST = 103, base: POP_JUMP_IF_TRUE;

            // -- 110-129: attributes and globals.
            /// `LOAD_ATTR` of an instance's own attribute: a shape extending the cached one (and,
            /// for a class with data descriptors, the class version as cached); reads
            /// `values[index]`.
            LOAD_ATTR_INSTANCE_VALUE = 110, base: LOAD_ATTR;
            /// `LOAD_ATTR` of a plain class attribute (not a function or descriptor) through an
            /// instance whose shape lacks it: class version and shape as cached.
            LOAD_ATTR_CLASS_VALUE = 111, base: LOAD_ATTR;
            /// `LOAD_ATTR` of a module attribute: the module dict's keys version as cached;
            /// reads the cached entry.
            LOAD_ATTR_MODULE = 112, base: LOAD_ATTR;
            /// `LOAD_ATTR` of an attribute of a class object itself (not a classmethod): the
            /// class version as cached.
            LOAD_ATTR_CLASS = 113, base: LOAD_ATTR;
            /// `LOAD_METHOD` of a Python function on an instance's class, not shadowed by the
            /// instance: class version and shape as cached; pushes `[function, self]`.
            LOAD_METHOD_WITH_VALUES = 114, base: LOAD_METHOD;
            /// `LOAD_METHOD` of a module attribute: as `LOAD_ATTR_MODULE`, pushes `[attr, NULL]`.
            LOAD_METHOD_MODULE = 115, base: LOAD_METHOD;
            /// `LOAD_METHOD` of a built-in method of a built-in type (`list.append`): the object
            /// kind as cached; pushes `[method, self]`.
            LOAD_METHOD_BUILTIN = 116, base: LOAD_METHOD;
            /// `LOAD_METHOD` on a class object (`Class.method`, a staticmethod, a classmethod):
            /// the class version as cached; pushes `[callable, NULL]` or `[function, class]`.
            LOAD_METHOD_CLASS = 117, base: LOAD_METHOD;
            /// `STORE_ATTR` to an instance attribute its shape already has: guarded as
            /// `LOAD_ATTR_INSTANCE_VALUE`; writes `values[index]`.
            STORE_ATTR_INSTANCE_VALUE = 118, base: STORE_ATTR;
            /// `STORE_ATTR` adding an attribute: the instance's shape as cached, a class with
            /// neither `__slots__` nor data descriptors; moves it to the cached child shape.
            STORE_ATTR_INSTANCE_ADD = 119, base: STORE_ATTR;
            /// `LOAD_GLOBAL` of a module global: the globals' keys version as cached.
            LOAD_GLOBAL_MODULE = 120, base: LOAD_GLOBAL;
            /// `LOAD_GLOBAL` of a builtin: globals' and builtins' keys versions as cached.
            LOAD_GLOBAL_BUILTIN = 121, base: LOAD_GLOBAL;

            // -- 130-149: calls.
            /// A Python function taking exactly the arguments given (with the self slot):
            /// pushes its frame with the arguments in place.
            CALL_PY_EXACT_ARGS = 130, base: CALL;
            /// A Python function given fewer positional arguments than it has parameters, the
            /// rest from its defaults.
            CALL_PY_WITH_DEFAULTS = 131, base: CALL;
            /// A bound method of a Python function taking exactly the arguments given plus
            /// `self`: unpacks it into `[function, self]` and enters the function.
            CALL_BOUND_METHOD_EXACT_ARGS = 132, base: CALL;
            /// A Python class with the default `__new__` and a Python `__init__` taking exactly
            /// the arguments given: allocates the instance and enters `__init__`.
            CALL_ALLOC_AND_ENTER_INIT = 133, base: CALL;
            /// `len(x)`.
            CALL_BUILTIN_LEN = 134, base: CALL;
            /// `isinstance(x, cls)`.
            CALL_BUILTIN_ISINSTANCE = 135, base: CALL;
            /// `abs(x)`.
            CALL_BUILTIN_ABS = 136, base: CALL;
            /// Any builtin function or builtin method with positional arguments: calls its
            /// Rust implementation directly.
            CALL_NATIVE = 137, base: CALL;
            /// `xs.append(x)` on a list.
            CALL_LIST_APPEND = 138, base: CALL;
            /// Any Python function taking exactly the arguments given, checked on its code at
            /// each call: for sites that call several functions.
            CALL_PY_ANY_EXACT_ARGS = 139, base: CALL;
            /// A built-in class (`int(x)`, `range(n)`, ...): constructs directly.
            CALL_BUILTIN_CLASS = 140, base: CALL;
            /// `min(a, b)`.
            CALL_BUILTIN_MIN = 141, base: CALL;
            /// `max(a, b)`.
            CALL_BUILTIN_MAX = 142, base: CALL;

            // -- 150-169: iteration, subscripts and unpacking.
            /// `FOR_ITER` over a range iterator.
            FOR_ITER_RANGE = 150, base: FOR_ITER;
            /// `FOR_ITER` over a forward iterator of an exact list (re-reads the length each
            /// step, so a list changed inside the loop behaves as in CPython).
            FOR_ITER_LIST = 151, base: FOR_ITER;
            /// `FOR_ITER` over a forward iterator of an exact tuple.
            FOR_ITER_TUPLE = 152, base: FOR_ITER;
            /// `list[int]` on an exact list.
            BINARY_SUBSCR_LIST_INT = 153, base: BINARY_SUBSCR;
            /// `tuple[int]` on an exact tuple.
            BINARY_SUBSCR_TUPLE_INT = 154, base: BINARY_SUBSCR;
            /// `str[int]` on an ASCII str (the VM's cached one-character strings).
            BINARY_SUBSCR_STR_INT = 155, base: BINARY_SUBSCR;
            /// `dict[key]` on an exact dict.
            BINARY_SUBSCR_DICT = 156, base: BINARY_SUBSCR;
            /// `list[int] = value` on an exact list.
            STORE_SUBSCR_LIST_INT = 157, base: STORE_SUBSCR;
            /// `dict[key] = value` on an exact dict.
            STORE_SUBSCR_DICT = 158, base: STORE_SUBSCR;
            /// Unpacks an exact tuple of two items.
            UNPACK_SEQUENCE_TWO_TUPLE = 159, base: UNPACK_SEQUENCE;
            /// Unpacks an exact tuple of exactly `arg` items.
            UNPACK_SEQUENCE_TUPLE = 160, base: UNPACK_SEQUENCE;
            /// Unpacks an exact list of exactly `arg` items.
            UNPACK_SEQUENCE_LIST = 161, base: UNPACK_SEQUENCE;
            /// `FOR_ITER` over a forward iterator of a str (ASCII characters from the VM's
            /// cached one-character strings).
            FOR_ITER_STR = 162, base: FOR_ITER;
            /// A `JUMP_BACKWARD` whose loop has a tier-2 executor: it jumps, then runs the
            /// executor (number `cache >> 16` minus one, in the VM's executor list) from the
            /// loop head. While a trace is being recorded it is a plain jump.
            ENTER_EXECUTOR = 170, base: JUMP_BACKWARD;

            }
        }
    };
}

/// Defines [`Opcode`] and its derived tables from [`for_each_opcode!`].
macro_rules! define_opcodes {
    (base {$(
        $(#[doc = $doc:literal])*
        $name:ident = $num:literal, arg: $arg:ident, cache: $cache:literal,
        stack: |$a:ident| ($pops:expr, $pushes:expr)
        $(, jump: |$ja:ident| ($jpops:expr, $jpushes:expr))?, flags: $flags:expr;
    )*} specialized {$(
        $(#[doc = $sdoc:literal])*
        $sname:ident = $snum:literal, base: $sbase:ident;
    )*}) => {
        /// A bytecode instruction's operation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types, reason = "opcode names are CPython's SCREAMING_CASE")]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
            $( $(#[doc = $sdoc])* $sname = $snum, )*
        }

        impl Opcode {
            /// Every opcode, in numeric order (the base instructions, then the specialized).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)* $(Opcode::$sname,)*];

            /// The instructions the compiler emits (specialized forms excluded).
            pub const BASE: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// Decodes an opcode byte; `None` for numbers no instruction has. Always inlined:
            /// the dispatch loop decodes every instruction with it, and once the numbering has
            /// gaps the match becomes a table lookup the optimizer would otherwise outline.
            #[inline(always)]
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $num => Some(Opcode::$name), )*
                    $( $snum => Some(Opcode::$sname), )*
                    _ => None,
                }
            }

            /// The instruction's name, as the disassembler prints it.
            pub const fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                    $( Opcode::$sname => stringify!($sname), )*
                }
            }

            /// The base instruction of a specialized form (itself for a base instruction):
            /// what the compiler emitted and what a failed guard goes back to.
            pub const fn base(self) -> Opcode {
                match self {
                    $( Opcode::$name => Opcode::$name, )*
                    $( Opcode::$sname => Opcode::$sbase, )*
                }
            }

            /// Whether this is a specialized form.
            pub const fn is_specialized(self) -> bool {
                !matches!(self, $( Opcode::$name )|*)
            }

            /// What the argument means.
            pub const fn arg_kind(self) -> ArgKind {
                match self.base() {
                    $( Opcode::$name => ArgKind::$arg, )*
                    _ => ArgKind::None,
                }
            }

            /// Inline cache units that follow the instruction.
            pub const fn cache_units(self) -> u32 {
                match self.base() {
                    $( Opcode::$name => $cache, )*
                    _ => 0,
                }
            }

            /// Units the instruction occupies, caches included.
            pub const fn size(self) -> u32 {
                1 + self.cache_units()
            }

            /// Flag bits from [`flags`].
            pub const fn flags(self) -> u8 {
                match self.base() {
                    $( Opcode::$name => $flags, )*
                    _ => 0,
                }
            }

            /// `(needed depth, pushed)` when execution falls through to the next instruction.
            #[allow(unused_variables, reason = "most rows ignore the argument")]
            pub const fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self.base() {
                    $( Opcode::$name => {
                        let $a = arg;
                        ($pops, $pushes)
                    } )*
                    _ => (0, 0),
                }
            }

            /// `(needed depth, pushed)` when the instruction jumps to its target.
            #[allow(unused_variables, reason = "most rows ignore the argument")]
            pub const fn jump_stack_effect(self, arg: u32) -> (u32, u32) {
                match self.base() {
                    $( Opcode::$name => {
                        let $a = arg;
                        define_opcodes!(@jump ($pops, $pushes) $(($ja, $jpops, $jpushes))?)
                    } )*
                    _ => (0, 0),
                }
            }
        }
    };
    (@jump $fall:tt) => { $fall };
    (@jump $fall:tt ($ja:ident, $jpops:expr, $jpushes:expr)) => {{
        let $ja = $ja;
        ($jpops, $jpushes)
    }};
}

for_each_opcode!(define_opcodes);

impl Opcode {
    /// True when the instruction has every bit of `flag`.
    pub const fn has(self, flag: u8) -> bool {
        self.flags() & flag == flag
    }
}

/// Largest argument an instruction unit can hold.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Packs an instruction unit.
///
/// The argument must fit in 24 bits (the compiler checks [`MAX_ARG`] and reports a limit).
pub const fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg <= MAX_ARG);
    (arg << 8) | op as u32
}

/// Splits an instruction unit into its opcode byte and argument.
pub const fn decode(unit: u32) -> (u8, u32) {
    ((unit & 0xff) as u8, unit >> 8)
}

/// The binary operators of `BINARY_OP`, numbered as CPython 3.11 numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDivide = 2,
    /// `<<`
    LShift = 3,
    /// `@`
    MatMul = 4,
    /// `*`
    Multiply = 5,
    /// `%`
    Remainder = 6,
    /// `|`
    Or = 7,
    /// `**`
    Power = 8,
    /// `>>`
    RShift = 9,
    /// `-`
    Subtract = 10,
    /// `/`
    TrueDivide = 11,
    /// `^`
    Xor = 12,
}

impl BinaryOp {
    /// `BINARY_OP` argument offset of the in-place (augmented assignment) forms.
    pub const INPLACE: u32 = 13;

    /// All operators in argument order.
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::LShift,
        BinaryOp::MatMul,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::RShift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// Decodes a `BINARY_OP` argument: the operator and whether it is the in-place form.
    pub const fn from_arg(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= Self::INPLACE;
        let index = if inplace { arg - Self::INPLACE } else { arg };
        if index < 13 {
            Some((Self::ALL[index as usize], inplace))
        } else {
            None
        }
    }

    /// The operator as Python source spells it (`+`, `//`, ...).
    pub const fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::LShift => "<<",
            BinaryOp::MatMul => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "**",
            BinaryOp::RShift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }
}

/// The comparisons of `COMPARE_OP`, numbered as CPython's rich comparison codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// Decodes a `COMPARE_OP` argument.
    pub const fn from_arg(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator as Python source spells it.
    pub const fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub const fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_round_trip_and_names_are_unique() {
        for (i, op) in Opcode::BASE.iter().enumerate() {
            assert_eq!(
                *op as usize, i,
                "base opcodes are numbered densely in table order"
            );
        }
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert!(
                i == 0 || (Opcode::ALL[i - 1] as u8) < *op as u8,
                "numbers ascend"
            );
            assert_eq!(op.is_specialized(), op.base() != *op);
            assert!(!op.base().is_specialized());
            assert_eq!(op.cache_units(), op.base().cache_units());
            assert_eq!(Opcode::from_u8(*op as u8), Some(*op));
            for other in &Opcode::ALL[..i] {
                assert_ne!(op.name(), other.name());
            }
        }
        assert_eq!(Opcode::from_u8(255), None);
    }

    #[test]
    fn encoding_round_trips() {
        let unit = encode(Opcode::LOAD_CONST, MAX_ARG);
        assert_eq!(decode(unit), (Opcode::LOAD_CONST as u8, MAX_ARG));
        assert_eq!(decode(encode(Opcode::NOP, 0)), (0, 0));
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::BUILD_MAP.stack_effect(3), (6, 1));
        assert_eq!(Opcode::CALL.stack_effect(2), (4, 1));
        assert_eq!(Opcode::FOR_ITER.stack_effect(0), (1, 2));
        assert_eq!(Opcode::FOR_ITER.jump_stack_effect(0), (1, 0));
        assert_eq!(Opcode::POP_JUMP_IF_TRUE.jump_stack_effect(0), (1, 0));
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0b1011), (4, 1));
        assert_eq!(Opcode::UNPACK_EX.stack_effect(2 | (1 << 8)), (1, 4));
        assert_eq!(Opcode::FORMAT_VALUE.stack_effect(4), (2, 1));
    }

    #[test]
    fn binary_and_compare_ops_decode() {
        assert_eq!(BinaryOp::from_arg(0), Some((BinaryOp::Add, false)));
        assert_eq!(
            BinaryOp::from_arg(13 + 10),
            Some((BinaryOp::Subtract, true))
        );
        assert_eq!(BinaryOp::from_arg(26), None);
        assert_eq!(CompareOp::from_arg(4), Some(CompareOp::Gt));
        assert_eq!(CompareOp::Lt.swapped(), CompareOp::Gt);
    }
}
