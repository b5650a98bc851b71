//! Tier 2 in the VM: recording a trace from a hot loop, turning it into an executor, and the
//! statistics and dumps that show it working.
//!
//! Recording piggybacks on tier 1: when a `JUMP_BACKWARD` counter triggers,
//! [`Vm::enter_tier2`] arms the recorder, and from then on the dispatch loop calls
//! [`Vm::trace_hook`] before every instruction it runs in the recording frames. The hook
//! first finishes the previous instruction (its outcome is now known: where control went),
//! then presents the next one to the recorder, which may end the trace there. A finished
//! trace becomes an executor: a raw block in the arena holding its uops and the snapshots of
//! the recorded instructions' inline caches, listed in the VM's executor list; the
//! `JUMP_BACKWARD` that started it becomes `ENTER_EXECUTOR`.
//!
//! Recording never allocates (the recorder's buffers live in the host's scratch memory);
//! only installing the finished executor does.
//!
//! An executor records what it assumed: a Bloom filter of the class versions its snapshots
//! cached (a class change clears it), and one of the dicts whose values it folded (globals,
//! builtins, module dicts: [`Vm::folded_value`] watches them while recording, and any change
//! of a watched dict invalidates the executors that may have folded from it). A recording
//! during which a dict it folded from, or a class, changed takes its folds back.
//!
//! Executors live in the VM's arena and are reclaimed when invalidated or cold. Each one is
//! numbered by its place in the executor list (numbers are never reused); a parallel list
//! holds each root trace's code object, so the code whose `ENTER_EXECUTOR` names an executor
//! lives as long as the executor is listed. A root trace is entered only from its loop's
//! `ENTER_EXECUTOR`, a side trace only through its parent's exit link. At the start of every
//! collection, [`Vm::reclaim_executors`] frees (empties the list slots of) the executors that
//! a class or dict change invalidated and those not entered for more than [`COLD_COLLECTIONS`]
//! collections: a root trace with its chain, its loop's instruction turned back into
//! `JUMP_BACKWARD` (its counter backed off); a side trace with the side traces grown from
//! it, its parent's exit unlinked and cooled to a fresh exit's counter, so it can grow a
//! side trace again if it gets hot. An executor counts the activations of the uop
//! interpreter running it (`running`), and nothing of a tree one of whose executors runs is
//! freed. The collection itself then reclaims the blocks. (`ENTER_EXECUTOR` also frees an
//! invalid executor it meets, at once.)

use super::Vm;
use super::frame::Frame;
use crate::bytecode::{ArgKind, Opcode, decode, flags};
use crate::counter::Counter;
use crate::object::{CodeObj, DictObj, Gc, ListObj, ModuleObj, RawBuf};
use crate::tier2::optimizer::{FOLD, Reject};
use crate::tier2::recorder::{End, Instr, Outcome, SITE_UNITS, Step, Tuning, UopInst};
use crate::tier2::uop::{Expansion, Uop, expansion};
use crate::value::Value;
use core::fmt::Write;

/// Why a trace being recorded was thrown away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abort {
    /// An exception was raised while recording.
    Exception,
    /// Control left the recording frames for Rust code (a return from an entry frame).
    LeftInterpreter,
    /// Control went somewhere the recorded instruction cannot send it.
    UnexpectedFlow,
    /// The trace ended before recording anything (its loop head is not supported).
    Empty,
    /// No memory for the executor.
    NoMemory,
    /// The executor list is full.
    TooManyExecutors,
    /// The compiler ran while recording (its scratch memory holds the recorder).
    Compiling,
    /// The optimizer rejected the trace (its reason is counted too).
    Rejected,
    /// A call missed its specialization while recorded: another callee ran.
    CallMissed,
}

impl Abort {
    /// Every reason, in order.
    pub const ALL: &'static [Abort] = &[
        Abort::Exception,
        Abort::LeftInterpreter,
        Abort::UnexpectedFlow,
        Abort::Empty,
        Abort::NoMemory,
        Abort::TooManyExecutors,
        Abort::Compiling,
        Abort::Rejected,
        Abort::CallMissed,
    ];

    /// The name `--stats` prints.
    pub const fn name(self) -> &'static str {
        match self {
            Abort::Exception => "exception",
            Abort::LeftInterpreter => "left_interpreter",
            Abort::UnexpectedFlow => "unexpected_flow",
            Abort::Empty => "empty",
            Abort::NoMemory => "no_memory",
            Abort::TooManyExecutors => "too_many_executors",
            Abort::Compiling => "compiling",
            Abort::Rejected => "rejected",
            Abort::CallMissed => "call_missed",
        }
    }
}

/// A tier-2 event for the host's log (bare metal sends them out through `defmt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceEvent {
    /// Recording started at a loop head (`side`: at a hot exit) of code unit `at`.
    Started {
        /// A side trace.
        side: bool,
        /// The code unit recording starts at.
        at: u32,
    },
    /// A trace was installed.
    Finished {
        /// Why it ended (`closed`, `fitness`, `executor`, `unsupported`, `full`).
        reason: &'static str,
        /// Its uops.
        uops: usize,
        /// The fitness left.
        fitness: i32,
        /// The exit quality where it ended (`i32::MAX` when it closed its loop).
        quality: i32,
    },
    /// A recording was thrown away.
    Aborted {
        /// Why (an [`Abort`] name).
        reason: &'static str,
    },
}

/// How traces are selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selector {
    /// Fitness and exit quality decide where a trace ends.
    Fitness,
    /// A frontend without fitness: a trace ends only at loop closure, an unsupported
    /// instruction or a full buffer (the comparison baseline).
    Baseline,
}

/// The state of a recording in progress.
pub(crate) struct Tracing {
    /// A trace is being recorded.
    pub(crate) active: bool,
    /// The code whose `JUMP_BACKWARD` started it (kept alive by the collector while set).
    pub(crate) code: Value,
    /// The frame index it started in.
    frame: usize,
    /// `native_depth` when it started: nested interpreter runs are not recorded.
    native_depth: u32,
    /// The `JUMP_BACKWARD` that started it (`u32::MAX` for a side trace).
    jump_at: u32,
    /// The loop head (the jump's target): where the trace closes. A root trace also starts
    /// there; a side trace starts at its exit's target.
    start_at: u32,
    /// For a side trace: where it came from.
    side: Option<SideOrigin>,
    /// The instruction admitted last, waiting for its outcome, and its frame index.
    pending: Option<(Instr, usize)>,
    /// The tuning in use (from `Config::trace_fitness`).
    pub(crate) tuning: Tuning,
    /// How traces are selected (from `Config::trace_selector`).
    pub(crate) selector: Selector,
    /// The Bloom filter ([`dict_bit`]) of the dicts whose values the recording folded.
    folded: u64,
    /// The Bloom filter of the watched dicts that changed while recording: the trace may
    /// hold a stale value if this meets `folded`.
    changed: u64,
    /// A class changed while recording (a folded class attribute may be stale).
    class_changed: bool,
}

impl Tracing {
    /// Not recording.
    pub(crate) const fn new(tuning: Tuning, selector: Selector) -> Tracing {
        Tracing {
            active: false,
            code: Value::Null,
            frame: 0,
            native_depth: 0,
            jump_at: 0,
            start_at: 0,
            side: None,
            pending: None,
            tuning,
            selector,
            folded: 0,
            changed: 0,
            class_changed: false,
        }
    }
}

/// Where a side trace starts: an exit of an executor.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SideOrigin {
    /// The executor whose exit went hot.
    parent: u32,
    /// The uop of that exit.
    exit: u32,
    /// The root executor of the parent's chain (whose loop head the side trace closes at).
    root: u32,
    /// How many side traces deep the new one is.
    depth: u32,
}

/// The most side traces stacked on one root trace (side of a side of ...).
pub(crate) const MAX_CHAIN_DEPTH: u32 = 8;

/// Collections an executor may go without being entered before it is freed as cold: after
/// more than this many, its loop has been left for good, or for long (a collection normally
/// comes after the program allocated as much as is live, and at least the heap's minimum
/// debt, `max(256 KiB, arena / 64)`), and the memory of its block is worth more than
/// retracing the loop if it ever runs again.
///
/// Measured on the benchmarks (`--loops 3`): with the default 256 MiB arena (1 to 164
/// collections per run), 16 frees 2 executors over the 13 benchmarks and starts exactly as
/// many traces as without reclamation. In a 32 MiB arena (the 9 that fit: 1728 collections,
/// 2902 traces without reclamation) it frees 154 and starts 169 traces more (5.8%), against
/// 227 and 252 with 8, 612 and 676 with 2, 113 and 88 with 32: mostly side traces whose exits
/// are taken only now and then, and loops of start-up code.
pub(crate) const COLD_COLLECTIONS: u8 = 16;

/// Why executors were freed (the `executor_freed_*` counters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Freed {
    /// It, its chain's root or the side trace it grew from was invalid.
    Invalid,
    /// It, its chain's root or the side trace it grew from went cold (or lost its parent).
    Cold,
}

/// Buckets of the trace-length histogram (uops, upper bounds; the last is open).
const LENGTH_BUCKETS: [usize; 8] = [8, 16, 32, 64, 128, 256, 512, usize::MAX];

/// Tier-2 counters for `--stats`.
pub(crate) struct TraceStats {
    started: u64,
    /// Side traces started (included in `started`).
    side_started: u64,
    finished: [u64; 5],
    aborted: [u64; Abort::ALL.len()],
    unsupported: [u64; 256],
    lengths: [u64; LENGTH_BUCKETS.len()],
    end_fitness_sum: i64,
    end_fitness_min: i32,
    end_fitness_max: i32,
    /// Exit quality where traces ended, by kind: closed, executor, backward edge, default,
    /// unstable.
    end_quality: [u64; 5],
    /// Times an executor was entered.
    pub(crate) entered: u64,
    /// Exits taken out of executors (side exits and trace ends).
    pub(crate) exits: u64,
    /// Executors found invalid when entered.
    pub(crate) invalidated: u64,
    /// Executors invalidated by a class change.
    pub(crate) invalidations: u64,
    /// Executors invalidated by a change of a dict they folded values from.
    pub(crate) dict_invalidations: u64,
    /// Exits linked to an executor (a side trace or an existing one).
    pub(crate) links: u64,
    /// Side traces installed.
    side_traces: u64,
    /// Executors freed because they (or their chain's root, or the side trace they grew
    /// from) were invalid.
    pub(crate) freed_invalid: u64,
    /// Executors freed because they (or the executor they hang from) went cold: not entered
    /// for [`COLD_COLLECTIONS`] collections, or no longer reachable.
    pub(crate) freed_cold: u64,
    /// What the optimizer removed and folded, and the traces it rejected by reason.
    removed_guards: u64,
    folded_consts: u64,
    folded_globals: u64,
    folded_attrs: u64,
    /// Traces whose folds were taken back (a dict changed while recording).
    unfolded: u64,
    removed_keys_guards: u64,
    removed_bookkeeping: u64,
    rejected: [u64; Reject::ALL.len()],
}

impl TraceStats {
    pub(crate) const fn new() -> TraceStats {
        TraceStats {
            started: 0,
            side_started: 0,
            finished: [0; 5],
            aborted: [0; Abort::ALL.len()],
            unsupported: [0; 256],
            lengths: [0; LENGTH_BUCKETS.len()],
            end_fitness_sum: 0,
            end_fitness_min: i32::MAX,
            end_fitness_max: i32::MIN,
            end_quality: [0; 5],
            entered: 0,
            exits: 0,
            invalidated: 0,
            invalidations: 0,
            dict_invalidations: 0,
            links: 0,
            side_traces: 0,
            freed_invalid: 0,
            freed_cold: 0,
            removed_guards: 0,
            folded_consts: 0,
            folded_globals: 0,
            folded_attrs: 0,
            unfolded: 0,
            removed_keys_guards: 0,
            removed_bookkeeping: 0,
            rejected: [0; Reject::ALL.len()],
        }
    }

    fn finished_total(&self) -> u64 {
        self.finished.iter().sum()
    }

    /// Writes the `trace_*` lines.
    pub(crate) fn write(&self, out: &mut dyn Write) -> core::fmt::Result {
        writeln!(out, "trace_started {}", self.started)?;
        writeln!(out, "trace_side_started {}", self.side_started)?;
        writeln!(out, "trace_side_installed {}", self.side_traces)?;
        for (index, name) in ["closed", "fitness", "executor", "unsupported", "full"]
            .iter()
            .enumerate()
        {
            writeln!(out, "trace_finished_{name} {}", self.finished[index])?;
        }
        for (op, count) in self.unsupported.iter().enumerate() {
            if *count > 0
                && let Some(opcode) = Opcode::from_u8(op as u8)
            {
                writeln!(out, "trace_unsupported_{} {count}", opcode.name())?;
            }
        }
        for abort in Abort::ALL {
            writeln!(
                out,
                "trace_aborted_{} {}",
                abort.name(),
                self.aborted[*abort as usize]
            )?;
        }
        let mut low = 0;
        for (bucket, count) in LENGTH_BUCKETS.iter().zip(self.lengths) {
            if *bucket == usize::MAX {
                writeln!(out, "trace_length_{low}_up {count}")?;
            } else {
                writeln!(out, "trace_length_{low}_to_{} {count}", bucket - 1)?;
            }
            low = *bucket;
        }
        let finished = self.finished_total();
        if finished > 0 {
            writeln!(out, "trace_end_fitness_min {}", self.end_fitness_min)?;
            writeln!(
                out,
                "trace_end_fitness_mean {}",
                self.end_fitness_sum / finished as i64
            )?;
            writeln!(out, "trace_end_fitness_max {}", self.end_fitness_max)?;
        }
        for (index, name) in ["closed", "executor", "backward_edge", "default", "unstable"]
            .iter()
            .enumerate()
        {
            writeln!(out, "trace_end_quality_{name} {}", self.end_quality[index])?;
        }
        writeln!(out, "optimizer_removed_guards {}", self.removed_guards)?;
        writeln!(out, "optimizer_folded_consts {}", self.folded_consts)?;
        writeln!(out, "optimizer_folded_globals {}", self.folded_globals)?;
        writeln!(out, "optimizer_folded_attrs {}", self.folded_attrs)?;
        writeln!(out, "optimizer_unfolded_changed {}", self.unfolded)?;
        writeln!(
            out,
            "optimizer_removed_keys_guards {}",
            self.removed_keys_guards
        )?;
        writeln!(
            out,
            "optimizer_removed_bookkeeping {}",
            self.removed_bookkeeping
        )?;
        for reject in Reject::ALL {
            writeln!(
                out,
                "optimizer_rejected_{} {}",
                reject.name(),
                self.rejected[*reject as usize]
            )?;
        }
        writeln!(out, "executor_entered {}", self.entered)?;
        writeln!(out, "executor_exits {}", self.exits)?;
        writeln!(out, "executor_links {}", self.links)?;
        writeln!(out, "executor_invalidations {}", self.invalidations)?;
        writeln!(
            out,
            "executor_invalidations_dict {}",
            self.dict_invalidations
        )?;
        writeln!(out, "executor_dropped_invalid {}", self.invalidated)?;
        writeln!(out, "executor_freed_invalid {}", self.freed_invalid)?;
        writeln!(out, "executor_freed_cold {}", self.freed_cold)
    }
}

/// The header of an executor block; its uops and the recorded instructions' snapshots follow.
#[repr(C)]
pub(crate) struct ExecutorHead {
    /// Cleared when something the trace assumed changed.
    pub(crate) valid: core::cell::Cell<bool>,
    /// Uops in the block.
    pub(crate) uop_count: u32,
    /// Recorded instructions (snapshots) in the block.
    pub(crate) step_count: u32,
    /// The `ENTER_EXECUTOR` that runs it (`u32::MAX` for a side trace).
    pub(crate) jump_at: u32,
    /// The root executor of its chain (itself for a root trace).
    pub(crate) root: u32,
    /// The address of the code whose loop the chain's root runs.
    pub(crate) code: usize,
    /// Side traces deep (0 for a root trace).
    pub(crate) depth: u32,
    /// A 64-bit Bloom filter of the class versions its uops' snapshots assumed
    /// ([`version_bit`]); a class change clears `valid` of the executors whose filter has
    /// the old version's bit.
    pub(crate) classes: u64,
    /// A Bloom filter of the dicts whose values its uops folded ([`dict_bit`]); a change of
    /// a watched dict clears `valid` of the executors whose filter has its bit.
    pub(crate) dicts: u64,
    /// Activations of [`Vm::run_executor`] inside this executor right now (it is the one they
    /// run); a running executor and its chain are never freed.
    pub(crate) running: core::cell::Cell<u32>,
    /// Collections passed since it was last entered (see [`Vm::reclaim_executors`]).
    pub(crate) idle: core::cell::Cell<u8>,
    /// For a side trace: the executor whose exit enters it (`u32::MAX` for a root trace).
    pub(crate) parent: u32,
    /// For a side trace: the uop of the parent's exit (`u32::MAX` for a root trace).
    pub(crate) exit: u32,
}

impl ExecutorHead {
    /// An activation of [`Vm::run_executor`] makes this executor its current one.
    pub(crate) fn enter(&self) {
        self.running.set(self.running.get().saturating_add(1));
        self.idle.set(0);
    }

    /// The activation that [`ExecutorHead::enter`]ed leaves it.
    pub(crate) fn leave(&self) {
        self.running.set(self.running.get().saturating_sub(1));
    }
}

/// One exit of an executor (one per uop): its temperature and the executor it links to.
#[repr(C)]
pub(crate) struct ExitSlot {
    /// Counts exits taken here towards recording a side trace ([`Counter::side_exit`]).
    pub(crate) counter: core::cell::Cell<u16>,
    /// The executor the exit enters (its index plus one), or 0.
    pub(crate) link: core::cell::Cell<u32>,
}

/// The Bloom-filter bit of a dict (by address: a dict never moves).
pub(crate) fn dict_bit(dict: Gc<DictObj>) -> u64 {
    let addr = dict.obj().addr() as u64 >> 4;
    1 << (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// The Bloom-filter bit of a class version.
pub(crate) const fn version_bit(version: u32) -> u64 {
    1 << (version.wrapping_mul(0x9E37_79B9) >> 26)
}

/// Bytes before the uops: the header, rounded up to the uops' alignment.
const HEAD_BYTES: usize =
    core::mem::size_of::<ExecutorHead>().next_multiple_of(core::mem::align_of::<UopInst>());

/// The parts of an executor block.
pub(crate) struct Executor {
    pub(crate) head: &'static ExecutorHead,
    pub(crate) uops: &'static [UopInst],
    pub(crate) sites: &'static [[u32; SITE_UNITS]],
    pub(crate) exits: &'static [ExitSlot],
}

/// Bytes of an executor block with `uops` uops and `steps` snapshots.
const fn block_bytes(uops: usize, steps: usize) -> usize {
    HEAD_BYTES
        + uops * core::mem::size_of::<UopInst>()
        + (steps * core::mem::size_of::<[u32; SITE_UNITS]>())
            .next_multiple_of(core::mem::align_of::<ExitSlot>())
        + uops * core::mem::size_of::<ExitSlot>()
}

impl Executor {
    /// The parts of `block`, an executor block [`Vm::install_executor`] wrote (a header,
    /// the uops, the snapshots, the exit slots).
    pub(crate) fn of(block: Gc<RawBuf>) -> Executor {
        let base = block.data_ptr();
        // SAFETY: install_executor wrote a header, then `uop_count` uops, then `step_count`
        // snapshots into this block (16-aligned payload, sized for exactly that); nothing
        // writes the block again except through cells (the header's, the exit slots). The
        // block lives as long as the executor list holds it, which outlives every use of these
        // slices: they are dropped when the executor run that asked for them ends (a running
        // executor is never freed: see `reclaim_executors`), or before anything can collect.
        unsafe {
            let head = &*base.cast::<ExecutorHead>();
            let uops_at = base.add(HEAD_BYTES).cast::<UopInst>();
            let uops = core::slice::from_raw_parts(uops_at, head.uop_count as usize);
            let sites_at = uops_at
                .add(head.uop_count as usize)
                .cast::<[u32; SITE_UNITS]>();
            let sites = core::slice::from_raw_parts(sites_at, head.step_count as usize);
            let slots = exits_at(sites_at, head.step_count as usize);
            let exits = core::slice::from_raw_parts(slots, head.uop_count as usize);
            Executor {
                head,
                uops,
                sites,
                exits,
            }
        }
    }
}

/// Where the exit slots start after `steps` snapshots at `sites_at`.
fn exits_at(sites_at: *mut [u32; SITE_UNITS], steps: usize) -> *mut ExitSlot {
    let bytes = (steps * core::mem::size_of::<[u32; SITE_UNITS]>())
        .next_multiple_of(core::mem::align_of::<ExitSlot>());
    sites_at.cast::<u8>().wrapping_add(bytes).cast::<ExitSlot>()
}

/// Whether `opcode` is a specialized attribute form (its snapshot's unit `VERSION` holds a
/// class version).
const fn attribute_family(opcode: Opcode) -> bool {
    matches!(
        opcode.base(),
        Opcode::LOAD_ATTR | Opcode::LOAD_METHOD | Opcode::STORE_ATTR
    ) && opcode.is_specialized()
}

/// The list a VM field holds (`None` before it is made).
fn as_list(value: Value) -> Option<Gc<ListObj>> {
    value.as_obj().and_then(|o| o.downcast::<ListObj>())
}

/// Writes diagnostics to the host's error stream.
struct HostErr<'h>(&'h mut dyn super::Host);

impl Write for HostErr<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0.write_err(s);
        Ok(())
    }
}

impl Vm<'_> {
    /// The tier-2 entry point a `JUMP_BACKWARD` at `lasti` calls when its counter triggers:
    /// starts recording a trace from the loop head. Fails (the caller backs the counter off)
    /// while another trace is being recorded.
    pub(crate) fn enter_tier2(
        &mut self,
        code: Gc<CodeObj>,
        lasti: usize,
    ) -> Result<(), super::specialize::Reason> {
        if self.tracing.active {
            return Err(super::specialize::Reason::Recording);
        }
        if self.scratch.is_none() {
            return Err(super::specialize::Reason::Recording);
        }
        let (_, distance) = decode(code.code()[lasti].get());
        let start_at = (lasti + 2).saturating_sub(distance as usize);
        let frame = self.frame_count - 1;
        self.begin_recording(code, frame, lasti as u32, start_at as u32, None);
        Ok(())
    }

    /// Arms the recorder: the next instruction the loop runs is the trace's first.
    fn begin_recording(
        &mut self,
        code: Gc<CodeObj>,
        frame: usize,
        jump_at: u32,
        start_at: u32,
        side: Option<SideOrigin>,
    ) {
        let Some(scratch) = self.scratch.as_deref_mut() else {
            return;
        };
        let (tuning, selector) = (self.tracing.tuning, self.tracing.selector);
        scratch
            .recorder
            .start_with(tuning, side.is_some(), selector == Selector::Baseline);
        self.tracing = Tracing {
            active: true,
            code: Value::Obj(code.obj()),
            frame,
            native_depth: self.native_depth,
            jump_at,
            start_at,
            side,
            pending: None,
            tuning,
            selector,
            folded: 0,
            changed: 0,
            class_changed: false,
        };
        self.trace_stats.started += 1;
        if side.is_some() {
            self.trace_stats.side_started += 1;
        }
        self.host.trace_event(TraceEvent::Started {
            side: side.is_some(),
            at: start_at,
        });
    }

    /// An exit of executor `parent` (uop `exit`) went hot: record a side trace from where
    /// tier 1 resumes, closing at the loop head of the chain's root (`root_frame` is the
    /// frame the root executor runs in). False when no side trace can start (the chain is
    /// too deep, or a recording is under way).
    pub(crate) fn start_side_trace(&mut self, parent: u32, exit: u32, root_frame: usize) -> bool {
        if self.tracing.active || self.scratch.is_none() {
            return false;
        }
        let Some(parent_exec) = self.executor(parent as usize) else {
            return false;
        };
        let (root, depth) = (parent_exec.head.root, parent_exec.head.depth + 1);
        if depth > MAX_CHAIN_DEPTH {
            return false;
        }
        let Some(root_exec) = self.executor(root as usize) else {
            return false;
        };
        let jump_at = root_exec.head.jump_at as usize;
        if root_frame >= self.frame_count {
            // The trace returned past the frame its loop runs in: no loop head to close at.
            return false;
        }
        // SAFETY: root_frame < frame_count: an active record.
        let code = unsafe { (*self.frame_ptr(root_frame)).code };
        if code.obj().addr() != root_exec.head.code {
            // Another function's frame took the loop's place.
            return false;
        }
        let Some(unit) = code.code().get(jump_at).map(core::cell::Cell::get) else {
            return false;
        };
        let start_at = (jump_at + 2).saturating_sub(decode(unit).1 as usize);
        let origin = SideOrigin {
            parent,
            exit,
            root,
            depth,
        };
        self.begin_recording(code, root_frame, u32::MAX, start_at as u32, Some(origin));
        self.tracing.active
    }

    /// Called before every instruction while a trace is being recorded (the running frame's
    /// state is saved, its `pc` at `lasti`).
    #[inline(never)]
    pub(crate) fn trace_hook(&mut self, lasti: usize) {
        if self.native_depth > self.tracing.native_depth {
            // A nested interpreter run (a builtin calling Python code): part of the
            // instruction that made the call, not recorded.
            return;
        }
        if self.native_depth < self.tracing.native_depth {
            return self.abort_trace(Abort::LeftInterpreter);
        }
        let frame_index = self.frame_count - 1;
        if let Some((mut prev, prev_frame)) = self.tracing.pending.take()
            && !(frame_index == prev_frame && lasti == prev.at as usize)
        {
            let Some(outcome) = classify(&prev, prev_frame, frame_index, lasti) else {
                return self.abort_trace(Abort::UnexpectedFlow);
            };
            // The trace goes on in this frame's code, here: the call or return guards that
            // (a return past the trace's root frame may come back to another caller).
            // SAFETY: frame_count > 0; the top record is the callee's or the caller's.
            let code = unsafe { (*self.top_frame()).code.obj().addr() } as u64;
            if outcome == Outcome::EnteredFrame && !self.entered_as_recorded(&prev) {
                // The call missed its specialization (another callee came) and ran the
                // generic way: the snapshot's guards describe another callee than the body
                // about to be recorded.
                return self.abort_trace(Abort::CallMissed);
            }
            match outcome {
                Outcome::EnteredFrame => prev.operand = code,
                Outcome::Returned => {
                    prev.operand = code;
                    prev.oparg = lasti as u32;
                }
                Outcome::Fell | Outcome::Jumped => {}
            }
            match self.scratch.as_deref_mut() {
                Some(scratch) => scratch.recorder.record(&prev, outcome),
                None => return self.abort_trace(Abort::Compiling),
            }
        }
        // SAFETY: frame_count > 0 while the loop runs; the top record is active.
        let record = unsafe { *self.top_frame() };
        let Some(instr) = self.describe(&record, frame_index, lasti) else {
            return self.abort_trace(Abort::UnexpectedFlow);
        };
        let admitted = match self.scratch.as_deref_mut() {
            Some(scratch) => scratch.recorder.admit(&instr),
            None => return self.abort_trace(Abort::Compiling),
        };
        match admitted {
            None => self.tracing.pending = Some((instr, frame_index)),
            Some(end) => self.finish_trace(end, &instr),
        }
    }

    /// Whether the frame the call `prev` just pushed runs the callee its snapshot's guards
    /// accept: the function with the cached version, or the cached `__init__`. (A
    /// `CALL_PY_ANY_EXACT_ARGS` checks the callee's code when the trace runs.)
    fn entered_as_recorded(&self, prev: &Instr) -> bool {
        // SAFETY: the call pushed a frame: the top record is the callee's.
        let func = unsafe { (*self.top_frame()).func };
        let function = func
            .as_obj()
            .and_then(|o| o.downcast::<crate::object::FunctionObj>());
        match prev.opcode {
            Opcode::CALL_PY_EXACT_ARGS
            | Opcode::CALL_PY_WITH_DEFAULTS
            | Opcode::CALL_BOUND_METHOD_EXACT_ARGS => {
                function.is_some_and(|f| f.version.get() == prev.units[2])
            }
            Opcode::CALL_ALLOC_AND_ENTER_INIT => {
                let cached = u64::from(prev.units[3]) | (u64::from(prev.units[4]) << 32);
                function.is_some_and(|f| f.obj().addr() as u64 == cached)
            }
            Opcode::CALL_PY_ANY_EXACT_ARGS => true,
            _ => false,
        }
    }

    /// Throws the trace being recorded away.
    pub(crate) fn abort_trace(&mut self, why: Abort) {
        self.trace_stats.aborted[why as usize] += 1;
        self.host
            .trace_event(TraceEvent::Aborted { reason: why.name() });
        self.tracing.active = false;
        self.tracing.pending = None;
        self.tracing.code = Value::Null;
    }

    /// The recorder's view of the instruction at `lasti` of `record`'s code.
    fn describe(&mut self, record: &Frame, frame_index: usize, lasti: usize) -> Option<Instr> {
        let units = record.code.code();
        let unit = |at: usize| units.get(at).map_or(0, core::cell::Cell::get);
        let (op, arg) = decode(unit(lasti));
        let opcode = Opcode::from_u8(op)?;
        let size = opcode.size() as usize;
        let mut fall_to = lasti + size;
        let mut jump_to = match opcode.arg_kind() {
            ArgKind::JumpForward => fall_to + arg as usize,
            ArgKind::JumpBackward => fall_to.checked_sub(arg as usize)?,
            _ => fall_to,
        };
        let mut history = if opcode.has(flags::CONDITIONAL) {
            (unit(lasti + 1) >> 16) as u16
        } else {
            0
        };
        let mut jump_if_true = false;
        if matches!(
            opcode,
            Opcode::COMPARE_OP_INT_JUMP
                | Opcode::COMPARE_OP_FLOAT_JUMP
                | Opcode::COMPARE_OP_STR_JUMP
        ) {
            // The fused form takes the conditional jump right after it (and its cache).
            let (jump_op, distance) = decode(unit(lasti + 2));
            jump_if_true = super::interp::is_jump_if_true(jump_op);
            history = (unit(lasti + 3) >> 16) as u16;
            fall_to = lasti + 4;
            jump_to = fall_to + distance as usize;
        }
        let unstable = !opcode.is_specialized()
            && opcode.cache_units() > 0
            && opcode != Opcode::JUMP_BACKWARD
            && Counter::from_bits(unit(lasti + 1) as u16).backoff() <= 1;
        let mut snapshot = [0; SITE_UNITS];
        for (offset, slot) in snapshot.iter_mut().enumerate().take(size) {
            *slot = unit(lasti + offset);
        }
        // A constant's kind (and an immediate's bits) for the optimizer to fold.
        let mut operand = 0;
        if opcode == Opcode::LOAD_CONST {
            use crate::tier2::optimizer::const_kind;
            let value = record.code.consts.items().get(arg as usize).copied();
            let (kind, bits) = match value {
                Some(Value::None) => (const_kind::NONE, 0),
                Some(Value::Bool(b)) => (const_kind::BOOL, u64::from(b)),
                Some(Value::Int(i)) => (const_kind::INT, i as u64),
                Some(Value::Float(f)) => (const_kind::FLOAT, f.to_bits()),
                Some(Value::Obj(obj)) if obj.kind() == crate::object::Kind::Str => {
                    (const_kind::STR, 0)
                }
                _ => (const_kind::OTHER, 0),
            };
            snapshot[1] = kind;
            operand = bits;
        }
        if let Some((kind, bits)) = self.folded_value(record, opcode, &snapshot) {
            snapshot[FOLD] = kind;
            operand = bits;
        }
        let same_code = Value::Obj(record.code.obj()).is(self.tracing.code);
        Some(Instr {
            opcode,
            oparg: arg,
            at: lasti as u32,
            fall_to: fall_to as u32,
            jump_to: jump_to as u32,
            history,
            jump_if_true,
            unstable,
            enters_executor: opcode == Opcode::ENTER_EXECUTOR,
            at_trace_start: frame_index == self.tracing.frame
                && same_code
                && lasti == self.tracing.start_at as usize,
            blocked: opcode == Opcode::RETURN_VALUE && record.entry,
            operand,
            units: snapshot,
        })
    }

    /// The value a global or attribute load about to run will push, when the optimizer may
    /// fold it into the trace: its kind and payload ([`encode_value`]). The instruction's
    /// snapshot must describe what it will find (its guards pass now), and the value must
    /// stay put: a global, a builtin or a module attribute is watched in its dict from now
    /// on ([`Vm::watched_dict_changed`]); a class attribute's class version is among the
    /// executor's assumptions anyway.
    ///
    /// [`encode_value`]: super::spec_attr::encode_value
    fn folded_value(
        &mut self,
        record: &Frame,
        opcode: Opcode,
        snapshot: &[u32; SITE_UNITS],
    ) -> Option<(u32, u64)> {
        use super::spec_attr::{BUILTIN_KEYS, CACHED, KEYS, VERSION};
        let unit_u64 = |at: usize| u64::from(snapshot[1 + at]) | u64::from(snapshot[2 + at]) << 32;
        let aux = (snapshot[1] >> 16) as usize;
        let entry = |dict: Gc<DictObj>| dict.entries().get(aux).map(|e| e.value.get());
        let (dict, value) = match opcode {
            Opcode::LOAD_GLOBAL_MODULE | Opcode::LOAD_GLOBAL_BUILTIN => {
                let globals = record.globals;
                if globals.keys_version.get() != unit_u64(KEYS) || !globals.foldable() {
                    return None;
                }
                if opcode == Opcode::LOAD_GLOBAL_MODULE {
                    (globals, entry(globals)?)
                } else {
                    let builtins = self.builtins();
                    if builtins.keys_version.get() != unit_u64(BUILTIN_KEYS) {
                        return None;
                    }
                    let value = entry(builtins)?;
                    // A global of the same name would shadow it: watch the globals too.
                    if self.fold_from(globals, value) == 0 {
                        return None;
                    }
                    (builtins, value)
                }
            }
            Opcode::LOAD_ATTR_MODULE | Opcode::LOAD_METHOD_MODULE => {
                let module = self
                    .top_of_stack(record)
                    .as_obj()
                    .and_then(|o| o.downcast::<ModuleObj>())?;
                if module.dict.keys_version.get() != unit_u64(KEYS) {
                    return None;
                }
                (module.dict, entry(module.dict)?)
            }
            Opcode::LOAD_ATTR_CLASS | Opcode::LOAD_METHOD_CLASS => {
                let owner = self.top_of_stack(record);
                super::spec_attr::check_class(owner, snapshot[1 + VERSION]).ok()?;
                let tag = snapshot[1 + CACHED];
                let bits = u64::from(snapshot[2 + CACHED]) | u64::from(snapshot[3 + CACHED]) << 32;
                return (tag != 0).then_some((tag, bits));
            }
            _ => return None,
        };
        let kind = self.fold_from(dict, value);
        let [_, lo, hi] = super::spec_attr::encode_value(value);
        (kind != 0).then_some((kind, u64::from(lo) | u64::from(hi) << 32))
    }

    /// The value on top of the stack of the running frame `record` (`Null` when empty).
    fn top_of_stack(&self, record: &Frame) -> Value {
        if record.sp <= record.stack_start() {
            return Value::Null;
        }
        // SAFETY: the hook saved the running frame's stack pointer in its record; the slots
        // between the frame's stack start and it hold live values of the value stack.
        unsafe { *self.stack_ptr().add(record.sp - 1) }
    }

    /// The recorder ended the trace before `next`: install it as an executor.
    fn finish_trace(&mut self, end: End, next: &Instr) {
        let Some(scratch) = self.scratch.as_deref_mut() else {
            return self.abort_trace(Abort::Compiling);
        };
        let recorder = &scratch.recorder;
        if recorder.steps().is_empty() {
            if let End::Unsupported(opcode) = end {
                self.trace_stats.unsupported[opcode as usize] += 1;
            }
            return self.abort_trace(Abort::Empty);
        }
        let (_, quality) = recorder.end().unwrap_or((end, 0));
        let fitness = recorder.fitness();
        let uop_count = recorder.uops().len();
        let tuning = recorder.tuning();
        if self.config.dump_traces {
            self.dump_trace(end, quality);
        }
        let Some(scratch) = self.scratch.as_deref_mut() else {
            return self.abort_trace(Abort::Compiling);
        };
        if self.tracing.folded & self.tracing.changed != 0 || self.tracing.class_changed {
            // A dict a value was folded from changed while recording (the loop stores a
            // global it also reads, say), or a class did: the trace keeps its guarded loads
            // instead.
            scratch.recorder.forget_folds();
            self.tracing.folded = 0;
            self.trace_stats.unfolded += 1;
        }
        match scratch.recorder.optimize() {
            Ok(removed) => {
                let stats = &mut self.trace_stats;
                stats.removed_guards += u64::from(removed.guards);
                stats.folded_consts += u64::from(removed.consts);
                stats.folded_globals += u64::from(removed.globals);
                stats.folded_attrs += u64::from(removed.attrs);
                stats.removed_keys_guards += u64::from(removed.keys_guards);
                stats.removed_bookkeeping += u64::from(removed.bookkeeping);
            }
            Err(reject) => {
                self.trace_stats.rejected[reject as usize] += 1;
                return self.abort_trace(Abort::Rejected);
            }
        }
        if self.config.dump_traces {
            self.dump_optimized();
        }
        if let Err(why) = self.install_executor() {
            return self.abort_trace(why);
        }
        let stats = &mut self.trace_stats;
        stats.finished[match end {
            End::Closed => 0,
            End::Fitness => 1,
            End::Executor => 2,
            End::Unsupported(_) => 3,
            End::Full => 4,
        }] += 1;
        if let End::Unsupported(opcode) = end {
            stats.unsupported[opcode as usize] += 1;
        }
        let bucket = LENGTH_BUCKETS
            .iter()
            .position(|&b| uop_count < b)
            .unwrap_or(LENGTH_BUCKETS.len() - 1);
        stats.lengths[bucket] += 1;
        stats.end_fitness_sum += i64::from(fitness);
        stats.end_fitness_min = stats.end_fitness_min.min(fitness);
        stats.end_fitness_max = stats.end_fitness_max.max(fitness);
        stats.end_quality[match end {
            End::Closed => 0,
            End::Executor => 1,
            _ if next.opcode.base() == Opcode::JUMP_BACKWARD => 2,
            _ if quality == tuning.eq_unstable && next.unstable => 4,
            _ => 3,
        }] += 1;
        self.host.trace_event(TraceEvent::Finished {
            reason: end.name(),
            uops: uop_count,
            fitness,
            quality,
        });
        self.tracing.active = false;
        self.tracing.pending = None;
        self.tracing.code = Value::Null;
    }

    /// Copies the finished trace into an executor block, lists it, and turns the
    /// `JUMP_BACKWARD` that started it into `ENTER_EXECUTOR`.
    fn install_executor(&mut self) -> Result<(), Abort> {
        let Some(code) = self
            .tracing
            .code
            .as_obj()
            .and_then(|o| o.downcast::<CodeObj>())
        else {
            return Err(Abort::UnexpectedFlow);
        };
        let list = self.executor_list().ok_or(Abort::NoMemory)?;
        let index = list.len.get();
        if index >= u16::MAX as usize {
            return Err(Abort::TooManyExecutors);
        }
        // Room in both lists first: appending below then cannot collect halfway.
        let codes = self.executor_code_list().ok_or(Abort::NoMemory)?;
        for target in [codes, list] {
            if self.list_reserve(target, index + 1).is_err() {
                self.exc = Value::Null;
                return Err(Abort::NoMemory);
            }
        }
        let Some(scratch) = self.scratch.as_deref() else {
            return Err(Abort::Compiling);
        };
        let (uop_count, step_count) = (
            scratch.recorder.uops().len(),
            scratch.recorder.steps().len(),
        );
        let bytes = block_bytes(uop_count, step_count);
        let block = match self.new_raw_buf(bytes) {
            Ok(block) => block,
            Err(_) => {
                self.exc = Value::Null;
                return Err(Abort::NoMemory);
            }
        };
        let Some(scratch) = self.scratch.as_deref() else {
            return Err(Abort::Compiling);
        };
        let recorder = &scratch.recorder;
        let (root, depth) = match self.tracing.side {
            Some(origin) => (origin.root, origin.depth),
            None => (index as u32, 0),
        };
        let mut classes = 0;
        for step in recorder.steps() {
            if attribute_family(step.opcode) {
                classes |= version_bit(step.units[1 + super::spec_attr::VERSION]);
            }
        }
        let side_exit = self.side_exit_counter();
        let base = block.data_ptr();
        // SAFETY: the block was just allocated with `block_bytes` for these counts: the
        // header, the uops, the snapshots and the exit slots at the offsets `Executor::of`
        // reads (the payload is 16-aligned, HEAD_BYTES keeps the uops aligned, a snapshot
        // needs 4-byte alignment and `exits_at` rounds up for the slots); nothing else refers
        // to it yet.
        unsafe {
            base.cast::<ExecutorHead>().write(ExecutorHead {
                valid: core::cell::Cell::new(true),
                uop_count: uop_count as u32,
                step_count: step_count as u32,
                jump_at: self.tracing.jump_at,
                root,
                code: code.obj().addr(),
                depth,
                classes,
                dicts: self.tracing.folded,
                running: core::cell::Cell::new(0),
                idle: core::cell::Cell::new(0),
                parent: self.tracing.side.map_or(u32::MAX, |origin| origin.parent),
                exit: self.tracing.side.map_or(u32::MAX, |origin| origin.exit),
            });
            let uops_at = base.add(HEAD_BYTES).cast::<UopInst>();
            core::ptr::copy_nonoverlapping(recorder.uops().as_ptr(), uops_at, uop_count);
            let sites_at = uops_at.add(uop_count).cast::<[u32; SITE_UNITS]>();
            for (n, step) in recorder.steps().iter().enumerate() {
                sites_at.add(n).write(step.units);
            }
            let slots = exits_at(sites_at, step_count);
            for n in 0..uop_count {
                slots.add(n).write(ExitSlot {
                    counter: core::cell::Cell::new(side_exit.to_bits()),
                    link: core::cell::Cell::new(0),
                });
            }
        }
        let closed = matches!(recorder.end(), Some((End::Closed, _)));
        // A root trace keeps the code holding its `ENTER_EXECUTOR` alive.
        let owner = match self.tracing.side {
            None => Value::Obj(code.obj()),
            Some(_) => Value::None,
        };
        if codes.len.get() != index
            || self.list_append(codes, owner).is_err()
            || self.list_append(list, Value::Obj(block.obj())).is_err()
        {
            self.exc = Value::Null;
            return Err(Abort::NoMemory);
        }
        match self.tracing.side {
            None => {
                let units = code.code();
                let at = self.tracing.jump_at as usize;
                let unit = units[at].get();
                units[at].set((unit & !0xFF) | Opcode::ENTER_EXECUTOR as u32);
                let cache = units[at + 1].get();
                units[at + 1].set((cache & 0xFFFF) | (((index + 1) as u32) << 16));
            }
            Some(origin) => {
                // The parent's exit now enters the side trace; a side trace that closed
                // exits into its root at the loop head.
                if let Some(parent) = self.executor(origin.parent as usize)
                    && let Some(slot) = parent.exits.get(origin.exit as usize)
                {
                    slot.link.set(index as u32 + 1);
                }
                if closed
                    && let Some(new) = self.executor(index)
                    && let Some(slot) = new.exits.last()
                {
                    slot.link.set(origin.root + 1);
                }
                self.trace_stats.side_traces += 1;
                self.trace_stats.links += 1;
            }
        }
        Ok(())
    }

    /// A class changed: the executors that may have assumed its old `version` become
    /// invalid (a running one leaves at its next validity check; `ENTER_EXECUTOR` drops it).
    pub(crate) fn invalidate_class_version(&mut self, version: u32) {
        let bit = version_bit(version);
        if self.tracing.active {
            self.tracing.class_changed = true;
        }
        self.for_each_executor(|stats, _, exec| {
            if exec.head.classes & bit != 0 && exec.head.valid.get() {
                exec.head.valid.set(false);
                stats.invalidations += 1;
            }
        });
    }

    /// A watched dict changed (a value stored, a key added or deleted): the executors that
    /// may have folded one of its values become invalid, as does a recording that did. The
    /// watch ends (until a trace folds from the dict again) and the change is counted
    /// towards [`DictObj::WATCH_LIMIT`].
    #[cold]
    #[inline(never)]
    pub(crate) fn watched_dict_changed(&mut self, dict: Gc<DictObj>) {
        dict.watch.set(dict.watch.get().saturating_add(1) & !1);
        let bit = dict_bit(dict);
        if self.tracing.active {
            self.tracing.changed |= bit;
        }
        self.for_each_executor(|stats, _, exec| {
            if exec.head.dicts & bit != 0 && exec.head.valid.get() {
                exec.head.valid.set(false);
                stats.dict_invalidations += 1;
            }
        });
    }

    /// Folds `value`, found in `dict`, into the instruction being described: watches the
    /// dict and returns the value's kind for the snapshot's [`FOLD`] unit (0 when it cannot
    /// be folded: the dict changes too often, or there is no value).
    fn fold_from(&mut self, dict: Gc<DictObj>, value: Value) -> u32 {
        if !dict.foldable() || value.is_null() {
            return 0;
        }
        dict.watch.set(dict.watch.get() | 1);
        self.tracing.folded |= dict_bit(dict);
        super::spec_attr::encode_value(value)[0]
    }

    /// Calls `visit` with the counters, the list slot and the parts of every listed executor.
    fn for_each_executor(
        &mut self,
        mut visit: impl FnMut(&mut TraceStats, &core::cell::Cell<Value>, &Executor),
    ) {
        let Some(list) = as_list(self.executors) else {
            return;
        };
        for item in list.items() {
            if let Some(block) = item.get().as_obj().and_then(|o| o.downcast::<RawBuf>()) {
                visit(&mut self.trace_stats, item, &Executor::of(block));
            }
        }
    }

    /// Frees executor `root` and its side traces after `ENTER_EXECUTOR` found it invalid (the
    /// caller turns the instruction back into `JUMP_BACKWARD`). While one of them runs (an
    /// outer activation of the loop's chain), they stay listed: the next collection's
    /// [`Vm::reclaim_executors`] frees them once none does.
    pub(crate) fn drop_executor_chain(&mut self, root: usize) {
        if !self.tree_running(root) {
            self.free_chain(root, Freed::Invalid);
        }
    }

    /// Frees the executors that are invalid or cold, at the start of every collection (so the
    /// collection reclaims their blocks). Each listed executor that no activation runs ages by
    /// one collection (entering it resets its age); it is freed when it is invalid, when it
    /// was not entered for more than [`COLD_COLLECTIONS`] collections, or (a side trace) when
    /// its parent is gone. Freeing a root trace frees its chain and turns its loop's
    /// `ENTER_EXECUTOR` back into `JUMP_BACKWARD`; freeing a side trace frees the side traces
    /// that grew from it and unlinks it from its parent's exit, whose counter starts afresh so
    /// that the exit can grow a side trace again. Nothing is freed while any executor of the
    /// freed tree runs.
    ///
    /// Nothing refers to a freed executor any more: numbers are never reused, and a stale
    /// link (an exit of another chain linked to a freed root) finds no executor at its
    /// number and is cleared when next taken.
    pub(crate) fn reclaim_executors(&mut self) {
        let Some(list) = as_list(self.executors) else {
            return;
        };
        // Freeing only empties slots: the length stays.
        for index in 0..list.len.get() {
            let Some(exec) = self.executor(index) else {
                continue;
            };
            let head = exec.head;
            if head.running.get() > 0 {
                head.idle.set(0);
                continue;
            }
            let side = head.parent != u32::MAX;
            let why = if head.valid.get() {
                let idle = head.idle.get().saturating_add(1);
                head.idle.set(idle);
                let orphan = side && self.executor(head.parent as usize).is_none();
                if idle <= COLD_COLLECTIONS && !orphan {
                    continue;
                }
                Freed::Cold
            } else {
                Freed::Invalid
            };
            if self.tree_running(index) {
                // In use through a side trace running now: not cold either.
                head.idle.set(0);
                continue;
            }
            if side {
                if let Some(parent) = self.executor(head.parent as usize)
                    && let Some(slot) = parent.exits.get(head.exit as usize)
                    && slot.link.get() as usize == index + 1
                {
                    slot.link.set(0);
                    slot.counter.set(self.side_exit_counter().to_bits());
                }
                self.free_tree(index, why, 0);
            } else {
                self.restore_loop(index, head);
                self.free_chain(index, why);
            }
        }
    }

    /// Turns root executor `index`'s `ENTER_EXECUTOR` back into the loop's `JUMP_BACKWARD`,
    /// if it still enters this executor, with its counter backed off (the loop waits longer
    /// before it is recorded again).
    fn restore_loop(&self, index: usize, head: &ExecutorHead) {
        let Some(code) = as_list(self.executor_code)
            .and_then(|codes| codes.items().get(index).map(core::cell::Cell::get))
            .and_then(|code| code.as_obj())
            .and_then(|o| o.downcast::<CodeObj>())
        else {
            return;
        };
        let units = code.code();
        let at = head.jump_at as usize;
        let (Some(unit), Some(cache)) = (units.get(at), units.get(at + 1)) else {
            return;
        };
        if decode(unit.get()).0 == Opcode::ENTER_EXECUTOR as u8
            && (cache.get() >> 16) as usize == index + 1
        {
            let counter = Counter::from_bits(cache.get() as u16).back_off();
            unit.set((unit.get() & !0xFF) | Opcode::JUMP_BACKWARD as u32);
            cache.set(u32::from(counter.to_bits()));
        }
    }

    /// Whether an activation runs executor `top` or one of its tree (for a root trace, its
    /// chain; for a side trace, the side traces that grew from it).
    fn tree_running(&self, top: usize) -> bool {
        let Some(list) = as_list(self.executors) else {
            return false;
        };
        for index in 0..list.len.get() {
            let Some(exec) = self.executor(index) else {
                continue;
            };
            if exec.head.running.get() == 0 {
                continue;
            }
            if exec.head.root as usize == top {
                return true;
            }
            // Up the parents: a side trace is at most MAX_CHAIN_DEPTH below its root.
            let (mut at, mut head) = (index, exec.head);
            for _ in 0..=MAX_CHAIN_DEPTH {
                if at == top {
                    return true;
                }
                if head.parent == u32::MAX {
                    break;
                }
                at = head.parent as usize;
                match self.executor(at) {
                    Some(parent) => head = parent.head,
                    None => break,
                }
            }
        }
        false
    }

    /// Frees root executor `root` and every executor of its chain.
    fn free_chain(&mut self, root: usize, why: Freed) {
        let Some(list) = as_list(self.executors) else {
            return;
        };
        for index in 0..list.len.get() {
            if self
                .executor(index)
                .is_some_and(|exec| exec.head.root as usize == root)
            {
                self.free_slot(index, why);
            }
        }
    }

    /// Frees executor `top` and the side traces that grew from it (`depth`: how far below
    /// the first one freed; a side trace's children come after it in the list).
    fn free_tree(&mut self, top: usize, why: Freed, depth: u32) {
        self.free_slot(top, why);
        let Some(list) = as_list(self.executors) else {
            return;
        };
        if depth > MAX_CHAIN_DEPTH {
            // Cannot happen (chains are no deeper); anything left is an orphan that the
            // next pass frees.
            return;
        }
        for index in top + 1..list.len.get() {
            if self
                .executor(index)
                .is_some_and(|exec| exec.head.parent as usize == top)
            {
                self.free_tree(index, why, depth + 1);
            }
        }
    }

    /// Empties executor `index`'s slots in both lists, counting it.
    fn free_slot(&mut self, index: usize, why: Freed) {
        for list in [self.executors, self.executor_code] {
            if let Some(list) = as_list(list)
                && let Some(item) = list.items().get(index)
            {
                item.set(Value::None);
            }
        }
        match why {
            Freed::Invalid => self.trace_stats.freed_invalid += 1,
            Freed::Cold => self.trace_stats.freed_cold += 1,
        }
    }

    /// A fresh exit's temperature.
    fn side_exit_counter(&self) -> Counter {
        match self.config.trace_threshold {
            // Tests that trace nearly every loop also make exits hot at once.
            Some(n) => Counter::new(n.saturating_sub(1), 1),
            None => Counter::side_exit(),
        }
    }

    /// The list of the root executors' code objects (same numbering as the executor list),
    /// made on first use.
    fn executor_code_list(&mut self) -> Option<Gc<ListObj>> {
        self.list_made(|vm| &mut vm.executor_code)
    }

    /// The executor list, made on first use.
    fn executor_list(&mut self) -> Option<Gc<ListObj>> {
        self.list_made(|vm| &mut vm.executors)
    }

    /// The list a VM field (`slot`) holds, made on first use (`None` without memory).
    fn list_made(&mut self, slot: fn(&mut Self) -> &mut Value) -> Option<Gc<ListObj>> {
        if let Some(list) = as_list(*slot(self)) {
            return Some(list);
        }
        match self.new_list(&[]) {
            Ok(list) => {
                *slot(self) = Value::Obj(list.obj());
                Some(list)
            }
            Err(_) => {
                self.exc = Value::Null;
                None
            }
        }
    }

    /// Executor number `index` of the list.
    pub(crate) fn executor(&self, index: usize) -> Option<Executor> {
        let list = as_list(self.executors)?;
        let block = list
            .items()
            .get(index)?
            .get()
            .as_obj()?
            .downcast::<RawBuf>()?;
        Some(Executor::of(block))
    }

    /// Prints the trace's uops after optimization.
    fn dump_optimized(&mut self) {
        let Some(scratch) = self.scratch.as_deref() else {
            return;
        };
        let uops = scratch.recorder.uops();
        let mut out = HostErr(&mut *self.host);
        let _ = writeln!(out, "  optimized: {} uops", uops.len());
        for uop in uops {
            let _ = if uop.uop == Uop::LOAD_CONST_INLINE {
                write!(out, "      {} ", uop.uop.name())
                    .and_then(|()| write_inline_const(&mut out, uop.oparg, uop.operand))
            } else if uop.uop.can_exit() || uop.uop.is_terminator() {
                writeln!(out, "      {} (exit -> {})", uop.uop.name(), uop.target)
            } else {
                writeln!(out, "      {}", uop.uop.name())
            };
        }
    }

    /// Prints the trace just finished: each recorded instruction with the fitness left after
    /// it, why it ended, and its uops.
    fn dump_trace(&mut self, end: End, quality: i32) {
        let Some(scratch) = self.scratch.as_deref() else {
            return;
        };
        let recorder = &scratch.recorder;
        let qualname = self
            .tracing
            .code
            .as_obj()
            .and_then(|o| o.downcast::<CodeObj>())
            .map(|code| code.qualname);
        let code_name = qualname.as_ref().map_or("?", |name| name.as_str());
        let mut out = HostErr(&mut *self.host);
        let _ = match self.tracing.side {
            None => write!(
                out,
                "trace {code_name} at {} (loop head {})",
                self.tracing.jump_at, self.tracing.start_at
            ),
            Some(origin) => write!(
                out,
                "side trace {code_name} from executor {} exit {} (loop head {}, chain depth {})",
                origin.parent, origin.exit, self.tracing.start_at, origin.depth
            ),
        };
        let _ = write!(
            out,
            ": {} instructions, {} uops, fitness {} -> {}, ended: {}",
            recorder.steps().len(),
            recorder.uops().len(),
            recorder.budget(),
            recorder.fitness(),
            end.name(),
        );
        let _ = if matches!(end, End::Closed) {
            writeln!(out)
        } else {
            writeln!(out, " (exit quality {quality})")
        };
        let steps = recorder.steps();
        for (n, step) in steps.iter().enumerate() {
            let _ = write_step(&mut out, step, n, recorder.uops(), steps);
        }
        if let Some(last) = recorder.uops().last() {
            let _ = writeln!(out, "      {} -> {}", last.uop.name(), last.target);
        }
    }
}

/// One line per recorded instruction and its uops.
fn write_step(
    out: &mut dyn Write,
    step: &Step,
    n: usize,
    uops: &[UopInst],
    steps: &[Step],
) -> core::fmt::Result {
    let indent = step.depth.clamp(-4, 8);
    write!(out, "  {:>4} ", step.at)?;
    for _ in 0..indent.max(0) {
        write!(out, ". ")?;
    }
    writeln!(
        out,
        "{} {}  [fitness {}]",
        step.opcode.name(),
        decode(step.units[0]).1,
        step.fitness
    )?;
    let first = step.first_uop as usize;
    let last = steps
        .get(n + 1)
        .map_or(uops.len().saturating_sub(1), |s| s.first_uop as usize);
    for uop in uops.get(first..last).unwrap_or(&[]) {
        if uop.uop.can_exit() {
            writeln!(out, "      {} (exit -> {})", uop.uop.name(), uop.target)?;
        } else {
            writeln!(out, "      {}", uop.uop.name())?;
        }
    }
    Ok(())
}

/// Writes the constant `_LOAD_CONST_INLINE` pushes (its kind and payload), and a newline;
/// an object shows its kind.
fn write_inline_const(out: &mut dyn Write, kind: u32, payload: u64) -> core::fmt::Result {
    use crate::tier2::optimizer::const_kind;
    match kind {
        const_kind::NONE => writeln!(out, "None"),
        const_kind::BOOL => writeln!(out, "{}", if payload != 0 { "True" } else { "False" }),
        const_kind::INT => writeln!(out, "{}", payload as i64),
        const_kind::FLOAT => writeln!(out, "{:?}", f64::from_bits(payload)),
        const_kind::OBJECT => {
            // SAFETY: the trace was just optimized: its objects come from dicts and classes
            // that did not change since the recording folded them (else the folds were
            // taken back), so they are alive.
            let value = unsafe {
                super::spec_attr::decode_value(kind, payload as u32, (payload >> 32) as u32)
            };
            match value.as_obj() {
                Some(obj) => writeln!(out, "<{:?}>", obj.kind()),
                None => writeln!(out, "<object>"),
            }
        }
        _ => writeln!(out, "<object>"),
    }
}

/// How the instruction `prev` (run in frame `prev_frame`) left, seeing that the next one is
/// at `lasti` in frame `frame`; `None` when it cannot have got there.
fn classify(prev: &Instr, prev_frame: usize, frame: usize, lasti: usize) -> Option<Outcome> {
    let pushes_frame = matches!(
        expansion(prev.opcode),
        Expansion::Straight(uops) if uops.contains(&Uop::PUSH_FRAME)
    );
    if frame == prev_frame {
        if lasti == prev.jump_to as usize && prev.jump_to != prev.fall_to {
            Some(Outcome::Jumped)
        } else if lasti == prev.fall_to as usize {
            Some(Outcome::Fell)
        } else {
            None
        }
    } else if frame == prev_frame + 1 && pushes_frame && lasti == 0 {
        Some(Outcome::EnteredFrame)
    } else if frame + 1 == prev_frame && prev.opcode == Opcode::RETURN_VALUE {
        Some(Outcome::Returned)
    } else {
        None
    }
}
