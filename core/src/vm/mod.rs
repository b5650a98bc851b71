//! The virtual machine: object construction, the garbage collector's roots, the interpreter,
//! and the embedding API.
//!
//! A [`Vm`] lives over one memory region the host gives it (see `crate::heap`). Everything it
//! creates lives there. Errors inside the VM are Python exceptions: an operation that fails
//! stores the exception in the VM and returns [`Raised`]; the interpreter unwinds to a handler
//! or out to the host, which gets a [`PyError`] and can keep using the VM.

mod alloc;
mod attr;
mod call;
mod classes;
mod descr;
mod dict;
mod dis;
mod error;
mod exc;
mod format;
mod frame;
mod gc;
mod generator;
mod import;
mod interp;
mod iter;
mod names;
mod ops;
mod seq;
mod set;
mod setup;
mod spec_attr;
mod spec_call;
mod spec_seq;
pub mod specialize;
pub mod tier2;
mod uops;

pub use classes::Cls;
pub use error::{PyError, TracebackSource};
pub use format::StrBuilder;
pub(crate) use format::extend_str as extend;
pub(crate) use generator::GENERATOR_METHODS;
pub use names::Name;
pub(crate) use ops::hash_float as hash_float_value;
pub(crate) use seq::normalize_index;

use crate::compile::Scratch;
use crate::heap::Heap;
use crate::object::{ClassObj, DictObj, Gc, ObjRef, RawBuf, ShapeObj, StrObj, TupleObj};
use crate::value::Value;
use core::mem::MaybeUninit;

/// Marker error: a Python exception was raised and is stored in the VM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// Result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, Raised>;

/// What the VM needs from its host: output, clocks.
pub trait Host {
    /// Writes program output (`print`).
    fn write_out(&mut self, text: &str);
    /// Writes diagnostics (tracebacks).
    fn write_err(&mut self, text: &str);
    /// Seconds since the Unix epoch, for `time.time()` (0 when the host has no clock).
    fn time(&mut self) -> f64 {
        0.0
    }
    /// Monotonic seconds, for `time.perf_counter()` and `time.monotonic()`.
    fn monotonic(&mut self) -> f64 {
        0.0
    }
    /// Waits `seconds` (finite, not negative), for `time.sleep()`. Hosts without a way to
    /// wait return at once.
    fn sleep(&mut self, seconds: f64) {
        let _ = seconds;
    }
    /// A tier-2 event: a trace started, was installed or was thrown away (bare metal logs
    /// them through `defmt`; the default ignores them).
    fn trace_event(&mut self, event: tier2::TraceEvent) {
        let _ = event;
    }
}

/// VM settings chosen by the host.
#[derive(Debug, Clone, Copy)]
pub struct Config<'a> {
    /// Deepest Python call nesting before `RecursionError` (CPython's default is 1000).
    pub recursion_limit: u32,
    /// Value-stack cells for all frames together.
    pub stack_cells: usize,
    /// Collect garbage before every allocation (finds rooting bugs; very slow).
    pub gc_stress: bool,
    /// The program's command line as `sys.argv` shows it: the program, then its arguments
    /// (empty: `['']`, as an embedded CPython has).
    pub argv: &'a [&'a str],
    /// The region handed to [`Vm::new`] is all zero bytes (fresh `calloc`ed or `mmap`ed
    /// memory). The heap then leaves never-used memory untouched instead of zeroing it, so
    /// it costs no resident memory until used. Setting this for a region that is not zero
    /// makes new objects start with garbage: only a host that knows may set it.
    pub zeroed_region: bool,
    /// Quicken adaptive instructions into specialized forms (off: the plain interpreter,
    /// `--no-specialize`).
    pub specialize: bool,
    /// Let hot loops try to enter tier 2 (off: `--tier1`, the trace counters never trigger).
    pub tier2: bool,
    /// Count specializations, misses and tier-2 attempts for `--stats`.
    pub stats: bool,
    /// The trace budget `F0` (see `tier2::recorder`); hosts validate it with
    /// `Tuning::new` and report an out-of-range value as an error.
    pub trace_fitness: u32,
    /// Print every trace when it is installed (`--dump-traces`, `tracery trace`).
    pub dump_traces: bool,
    /// How traces are selected (`--trace-selector`).
    pub trace_selector: tier2::Selector,
    /// The `JUMP_BACKWARD` counter's first trigger, in backward jumps, and a side exit's,
    /// in exits (`None`: the defaults of `Counter::jump_backward` and `Counter::side_exit`).
    /// Tests set it low so that nearly every loop is traced and every exit grows a side
    /// trace.
    pub trace_threshold: Option<u16>,
}

impl Default for Config<'_> {
    fn default() -> Self {
        Config {
            recursion_limit: 1000,
            stack_cells: 256 * 1024,
            gc_stress: false,
            argv: &[],
            zeroed_region: false,
            specialize: true,
            tier2: true,
            stats: false,
            trace_fitness: crate::tier2::recorder::F0_DEFAULT,
            dump_traces: false,
            trace_selector: tier2::Selector::Fitness,
            trace_threshold: None,
        }
    }
}

/// Why a VM could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitError {
    /// The region is too small for the heap's bookkeeping.
    RegionTooSmall,
    /// The region filled up while creating the built-in objects.
    OutOfMemory,
}

impl core::fmt::Display for InitError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            InitError::RegionTooSmall => write!(f, "the memory region is too small"),
            InitError::OutOfMemory => {
                write!(f, "the memory region is too small for the built-in objects")
            }
        }
    }
}

/// Arguments of a call as a builtin sees them.
#[derive(Debug, Clone, Copy)]
pub struct Args<'v> {
    /// Positional arguments (for a method, the receiver first).
    pub pos: &'v [Value],
    /// Keyword argument names (a tuple of str), matching `kw_values`.
    pub kw_names: Option<Gc<TupleObj>>,
    /// Keyword argument values.
    pub kw_values: &'v [Value],
}

impl<'v> Args<'v> {
    /// Positional arguments only.
    pub const fn positional(pos: &'v [Value]) -> Args<'v> {
        Args {
            pos,
            kw_names: None,
            kw_values: &[],
        }
    }

    /// True when keywords were passed.
    pub fn has_keywords(&self) -> bool {
        !self.kw_values.is_empty()
    }
}

/// The virtual machine.
pub struct Vm<'a> {
    pub(crate) heap: Heap<'a>,
    host: &'a mut dyn Host,
    scratch: Option<&'a mut Scratch>,
    pub(crate) config: Config<'a>,
    /// Built-in classes, by [`Cls`].
    classes: [Option<Gc<ClassObj>>; Cls::ALL.len()],
    /// Well-known interned strings, by [`Name`].
    names: [Option<Gc<StrObj>>; Name::ALL.len()],
    /// One-character ASCII strings, so iterating over text does not allocate.
    chars: [Option<Gc<StrObj>>; 128],
    /// Interned strings (a dict str → str).
    interned: Option<Gc<DictObj>>,
    /// The builtins module's namespace.
    builtins: Option<Gc<DictObj>>,
    /// Imported modules by name.
    modules: Option<Gc<DictObj>>,
    /// The empty shape every instance starts with.
    root_shape: Option<Gc<ShapeObj>>,
    /// The empty tuple.
    empty_tuple: Option<Gc<TupleObj>>,
    /// The value stack shared by all frames.
    stack: Option<Gc<RawBuf>>,
    /// Frame records (see `frame.rs`).
    frames: Option<Gc<RawBuf>>,
    /// Active frames.
    frame_count: usize,
    /// Cells of the value stack in use (above this, cells may hold stale values).
    stack_top: usize,
    /// The exception being raised (between the raise and its handler or the host).
    exc: Value,
    /// The exception being handled (CPython's `exc_info`): set by `PUSH_EXC_INFO`, restored
    /// by `POP_EXCEPT`; `Null` or `None` when no handler runs. A new exception raised while
    /// it is set gets it as `__context__`.
    handled: Value,
    /// The next `run_frame` starts by raising `exc` in its frame (`generator.throw`).
    throw_pending: bool,
    /// A MemoryError made at start-up, raised when there is no memory to make one.
    memory_error: Value,
    /// The `NotImplemented` singleton (looked up on every user-defined operator call).
    not_implemented: Value,
    /// Objects a compile in progress must keep alive (a list), or `Null`.
    compile_roots: Value,
    /// Host-held values (see [`Vm::root`]).
    handles: [Value; 16],
    /// Nesting of Rust-level calls into the interpreter (builtins calling Python code).
    native_depth: u32,
    /// Highest native stack address that can hold VM values (the conservative scan's end).
    stack_base: usize,
    /// Next class version tag.
    next_version: u32,
    /// Next dict keys version (see `object::dict`).
    next_keys_version: u64,
    /// `LOAD_METHOD` answers for polymorphic sites (see `spec_attr`); not traced (the entries
    /// are addresses guarded by class versions).
    method_cache: [spec_attr::MethodEntry; spec_attr::METHOD_CACHE_SIZE],
    /// `--stats` counters.
    pub(crate) stats: specialize::Stats,
    /// A trace being recorded (see `tier2.rs`).
    pub(crate) tracing: tier2::Tracing,
    /// Tier-2 counters for `--stats`.
    pub(crate) trace_stats: tier2::TraceStats,
    /// The executors (a list of raw blocks), or `Null` before the first.
    executors: Value,
    /// The code object of each root executor, numbered as `executors` (None for side traces
    /// and freed executors), or `Null` before the first: the code whose `ENTER_EXECUTOR`
    /// enters an executor lives as long as the executor is listed.
    executor_code: Value,
    /// Objects whose repr is being computed (cycle detection for containers).
    repr_stack: [Option<ObjRef>; 32],
    repr_depth: usize,
    /// The `random` module's generator.
    random: crate::modules::mt::Random,
}

impl<'a> Vm<'a> {
    /// Creates a VM over `region`, with `scratch` for the compiler.
    ///
    /// # Errors
    /// [`InitError`] when the region is too small.
    pub fn new(
        region: &'a mut [MaybeUninit<u8>],
        host: &'a mut dyn Host,
        scratch: &'a mut Scratch,
        config: Config<'a>,
    ) -> Result<Vm<'a>, InitError> {
        let mut heap = Heap::new(region).map_err(|_| InitError::RegionTooSmall)?;
        if config.zeroed_region {
            // SAFETY: the host vouches for the region's zero bytes (the field's contract),
            // and the heap is the only writer since `new`.
            unsafe { heap.assume_zeroed_region() };
        }
        let mut vm = Vm {
            heap,
            host,
            scratch: Some(scratch),
            config,
            classes: [None; Cls::ALL.len()],
            names: [None; Name::ALL.len()],
            chars: [None; 128],
            interned: None,
            builtins: None,
            modules: None,
            root_shape: None,
            empty_tuple: None,
            stack: None,
            frames: None,
            frame_count: 0,
            stack_top: 0,
            exc: Value::Null,
            handled: Value::Null,
            throw_pending: false,
            memory_error: Value::Null,
            not_implemented: Value::Null,
            compile_roots: Value::Null,
            handles: [Value::Null; 16],
            native_depth: 0,
            stack_base: 0,
            next_version: 1,
            next_keys_version: 1,
            method_cache: [spec_attr::MethodEntry::EMPTY; spec_attr::METHOD_CACHE_SIZE],
            stats: specialize::Stats::new(config.stats),
            tracing: tier2::Tracing::new(
                crate::tier2::recorder::Tuning::derive(config.trace_fitness),
                config.trace_selector,
            ),
            trace_stats: tier2::TraceStats::new(),
            executors: Value::Null,
            executor_code: Value::Null,
            repr_stack: [None; 32],
            repr_depth: 0,
            random: crate::modules::mt::Random::new(),
        };
        // Bootstrapping holds new objects in locals across allocations: it runs below the
        // recorded base (see `enter_from_host`).
        crate::heap::with_stack_base(|base| {
            vm.stack_base = base;
            vm.bootstrap()
        })
        .map_err(|_| InitError::OutOfMemory)?;
        Ok(vm)
    }

    /// A built-in class.
    #[inline]
    pub fn class(&self, cls: Cls) -> Gc<ClassObj> {
        match self.classes[cls as usize] {
            Some(class) => class,
            None => not_booted(),
        }
    }

    /// A well-known interned string.
    #[inline]
    pub fn name(&self, name: Name) -> Gc<StrObj> {
        match self.names[name as usize] {
            Some(s) => s,
            None => not_booted(),
        }
    }

    /// The builtins namespace.
    #[inline]
    pub fn builtins(&self) -> Gc<DictObj> {
        self.builtins.unwrap_or_else(|| not_booted())
    }

    /// The host.
    pub fn host(&mut self) -> &mut dyn Host {
        &mut *self.host
    }

    /// The `random` module's generator.
    pub(crate) fn random_state(&mut self) -> &mut crate::modules::mt::Random {
        &mut self.random
    }

    /// Heap statistics (bytes in use, collections, ...).
    pub fn heap_stats(&self) -> crate::heap::HeapStats {
        self.heap.stats()
    }

    /// Compiles and runs `source` as the `__main__` module. `filename` appears in tracebacks.
    ///
    /// # Errors
    /// The uncaught exception (or syntax error), as a [`PyError`] the host can print with
    /// [`Vm::write_traceback`].
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), PyError> {
        self.enter_from_host(|vm| {
            vm.run_module_source(source, filename, crate::compile::Mode::Exec)
        })
    }

    /// Runs one REPL entry (expression values are echoed).
    ///
    /// # Errors
    /// As [`Vm::run_main`].
    pub fn run_repl_entry(&mut self, source: &str) -> Result<(), PyError> {
        self.enter_from_host(|vm| {
            vm.run_module_source(source, "<stdin>", crate::compile::Mode::Single)
        })
    }

    /// Records the native stack base for the conservative scan, then runs `body`.
    ///
    /// The outermost entry runs `body` through [`crate::heap::with_stack_base`], in a frame
    /// below the recorded base. Recording the base here and calling `body` directly is not
    /// enough: `body` and what it calls (compiling, `main_globals`, the start of `run_code`)
    /// are inlined into this frame, and the compiler may place their locals (a code object
    /// held across an allocation, say) above the recorded address, outside the scan. The
    /// collector then frees an object still in use and the program later reads garbage
    /// through it.
    #[inline(never)]
    pub(crate) fn enter_from_host<R>(&mut self, body: impl FnOnce(&mut Self) -> R) -> R {
        let outermost = self.native_depth == 0 && self.frame_count == 0;
        if !outermost {
            return body(self);
        }
        let result = crate::heap::with_stack_base(|base| {
            self.stack_base = base;
            self.reset_handled();
            body(self)
        });
        self.exc = Value::Null;
        result
    }
}

#[cold]
#[track_caller]
pub(crate) fn internal_error(what: &str) -> ! {
    panic!("internal VM invariant broken: {what}")
}

#[cold]
#[track_caller]
fn not_booted() -> ! {
    panic!("VM used before its built-in objects exist")
}

#[cfg(test)]
mod tests;
