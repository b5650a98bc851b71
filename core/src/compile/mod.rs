//! The front end: Python source to bytecode in one pass, with no allocator.
//!
//! [`compile`] reads tokens from the [`lexer`] and emits bytecode for one code object at a time
//! into fixed-capacity [`Scratch`] memory. When a code object (the module, a function, a class
//! body, a lambda, a comprehension) is complete, the compiler hands a [`CodeDraft`] to the
//! caller's [`CodeSink`], which copies it into the VM's arena and returns a handle; nested code
//! objects appear as [`Const::Code`] constants of their parent. The compiler never sees the
//! VM's objects, so it is tested with a recording sink.
//!
//! # How one pass does it
//!
//! There is no syntax tree. Statements are parsed by recursive descent and expressions by
//! precedence climbing, emitting bytecode as they go. Where Python's evaluation order differs
//! from reading order, the compiler either re-reads source or moves code:
//!
//! - **Scopes** ([`scope`](self) module docs): a function, lambda, class or comprehension body
//!   is compiled twice. The first pass is the ordinary compiler with emission turned off; it
//!   only records which names the scope binds, uses and declares (skipping nested `def` and
//!   `class` bodies). So a name assigned anywhere in a function is local everywhere in it,
//!   exactly as in CPython. Free variables are discovered during the real pass; the slot
//!   that owns a captured variable becomes a cell, and its `*_FAST` instructions become
//!   `*_DEREF` when its code object is finished.
//! - **Assignments**: a statement is scanned for top-level `=`; the value is compiled first,
//!   then the reader goes back to each target (`a[f()] = g()` calls `g` first).
//! - **Comprehensions**: the element is remembered, the clauses compiled, then the element.
//! - **`x if c else y`**: `x` is compiled, then `c` and its jump, and the two pieces of code
//!   swap places (jumps are relative and both pieces are self-contained).
//! - **`finally`**: every early exit (`return`, `break`, `continue`) re-reads the `finally`
//!   body from its saved position and compiles a copy on that path, as CPython duplicates it.
//! - **`try ... except ... else`**: the `else` body is emitted after the handlers (the body
//!   jumps over them), so it is compiled where it is read.
//!
//! Lexer positions are plain copies (about 3 KiB each), so the functions that keep one or
//! scan ahead are kept out of line and do not recurse into statement bodies, and nesting is
//! bounded ([`scratch::MAX_NESTING`], [`scratch::MAX_SCOPE_DEPTH`], [`scratch::MAX_BLOCKS`]):
//! at those limits a compile needs at most 768 KiB of machine stack (a test pins this, in
//! debug builds; release builds measured 512 KiB).
//!
//! All working memory is the caller's [`Scratch`]; every limit there is a named constant and
//! reaching one is a `SyntaxError` that names it. Nothing panics on any input.

mod call;
mod comp;
mod cond;
mod const_set;
mod cursor;
mod emit;
pub mod error;
mod expr;
mod frame;
mod func;
pub mod lexer;
mod scan;
mod scope;
pub mod scratch;
mod stmt;
mod strings;
mod target;
mod trys;

#[cfg(test)]
mod tests;

pub use error::{CompileError, ErrorKind, Message};
pub use scratch::Scratch;

/// Compiles Python source to the module's code object.
///
/// Nested code objects are handed to `sink` as they are finished (innermost first); the
/// module's comes last and its handle is returned.
///
/// # Errors
///
/// [`CompileError`] with CPython's exception class, message and position for invalid
/// source, a `SyntaxError` naming the feature for unsupported syntax or the limit for
/// source that exceeds [`Scratch`]'s capacities, and `MemoryError` when the sink is full.
#[expect(
    clippy::result_large_err,
    reason = "one error per compile; its message is inline so that building it never allocates"
)]
pub fn compile<S: CodeSink>(
    source: &str,
    mode: Mode,
    scratch: &mut Scratch,
    sink: &mut S,
) -> Result<S::CodeRef, CompileError> {
    let mut compiler = cursor::Compiler::new(source, mode, scratch, sink);
    match compiler.run() {
        Ok(code) => Ok(code),
        Err(cursor::Fail) => {
            compiler.prefer_tokenizer_error();
            Err(compiler.err)
        }
    }
}

/// How the source is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module (a file, `-c` code).
    Exec,
    /// One REPL entry: expression statements print their value's repr (`PRINT_EXPR`).
    Single,
}

/// What kind of code object a draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// Module-level code: names are globals.
    Module,
    /// A `def` or `lambda` body.
    Function,
    /// A class body: names live in the class namespace (`LOAD_NAME`/`STORE_NAME`).
    Class,
    /// A list/set/dict comprehension or generator expression body.
    Comprehension,
}

/// Code object flag bits.
pub mod code_flags {
    /// Has a `*args` parameter (the slot after the positional and keyword-only ones).
    pub const VARARGS: u32 = 1 << 0;
    /// Has a `**kwargs` parameter (the slot after `*args`, or after the others).
    pub const VARKEYWORDS: u32 = 1 << 1;
    /// Calling it creates a generator (the body contains `yield`).
    pub const GENERATOR: u32 = 1 << 2;
}

/// What a local slot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// A plain local (parameters come first).
    Local,
    /// A local captured by an inner function: the slot holds a cell (parameters too).
    Cell,
    /// A free variable: the slot holds a cell from the function's closure.
    Free,
}

/// A constant of a code object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Const<'a, C> {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// `...`.
    Ellipsis,
    /// An int literal.
    Int(i64),
    /// A float literal.
    Float(f64),
    /// A string literal (escapes decoded; adjacent literals joined).
    Str(&'a str),
    /// A tuple of strings (keyword names of `CALL_KW`, `from m import a, b`).
    StrTuple(&'a [&'a str]),
    /// A nested code object, as the sink returned it.
    Code(C),
}

/// One row of the line table: instructions from `start` (a code-unit offset) up to the next
/// row's `start` come from source line `line`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineEntry {
    /// First code unit of the run.
    pub start: u32,
    /// 1-based source line.
    pub line: u32,
}

/// One row of the exception table: an exception raised by an instruction in `start..end`
/// (code units) unwinds the value stack to `depth` items, pushes the offset of the raising
/// instruction when `push_lasti`, pushes the exception, and jumps to `target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First protected code unit.
    pub start: u32,
    /// One past the last protected code unit.
    pub end: u32,
    /// The handler's first code unit.
    pub target: u32,
    /// Value-stack depth at the handler, before it pushes anything.
    pub depth: u32,
    /// Whether the handler expects the raising instruction's offset below the exception.
    pub push_lasti: bool,
}

/// A finished code object, borrowed from the compiler's scratch memory.
#[derive(Debug, Clone, Copy)]
pub struct CodeDraft<'a, C> {
    /// What the code is.
    pub kind: CodeKind,
    /// `co_name`: the function or class name, `<module>`, `<lambda>`, `<listcomp>`, ...
    pub name: &'a str,
    /// `co_qualname`: dotted path for nested definitions (`Outer.method.<locals>.inner`).
    pub qualname: &'a str,
    /// Line of the `def`/`class` (1 for a module).
    pub first_line: u32,
    /// Positional parameters (positional-only included).
    pub arg_count: u32,
    /// Positional-only parameters (before `/`).
    pub posonly_count: u32,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly_count: u32,
    /// Bits from [`code_flags`].
    pub flags: u32,
    /// Names of the local slots: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals, then free variables. Same length as `slot_kinds`.
    pub slot_names: &'a [&'a str],
    /// What each local slot holds.
    pub slot_kinds: &'a [SlotKind],
    /// Names used by name-indexed instructions (globals, attributes, imports).
    pub names: &'a [&'a str],
    /// Constants used by `LOAD_CONST` and friends.
    pub consts: &'a [Const<'a, C>],
    /// The bytecode (see [`crate::bytecode`]), cache units included and zeroed.
    pub code: &'a [u32],
    /// The line table, ordered by `start`, first row at 0.
    pub lines: &'a [LineEntry],
    /// The exception table, innermost handlers first.
    pub exceptions: &'a [ExceptionEntry],
    /// The deepest the value stack gets.
    pub stack_size: u32,
}

/// Where finished code objects go (the VM's arena, or a test's recorder).
pub trait CodeSink {
    /// The sink's handle to a finished code object.
    type CodeRef: Copy;

    /// Stores a finished code object.
    ///
    /// # Errors
    /// [`SinkError`] when it cannot be stored (the arena is full).
    fn finish(&mut self, draft: &CodeDraft<'_, Self::CodeRef>) -> Result<Self::CodeRef, SinkError>;
}

/// The sink could not store a code object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinkError {
    /// Out of memory: the compile fails with `MemoryError`.
    OutOfMemory,
}
