//! The compiler's working memory: fixed-capacity pools, sized by the limits below.
//!
//! Code objects nest (a module contains functions, which contain lambdas, ...), and the
//! compiler works on all the enclosing ones at once. Because a parent never emits anything while
//! a child is open, most pools are stacks: each open code object owns the region from its start
//! mark to the top, and finishing it pops the region. Local slots are the exception (compiling
//! an inner function can add a free variable to an enclosing one), so every nesting level has
//! its own fixed slot array.
//!
//! Every limit is a named constant; reaching one is a `SyntaxError` that names it.

use super::{CodeKind, ExceptionEntry, LineEntry, SlotKind};

/// Code units (instructions and their caches) of all the code objects open at once; one code
/// object can use all of it. 64 Ki units is a module of roughly 15,000 lines.
pub const MAX_CODE_UNITS: usize = 65_536;
/// Line-table rows of all open code objects (one row per change of source line).
pub const MAX_LINE_ROWS: usize = 16_384;
/// Distinct constants in one code object (the finished list is built on the stack, 24 bytes
/// a constant).
pub const MAX_CONSTS: usize = 1_024;
/// Constants of all open code objects.
pub const CONST_POOL: usize = 4_096;
/// Distinct names (globals, attributes, imports) in one code object.
pub const MAX_NAMES: usize = 1_024;
/// Names of all open code objects.
pub const NAME_POOL: usize = 4_096;
/// Local slots (parameters, locals, cells, free variables) of one code object.
pub const MAX_SLOTS: usize = 256;
/// Parameters of one function (CPython has no limit; 255 matches its old one).
pub const MAX_PARAMS: usize = 255;
/// Nesting of code objects (module, functions, classes, lambdas, comprehensions).
pub const MAX_SCOPE_DEPTH: usize = 20;
/// Symbols (names bound, used or declared) collected for all open scopes.
pub const SYM_POOL: usize = 2_048;
/// Statically nested blocks (loops, `try`, `with`, handlers) in one code object: CPython's
/// `CO_MAXBLOCKS`.
pub const MAX_BLOCKS: usize = 20;
/// Exception-table rows of all open code objects.
pub const MAX_EXCEPTION_ROWS: usize = 2_048;
/// Exception handlers (targets) of all open code objects.
pub const MAX_HANDLERS: usize = 4096;
/// Bytes of decoded string literals and qualified names of all open code objects.
pub const MAX_STRING_BYTES: usize = 96 * 1_024;
/// Strings inside string-tuple constants (keyword names, `from` lists) of all open code objects.
pub const MAX_TUPLE_ITEMS: usize = 2_048;
/// Strings inside the string-tuple constants of one code object (built on the stack).
pub const MAX_TUPLE_ITEMS_PER_CODE: usize = 1_024;
/// Nested code objects waiting for their parent to finish (handles kept on the stack).
pub const MAX_CODE_HANDLES: usize = 1_024;
/// Recursion depth of the parser (a bracket takes two levels, a unary operator, statement or
/// block one): about 100 nested brackets. Bounds the machine stack the compiler uses.
pub const MAX_NESTING: u32 = 200;
/// `try ... finally` statements open at once (their `finally` bodies are re-read on every exit
/// path, so the compiler keeps a lexer position for each).
pub const MAX_FINALLY: usize = 16;
/// `for` clauses in one comprehension.
pub const MAX_COMPREHENSION_FORS: usize = 20;

/// A string the compiler refers to: a slice of the source, of the string pool, or a fixed name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameRef {
    /// `source[start..start + len]`.
    Src(u32, u32),
    /// `strings[start..start + len]` in the scratch string pool.
    Pool(u32, u32),
    /// A name the compiler makes up.
    Static(Fixed),
}

/// Names the compiler makes up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fixed {
    /// The empty string.
    Empty,
    /// `<module>`.
    Module,
    /// `<lambda>`.
    Lambda,
    /// `<listcomp>`.
    ListComp,
    /// `<setcomp>`.
    SetComp,
    /// `<dictcomp>`.
    DictComp,
    /// `<genexpr>`.
    GenExpr,
    /// `.0`, the iterator parameter of a comprehension.
    DotZero,
    /// `__name__`.
    DunderName,
    /// `__module__`.
    DunderModule,
    /// `__qualname__`.
    DunderQualname,
    /// `__class__`.
    DunderClass,
}

impl Fixed {
    /// The text.
    pub const fn text(self) -> &'static str {
        match self {
            Fixed::Empty => "",
            Fixed::Module => "<module>",
            Fixed::Lambda => "<lambda>",
            Fixed::ListComp => "<listcomp>",
            Fixed::SetComp => "<setcomp>",
            Fixed::DictComp => "<dictcomp>",
            Fixed::GenExpr => "<genexpr>",
            Fixed::DotZero => ".0",
            Fixed::DunderName => "__name__",
            Fixed::DunderModule => "__module__",
            Fixed::DunderQualname => "__qualname__",
            Fixed::DunderClass => "__class__",
        }
    }
}

/// A constant as the scratch pools hold it (strings by reference, code by handle index).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ConstSlot {
    /// `None`.
    None,
    /// `True`/`False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int.
    Int(i64),
    /// A float, by bits (so `0.0` and `-0.0` stay distinct).
    Float(u64),
    /// A string.
    Str(NameRef),
    /// A tuple of strings: `items[start..start + len]`.
    StrTuple(u32, u32),
    /// A nested code object: index into the compiler's handle table.
    Code(u32),
}

/// One local slot of a code object being compiled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    /// Its name.
    pub name: NameRef,
    /// Local, cell or free.
    pub kind: SlotKind,
}

/// Symbol flags collected by a scope's pre-pass.
pub(crate) mod sym {
    /// Assigned, deleted, imported, a loop target, a `def`/`class` name, ...
    pub const BOUND: u8 = 1 << 0;
    /// Read somewhere in the scope (before any declaration seen so far).
    pub const USED: u8 = 1 << 1;
    /// Declared `global`.
    pub const GLOBAL: u8 = 1 << 2;
    /// Declared `nonlocal`.
    pub const NONLOCAL: u8 = 1 << 3;
    /// A parameter.
    pub const PARAM: u8 = 1 << 4;
    /// Target of an annotation (`x: int`).
    pub const ANNOTATED: u8 = 1 << 5;
}

/// A name seen by a scope's pre-pass, with what the scope does with it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sym {
    /// The name.
    pub name: NameRef,
    /// Bits from [`sym`].
    pub flags: u8,
}

/// A forward jump target: the chain of jumps still waiting for it, threaded through their
/// argument fields (each holds `1 +` the offset of the previous waiting jump, 0 ends the chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Label {
    /// Offset of the most recent jump waiting for this label, or [`Label::NONE`].
    pub head: u32,
    /// Stack depth at the target, once a jump to it is emitted, or [`Label::NONE`].
    pub depth: u32,
}

impl Label {
    /// "No jump yet" / "no depth yet".
    pub const NONE: u32 = u32::MAX;

    /// A label nothing jumps to yet.
    pub const fn new() -> Label {
        Label {
            head: Label::NONE,
            depth: Label::NONE,
        }
    }
}

/// An exception handler of the code object being compiled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Handler {
    /// Its first code unit, or [`Label::NONE`] until it is placed.
    pub pos: u32,
    /// Value-stack depth it unwinds to.
    pub depth: u32,
    /// Whether it expects the raising instruction's offset under the exception.
    pub lasti: bool,
    /// Whether any reachable instruction is protected by it (else its code is dead too).
    pub live: bool,
}

/// What kind of statement a block-stack entry stands for (for `break`, `continue`, `return`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// `while` loop.
    While,
    /// `for` loop (its iterator is on the stack).
    For,
    /// Body of `try` with handlers (a handler is active).
    TryExcept,
    /// Body of `try ... finally` (the `finally` body runs on every exit).
    FinallyTry,
    /// The `finally` body on the exception path (the exception and saved one are on the
    /// stack).
    FinallyEnd,
    /// Body of `with` (`__exit__` is on the stack).
    With,
    /// The body of an `except` clause (the saved exception is on the stack).
    HandlerCleanup,
    /// A value kept on the stack while a `finally` body runs for a `return`.
    PopValue,
}

/// One entry of a code object's block stack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Loops: offset of the loop head (`continue` jumps there).
    pub top: u32,
    /// Loops: the jumps of `break`.
    pub exit: Label,
    /// `FinallyTry`: index of the `finally` body's position; `HandlerCleanup`: whether a named
    /// exception variable must be cleared (1) or not (0).
    pub datum: u32,
    /// `HandlerCleanup` with a name: the name.
    pub name: NameRef,
    /// Already unwound by an exit path being compiled (a `finally` body copied for a
    /// `return` must not see the blocks it is leaving).
    pub hidden: bool,
}

/// A code object being compiled, with its marks in the pools.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    /// What the code is.
    pub kind: CodeKind,
    /// `co_name`.
    pub name: NameRef,
    /// `co_qualname`.
    pub qualname: NameRef,
    /// Line of the definition.
    pub first_line: u32,
    /// Positional parameters.
    pub arg_count: u32,
    /// Positional-only parameters.
    pub posonly_count: u32,
    /// Keyword-only parameters.
    pub kwonly_count: u32,
    /// `code_flags` bits.
    pub flags: u32,
    /// Start of its code in the code pool.
    pub code_start: u32,
    /// Start of its line rows.
    pub line_start: u32,
    /// Start of its constants.
    pub const_start: u32,
    /// Start of its names.
    pub name_start: u32,
    /// Start of its symbols.
    pub sym_start: u32,
    /// Start of its exception rows.
    pub exc_start: u32,
    /// Start of its handlers.
    pub handler_start: u32,
    /// Start of its string bytes.
    pub string_start: u32,
    /// Start of its tuple items.
    pub item_start: u32,
    /// Start of its blocks.
    pub block_start: u32,
    /// Start of its nested code handles.
    pub handle_start: u32,
    /// Handler stack height when the frame opened.
    pub hstack_start: u32,
    /// Slots used in this level's slot array.
    pub nslots: u32,
    /// Current value-stack depth.
    pub depth: u32,
    /// Deepest value stack so far.
    pub max_depth: u32,
    /// Whether the next instruction can be reached by falling through.
    pub reachable: bool,
    /// Start of the current exception-table segment.
    pub seg_start: u32,
    /// Line of the last line-table row.
    pub last_line: u32,
}

impl Frame {
    const EMPTY: Frame = Frame {
        kind: CodeKind::Module,
        name: NameRef::Static(Fixed::Empty),
        qualname: NameRef::Static(Fixed::Empty),
        first_line: 0,
        arg_count: 0,
        posonly_count: 0,
        kwonly_count: 0,
        flags: 0,
        code_start: 0,
        line_start: 0,
        const_start: 0,
        name_start: 0,
        sym_start: 0,
        exc_start: 0,
        handler_start: 0,
        string_start: 0,
        item_start: 0,
        block_start: 0,
        handle_start: 0,
        hstack_start: 0,
        nslots: 0,
        depth: 0,
        max_depth: 0,
        reachable: true,
        seg_start: 0,
        last_line: 0,
    };
}

const EMPTY_SLOT: Slot = Slot {
    name: NameRef::Static(Fixed::Empty),
    kind: SlotKind::Local,
};
const EMPTY_BLOCK: Block = Block {
    kind: BlockKind::While,
    top: 0,
    exit: Label::new(),
    datum: 0,
    name: NameRef::Static(Fixed::Empty),
    hidden: false,
};
const EMPTY_HANDLER: Handler = Handler {
    pos: 0,
    depth: 0,
    lasti: false,
    live: false,
};
const EMPTY_ROW: ExceptionEntry = ExceptionEntry {
    start: 0,
    end: 0,
    target: 0,
    depth: 0,
    push_lasti: false,
};

/// All the memory the compiler works in: fixed capacity, no allocation.
///
/// About 0.8 MiB; keep it in a `static` (behind a lock) or a `Box`, and reuse it for every
/// compile. Its contents between compiles mean nothing.
pub struct Scratch {
    pub(crate) code: [u32; MAX_CODE_UNITS],
    pub(crate) code_len: u32,
    pub(crate) lines: [LineEntry; MAX_LINE_ROWS],
    pub(crate) lines_len: u32,
    pub(crate) consts: [ConstSlot; CONST_POOL],
    pub(crate) consts_len: u32,
    pub(crate) names: [NameRef; NAME_POOL],
    pub(crate) names_len: u32,
    pub(crate) slots: [[Slot; MAX_SLOTS]; MAX_SCOPE_DEPTH],
    pub(crate) syms: [Sym; SYM_POOL],
    pub(crate) syms_len: u32,
    pub(crate) exc: [ExceptionEntry; MAX_EXCEPTION_ROWS],
    pub(crate) exc_len: u32,
    pub(crate) handlers: [Handler; MAX_HANDLERS],
    pub(crate) handlers_len: u32,
    pub(crate) hstack: [u16; MAX_HANDLERS],
    pub(crate) hstack_len: u32,
    pub(crate) strings: [u8; MAX_STRING_BYTES],
    pub(crate) strings_len: u32,
    pub(crate) items: [NameRef; MAX_TUPLE_ITEMS],
    pub(crate) items_len: u32,
    pub(crate) blocks: [Block; MAX_BLOCKS * MAX_SCOPE_DEPTH],
    pub(crate) blocks_len: u32,
    pub(crate) frames: [Frame; MAX_SCOPE_DEPTH],
    pub(crate) frames_len: u32,
    /// The tier-2 trace recorder's fixed buffers (the compiler never touches them; they
    /// live here so that the host's one scratch region holds all of the VM's fixed-capacity
    /// working memory).
    pub(crate) recorder: crate::tier2::recorder::Recorder,
}

impl Scratch {
    /// Empty scratch memory (a `const fn`, so it can initialize a `static`).
    pub const fn new() -> Scratch {
        Scratch {
            code: [0; MAX_CODE_UNITS],
            code_len: 0,
            lines: [LineEntry { start: 0, line: 0 }; MAX_LINE_ROWS],
            lines_len: 0,
            consts: [ConstSlot::None; CONST_POOL],
            consts_len: 0,
            names: [NameRef::Static(Fixed::Empty); NAME_POOL],
            names_len: 0,
            slots: [[EMPTY_SLOT; MAX_SLOTS]; MAX_SCOPE_DEPTH],
            syms: [Sym {
                name: NameRef::Static(Fixed::Empty),
                flags: 0,
            }; SYM_POOL],
            syms_len: 0,
            exc: [EMPTY_ROW; MAX_EXCEPTION_ROWS],
            exc_len: 0,
            handlers: [EMPTY_HANDLER; MAX_HANDLERS],
            handlers_len: 0,
            hstack: [0; MAX_HANDLERS],
            hstack_len: 0,
            strings: [0; MAX_STRING_BYTES],
            strings_len: 0,
            items: [NameRef::Static(Fixed::Empty); MAX_TUPLE_ITEMS],
            items_len: 0,
            blocks: [EMPTY_BLOCK; MAX_BLOCKS * MAX_SCOPE_DEPTH],
            blocks_len: 0,
            frames: [Frame::EMPTY; MAX_SCOPE_DEPTH],
            frames_len: 0,
            recorder: crate::tier2::recorder::Recorder::new(),
        }
    }

    /// Forgets everything (the start of a compile).
    pub(crate) fn reset(&mut self) {
        self.code_len = 0;
        self.lines_len = 0;
        self.consts_len = 0;
        self.names_len = 0;
        self.syms_len = 0;
        self.exc_len = 0;
        self.handlers_len = 0;
        self.hstack_len = 0;
        self.strings_len = 0;
        self.items_len = 0;
        self.blocks_len = 0;
        self.frames_len = 0;
    }
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_stays_under_one_mebibyte() {
        let size = core::mem::size_of::<Scratch>();
        assert!(size <= 1024 * 1024, "Scratch is {size} bytes");
        assert!(
            size >= 700 * 1024,
            "Scratch shrank to {size} bytes: update the docs"
        );
    }

    #[test]
    fn pool_entries_stay_small() {
        assert_eq!(core::mem::size_of::<NameRef>(), 12);
        assert_eq!(core::mem::size_of::<ConstSlot>(), 16);
        assert_eq!(core::mem::size_of::<Slot>(), 16);
    }
}
