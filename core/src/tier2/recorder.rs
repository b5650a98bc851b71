//! The trace recorder: fitness, exit quality, and why the uop buffer never overflows.
//!
//! # What it does
//!
//! While a trace is recorded, the interpreter presents each instruction twice: before running
//! it ([`Recorder::admit`], which may end the trace right there) and after
//! ([`Recorder::record`], once the direction of a branch and any frame change are known). The
//! recorder turns the instruction into uops through the one table of [`super::uop`] and keeps
//! a *fitness* budget that decides where the trace ends.
//!
//! # Fitness and exit quality
//!
//! Recording starts with fitness `F0` ([`Tuning::f0`]; a side trace starts lower,
//! [`Tuning::side_f0`]). Recording an instruction costs:
//!
//! - the uop slots it used, and at least 1 (so fitness strictly falls and recording ends
//!   within `F0` instructions, whatever the loop does);
//! - for a conditional branch, extra in proportion to how often its 16-bit history went the
//!   other way: `branch_unbiased * minority / 8`, where `minority` (0..=8) counts the
//!   outcomes that disagree with the majority. A fully biased branch costs nothing extra, a
//!   balanced one `branch_unbiased`;
//! - for a backward jump inside the trace (an inner loop being unrolled), `backward_edge`;
//! - for entering a frame, `frame_penalty`, which the matching return refunds: a small
//!   function is inlined for free, net;
//! - for returning past the frame the trace started in, `underflow_penalty`, with no refund.
//!
//! Fitness decreases arithmetically. Every instruction has an *exit quality*: how good a place
//! it is to stop. Coming back to the trace's start closes the loop (the best exit: it is taken
//! whatever the fitness); an instruction that already enters an executor is very good (the
//! trace ends and links to it instead of copying it); a backward jump is good; a plain
//! instruction is the default; a still-specializing instruction is poor (its form will change,
//! so stopping there wastes the trace's tail). Before recording an instruction, when
//! `fitness < exit_quality(instr)`, the trace ends right there with `_EXIT_TRACE` — a
//! terminator, not a branch. There is no rewinding to an earlier, better exit: good exits score
//! so much higher than bad ones that the trace almost always stops at one.
//!
//! # One knob
//!
//! `F0` is the tuning parameter; [`MAX_FRAME_DEPTH`] (the frames a trace may have open, the
//! size of the optimizer's abstract frame stack) is the one more. Every other constant derives
//! from them in [`Tuning::derive`], with the reason beside it.
//!
//! # Why the buffer cannot overflow
//!
//! Let `used` be the uop slots filled and `fitness` the budget left. Two invariants hold after
//! every step of [`Recorder::admit`] and [`Recorder::record`] while the trace is recording
//! (the terminator then takes the slot reserved for it):
//!
//! **(I1) `used + fitness <= F0`.** At the start `used = 0` and `fitness <= F0`. Recording an
//! instruction of `k` slots adds `k` to `used` and takes at least `k` from `fitness` (the cost
//! is `max(1, k)` plus non-negative extras), so the sum never grows. The only thing that adds
//! to `fitness` is the refund at a return, and it gives back exactly the `frame_penalty`
//! charged, beyond any slots, by the matching frame entry; a return with no open frame in the
//! trace refunds nothing. So `remaining = capacity - used >= capacity - F0 + fitness =
//! RESERVE + fitness` once `capacity >= F0 + RESERVE`.
//!
//! **(I2) `remaining >= TERMINATOR_SLOTS`.** An instruction is only recorded after `admit`
//! saw `fitness >= exit_quality >= 1` (every exit quality is at least 1 for every allowed
//! `F0`, asserted below). Then by (I1) `remaining >= RESERVE + 1 > MAX_EXPANSION +
//! TERMINATOR_SLOTS`, so the instruction's at most [`MAX_EXPANSION`] uops fit and at least
//! `TERMINATOR_SLOTS` remain; the terminator that `admit` appends (loop closure or exit) always
//! has its slot.
//!
//! Hence [`trace_capacity`]`(F0) = F0 + MAX_EXPANSION + TERMINATOR_SLOTS` slots suffice, the
//! buffer is sized for the largest allowed `F0`, and appending carries only a
//! `debug_assert!`. The frame depth is bounded the same way: a frame entry is recorded only
//! with `fitness >= 1`, and `d` open frames hold `d * frame_penalty` of charges beyond slots,
//! so `d * frame_penalty < F0`; with `frame_penalty = ceil(F0 / MAX_FRAME_DEPTH)` that gives
//! `d < MAX_FRAME_DEPTH` before the entry, `<= MAX_FRAME_DEPTH` after.
//!
//! The recorded instructions are bounded too: every step costs at least 1 except a return
//! that refunds, and each refund gives back a penalty its entry paid on top of that entry's
//! own cost of at least 1, so `n` steps cost at least `n` in total. Every step but the last is
//! followed by fitness `>= 1` (the next one was admitted), so all steps but the last cost at
//! most `budget - 1`, and a trace records at most `budget <= F0_MAX` ([`MAX_STEPS`])
//! instructions. A `const` block checks
//! every derived constant for every allowed `F0` at compile time; property tests drive the
//! recorder with adversarial streams and check the invariants after every step.

use super::uop::{Expansion, MAX_EXPANSION, Uop, expansion};
use crate::bytecode::Opcode;

/// The smallest allowed `F0`: every exit quality must stay at least 1 (the poorest is
/// `F0 / 20`), and a trace should hold a loop body of some size.
pub const F0_MIN: u32 = 100;
/// The largest allowed `F0`: the uop buffer is sized for it (about 24 KiB).
pub const F0_MAX: u32 = 1000;
/// The default `F0` (a host may choose another with `TRACERY_TRACE_FITNESS` or a CLI option;
/// bare metal uses this constant).
pub const F0_DEFAULT: u32 = 400;
/// The most frames a trace may have open beyond its root (the second parameter).
pub const MAX_FRAME_DEPTH: u32 = 8;
/// Slots a trace needs for its terminator (`_JUMP_TO_TOP` or `_EXIT_TRACE`).
pub const TERMINATOR_SLOTS: usize = 1;
/// Slots kept beyond `F0`: the largest expansion (recorded while fitness was still positive)
/// and the terminator.
pub const RESERVE: usize = MAX_EXPANSION + TERMINATOR_SLOTS;

/// Uop slots a trace recorded with budget `f0` can use (see the module documentation).
pub const fn trace_capacity(f0: u32) -> usize {
    f0 as usize + RESERVE
}

/// The uop buffer's capacity: enough for the largest allowed `F0`.
pub const TRACE_CAPACITY: usize = trace_capacity(F0_MAX);

/// The most instructions one trace records: each costs at least 1.
pub const MAX_STEPS: usize = F0_MAX as usize;

/// Every derived constant, from `F0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tuning {
    /// The budget a trace from a loop head starts with.
    pub f0: i32,
    /// The budget of a side trace: four fifths of `f0`, since a side trace starts inside an
    /// already hot loop and should rejoin it (link) rather than copy it. Measured (executed
    /// instructions under callgrind, F0 400, ten bench programs at reduced sizes): side
    /// budgets of `f0` and `4f0/5` are within 1.2% of each other on every program (neither
    /// wins consistently), while `3f0/5` and `2f0/5` cost up to 2.8% and 6.6% more (richards,
    /// go, nbody: side traces too short to reach the loop's end exit again). Four fifths keeps
    /// the speed with shorter side traces.
    pub side_f0: i32,
    /// Charged on entering a frame and refunded on its return: `ceil(f0 / MAX_FRAME_DEPTH)`,
    /// which bounds the open frames by `MAX_FRAME_DEPTH` (module documentation).
    pub frame_penalty: i32,
    /// Charged on returning past the trace's root frame: twice a frame entry, because it
    /// leaves the loop the trace was made for, and with no refund.
    pub underflow_penalty: i32,
    /// Extra charge for a fully balanced branch (`f0 / 40`: such a branch sends about half
    /// the runs off the trace, so a trace should not string many of them together).
    pub branch_unbiased: i32,
    /// Extra charge for a backward jump inside the trace (an inner loop unrolled once):
    /// `f0 * 2 / 25`, so a trace unrolls only a few inner iterations.
    pub backward_edge: i32,
    /// Exit quality of an instruction that enters an executor: `f0 / 2`. Past the first half
    /// of the budget, the trace links to the executor rather than copying its loop.
    pub eq_enter_executor: i32,
    /// Exit quality of a backward jump: `f0 * 3 / 10`, between linking and the default.
    pub eq_backward_edge: i32,
    /// Exit quality of a plain instruction: `f0 / 5`. A trace spends four fifths of its
    /// budget before it stops at just any instruction.
    pub eq_default: i32,
    /// Exit quality of a still-specializing instruction: `f0 / 20`, a quarter of the default.
    pub eq_unstable: i32,
}

/// An `F0` outside the allowed range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadFitness {
    /// The value asked for.
    pub f0: u64,
}

impl core::fmt::Display for BadFitness {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "trace fitness {} is out of range (allowed {F0_MIN} to {F0_MAX})",
            self.f0
        )
    }
}

impl Tuning {
    /// The constants for `f0` (which must be in range; see [`Tuning::new`]).
    pub const fn derive(f0: u32) -> Tuning {
        let f = f0 as i32;
        let frame_penalty = f0.div_ceil(MAX_FRAME_DEPTH) as i32;
        Tuning {
            f0: f,
            side_f0: f * 4 / 5,
            frame_penalty,
            underflow_penalty: 2 * frame_penalty,
            branch_unbiased: f / 40,
            backward_edge: f * 2 / 25,
            eq_enter_executor: f / 2,
            eq_backward_edge: f * 3 / 10,
            eq_default: f / 5,
            eq_unstable: f / 20,
        }
    }

    /// The constants for `f0`, or an error when it is out of range.
    pub const fn new(f0: u64) -> Result<Tuning, BadFitness> {
        if f0 < F0_MIN as u64 || f0 > F0_MAX as u64 {
            return Err(BadFitness { f0 });
        }
        Ok(Tuning::derive(f0 as u32))
    }
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning::derive(F0_DEFAULT)
    }
}

/// The compile-time half of the proof: every allowed `F0` gives constants that keep the
/// invariants of the module documentation.
const _: () = {
    let mut f0 = F0_MIN;
    while f0 <= F0_MAX {
        let t = Tuning::derive(f0);
        // (I2) needs every exit quality at least 1, so recording happens with fitness >= 1.
        assert!(t.eq_unstable >= 1);
        assert!(t.eq_unstable <= t.eq_default);
        assert!(t.eq_default <= t.eq_backward_edge);
        assert!(t.eq_backward_edge <= t.eq_enter_executor);
        // Side traces start no higher than root traces (the capacity is derived from f0).
        assert!(t.side_f0 >= 1 && t.side_f0 <= t.f0);
        // The depth bound: d open frames cost d * frame_penalty < f0 before an entry.
        assert!(t.frame_penalty as u32 * MAX_FRAME_DEPTH >= f0);
        assert!(t.frame_penalty >= 1 && t.underflow_penalty >= t.frame_penalty);
        assert!(t.branch_unbiased >= 0 && t.backward_edge >= 0);
        // (I1) with a capacity of f0 + RESERVE, inside the buffer.
        assert!(trace_capacity(f0) <= TRACE_CAPACITY);
        assert!(f0 as usize <= MAX_STEPS);
        f0 += 1;
    }
    assert!(RESERVE == MAX_EXPANSION + TERMINATOR_SLOTS);
    assert!(MAX_EXPANSION >= 1);
};

/// One uop of a trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UopInst {
    /// The operation.
    pub uop: Uop,
    /// The recorded instruction it came from (an index into the trace's steps, whose
    /// snapshot of the instruction's inline cache the uop reads).
    pub step: u16,
    /// The instruction's argument.
    pub oparg: u32,
    /// Where tier 1 resumes if the uop exits (a code unit of the frame it runs in).
    pub target: u32,
    /// A word the recording learned (see [`Instr::operand`]), else 0.
    pub operand: u64,
}

impl UopInst {
    /// A filler for unused buffer slots.
    pub const EMPTY: UopInst = UopInst {
        uop: Uop::NOP,
        step: 0,
        oparg: 0,
        target: 0,
        operand: 0,
    };
}

/// Code units a recorded instruction's snapshot holds: the instruction and its longest
/// inline cache.
pub const SITE_UNITS: usize = 1 + max_cache_units();

const fn max_cache_units() -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let units = Opcode::ALL[i].cache_units() as usize;
        if units > longest {
            longest = units;
        }
        i += 1;
    }
    longest
}

/// One instruction, as the interpreter presents it to the recorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// The instruction as it runs now (its specialized form, if any).
    pub opcode: Opcode,
    /// Its argument.
    pub oparg: u32,
    /// Its code unit.
    pub at: u32,
    /// Where control goes when it falls through (the unit after its caches).
    pub fall_to: u32,
    /// Where it goes when it jumps (equal to `fall_to` for an instruction that never does).
    pub jump_to: u32,
    /// A conditional branch's 16-bit history (1 = taken), before this execution.
    pub history: u16,
    /// For a fused compare-and-jump: whether the jump is taken on a true comparison.
    pub jump_if_true: bool,
    /// Still specializing (an adaptive form whose counter has not settled).
    pub unstable: bool,
    /// The instruction enters an executor already.
    pub enters_executor: bool,
    /// The instruction is the trace's first one (and runs in the trace's root frame).
    pub at_trace_start: bool,
    /// Tier 2 cannot run this execution of it, whatever the table says (a return from a
    /// frame that returns to Rust code): the trace ends before it, as for an unsupported
    /// instruction.
    pub blocked: bool,
    /// A word the interpreter learned while the instruction ran, for its uops' operand (the
    /// address of the code a call entered, which the trace is specialized for).
    pub operand: u64,
    /// The instruction's code unit and inline cache as they were when it ran (its uops read
    /// their guards' versions and indexes from this copy, so tier 1 may respecialize the
    /// instruction without disturbing a trace).
    pub units: [u32; SITE_UNITS],
}

/// How an instruction left, once it ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It fell through to the next instruction.
    Fell,
    /// It jumped to its target.
    Jumped,
    /// It pushed a Python frame; the next instruction runs in the callee.
    EnteredFrame,
    /// It returned from the running frame.
    Returned,
}

/// Why a trace ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// Execution came back to the start: the trace closes with `_JUMP_TO_TOP` (a side trace,
    /// which starts elsewhere, closes at its root's loop head with an exit linked to the
    /// root).
    Closed,
    /// Fitness fell below the next instruction's exit quality.
    Fitness,
    /// The next instruction enters an executor: the trace exits into it (a link).
    Executor,
    /// The next instruction is one tier 2 does not run.
    Unsupported(Opcode),
    /// The baseline selector (no fitness) ran out of buffer, steps or frame depth.
    Full,
}

impl End {
    /// The name `--stats` counts it under.
    pub const fn name(self) -> &'static str {
        match self {
            End::Closed => "closed",
            End::Fitness => "fitness",
            End::Executor => "executor",
            End::Unsupported(_) => "unsupported",
            End::Full => "full",
        }
    }
}

/// One recorded instruction, for dumps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Its code unit.
    pub at: u32,
    /// The instruction.
    pub opcode: Opcode,
    /// Frames open beyond the root when it ran (negative after returning past the root).
    pub depth: i32,
    /// The fitness left after it was charged.
    pub fitness: i32,
    /// Its first uop in the trace.
    pub first_uop: u16,
    /// The snapshot of its code unit and inline cache ([`Instr::units`]).
    pub units: [u32; SITE_UNITS],
}

impl Step {
    const EMPTY: Step = Step {
        at: 0,
        opcode: Opcode::NOP,
        depth: 0,
        fitness: 0,
        first_uop: 0,
        units: [0; SITE_UNITS],
    };
}

/// The recorder's state and its fixed buffers (no allocation, ever).
pub struct Recorder {
    tuning: Tuning,
    fitness: i32,
    /// The budget this trace started with (`f0` or `side_f0`).
    budget: i32,
    /// Frames open relative to the root (negative after returns past it), for dumps.
    depth: i32,
    /// Frames entered inside the trace and not yet returned from: their penalties are the
    /// only ones a return may refund.
    open: i32,
    /// Returned past the root frame at least once.
    underflowed: bool,
    /// A side trace (it closes with an exit into its root's executor).
    side: bool,
    /// The baseline selector: no fitness test, only loop closure, unsupported instructions
    /// and a full buffer end the trace (for comparison; the proof does not cover it, so it
    /// checks its capacity at run time).
    baseline: bool,
    uops: [UopInst; TRACE_CAPACITY],
    len: usize,
    steps: [Step; MAX_STEPS],
    step_count: usize,
    end: Option<(End, i32)>,
}

impl Recorder {
    /// An idle recorder.
    pub const fn new() -> Recorder {
        Recorder {
            tuning: Tuning::derive(F0_DEFAULT),
            fitness: 0,
            budget: 0,
            depth: 0,
            open: 0,
            underflowed: false,
            side: false,
            baseline: false,
            uops: [UopInst::EMPTY; TRACE_CAPACITY],
            len: 0,
            steps: [Step::EMPTY; MAX_STEPS],
            step_count: 0,
            end: None,
        }
    }

    /// Starts a trace: a root trace from a loop head, or a side trace (lower budget).
    pub fn start(&mut self, tuning: Tuning, side: bool) {
        self.start_with(tuning, side, false);
    }

    /// Starts a trace with the baseline selector when `baseline` (see [`End::Full`]).
    pub fn start_with(&mut self, tuning: Tuning, side: bool, baseline: bool) {
        self.side = side;
        self.baseline = baseline;
        self.tuning = tuning;
        self.budget = if side { tuning.side_f0 } else { tuning.f0 };
        self.fitness = self.budget;
        self.depth = 0;
        self.open = 0;
        self.underflowed = false;
        self.len = 0;
        self.step_count = 0;
        self.end = None;
    }

    /// The fitness left.
    pub fn fitness(&self) -> i32 {
        self.fitness
    }

    /// Frames open beyond the root (negative after returns past it).
    pub fn depth(&self) -> i32 {
        self.depth
    }

    /// Frames entered inside the trace and still open.
    pub fn open_frames(&self) -> i32 {
        self.open
    }

    /// The budget this trace started with.
    pub fn budget(&self) -> i32 {
        self.budget
    }

    /// The uops so far.
    pub fn uops(&self) -> &[UopInst] {
        &self.uops[..self.len]
    }

    /// Runs the [`super::optimizer`] over the finished trace, in place.
    ///
    /// # Errors
    /// The optimizer's reason for rejecting the trace.
    pub fn optimize(&mut self) -> Result<super::optimizer::Removed, super::optimizer::Reject> {
        let steps = &self.steps[..self.step_count];
        let (len, removed) = super::optimizer::optimize(&mut self.uops[..self.len], |step| {
            steps
                .get(usize::from(step))
                .map_or([0; SITE_UNITS], |s| s.units)
        })?;
        self.len = len;
        Ok(removed)
    }

    /// Takes back the VM's leave to fold loaded values (the [`FOLD`] unit of every
    /// snapshot): a dict they came from changed during the recording.
    ///
    /// [`FOLD`]: super::optimizer::FOLD
    pub fn forget_folds(&mut self) {
        for step in &mut self.steps[..self.step_count] {
            step.units[super::optimizer::FOLD] = 0;
        }
    }

    /// The instructions recorded so far.
    pub fn steps(&self) -> &[Step] {
        &self.steps[..self.step_count]
    }

    /// Why the trace ended and the exit quality of the place it ended (`None` while it is
    /// still recording).
    pub fn end(&self) -> Option<(End, i32)> {
        self.end
    }

    /// The tuning in use.
    pub fn tuning(&self) -> Tuning {
        self.tuning
    }

    /// The exit quality of `instr` (how good a place it is to end the trace).
    pub fn exit_quality(&self, instr: &Instr) -> i32 {
        let t = &self.tuning;
        if instr.enters_executor {
            t.eq_enter_executor
        } else if instr.opcode.base() == Opcode::JUMP_BACKWARD {
            t.eq_backward_edge
        } else if instr.unstable {
            t.eq_unstable
        } else {
            t.eq_default
        }
    }

    /// Called before `instr` runs: ends the trace here (returning why) or lets it be
    /// recorded.
    pub fn admit(&mut self, instr: &Instr) -> Option<End> {
        debug_assert!(self.end.is_none());
        // A root trace closes in the frame it started in; a side trace, which may start in
        // a callee, at its root's loop head (the interpreter checks the frame).
        let closes = self.side || (self.open == 0 && !self.underflowed);
        if instr.at_trace_start && closes && self.step_count > 0 {
            let terminator = if self.side {
                Uop::EXIT_TRACE
            } else {
                Uop::JUMP_TO_TOP
            };
            self.push(terminator, 0, instr.at, 0);
            return self.finish(End::Closed, i32::MAX);
        }
        let quality = self.exit_quality(instr);
        if self.baseline {
            let pushes_frame = matches!(
                expansion(instr.opcode),
                Expansion::Straight(uops) if uops.contains(&Uop::PUSH_FRAME)
            );
            let full = TRACE_CAPACITY - self.len < RESERVE
                || self.step_count == MAX_STEPS
                || (pushes_frame && self.open >= MAX_FRAME_DEPTH as i32);
            if full {
                self.push(Uop::EXIT_TRACE, 0, instr.at, 0);
                return self.finish(End::Full, quality);
            }
        } else if self.fitness < quality {
            let why = if instr.enters_executor {
                End::Executor
            } else {
                End::Fitness
            };
            self.push(Uop::EXIT_TRACE, 0, instr.at, 0);
            return self.finish(why, quality);
        }
        if instr.blocked || matches!(expansion(instr.opcode), Expansion::Unsupported) {
            self.push(Uop::EXIT_TRACE, 0, instr.at, 0);
            return self.finish(End::Unsupported(instr.opcode), quality);
        }
        None
    }

    /// Called after `instr` (which `admit` let through) ran and left by `outcome`: appends
    /// its uops and charges fitness.
    pub fn record(&mut self, instr: &Instr, outcome: Outcome) {
        debug_assert!(self.end.is_none() && (self.baseline || self.fitness >= 1));
        let jumped = outcome == Outcome::Jumped;
        let (uops, branch) = match expansion(instr.opcode) {
            Expansion::Straight(uops) => (uops, false),
            Expansion::Branch { fall, jump } => (if jumped { jump } else { fall }, true),
            Expansion::Unsupported => (&[][..], false),
        };
        let first_uop = self.len as u16;
        // Where a branch guard's exit resumes: the direction the recording did not take.
        let other_way = if jumped { instr.fall_to } else { instr.jump_to };
        for &uop in uops {
            let (uop, target) = match uop {
                Uop::BRANCH_ON_BOOL => {
                    // Stay on the recorded path: the comparison must come out the way that
                    // takes the jump (if it jumped) or skips it.
                    let truth = instr.jump_if_true == jumped;
                    let guard = if truth {
                        Uop::GUARD_IS_TRUE_POP
                    } else {
                        Uop::GUARD_IS_FALSE_POP
                    };
                    (guard, other_way)
                }
                Uop::GUARD_IS_TRUE_POP
                | Uop::GUARD_IS_FALSE_POP
                | Uop::GUARD_IS_NONE_POP
                | Uop::GUARD_IS_NOT_NONE_POP => (uop, other_way),
                // The instruction's work is done when a validity check fails after it (a
                // branch's check follows its guard: the direction is decided too).
                Uop::CHECK_VALIDITY => (uop, if jumped { instr.jump_to } else { instr.fall_to }),
                _ => (uop, instr.at),
            };
            self.push(uop, instr.oparg, target, instr.operand);
        }
        let mut cost = (uops.len() as i32).max(1);
        if branch {
            cost += self.branch_cost(instr.history);
        }
        if instr.opcode.base() == Opcode::JUMP_BACKWARD {
            cost += self.tuning.backward_edge;
        }
        match outcome {
            Outcome::EnteredFrame => {
                debug_assert!(self.open < MAX_FRAME_DEPTH as i32 || self.baseline);
                cost += self.tuning.frame_penalty;
                self.depth += 1;
                self.open += 1;
            }
            Outcome::Returned if self.open > 0 => {
                // The refund of the matching entry's penalty (never more than was charged).
                cost -= self.tuning.frame_penalty;
                self.depth -= 1;
                self.open -= 1;
            }
            Outcome::Returned => {
                cost += self.tuning.underflow_penalty;
                self.depth -= 1;
                self.underflowed = true;
            }
            Outcome::Fell | Outcome::Jumped => {}
        }
        self.fitness -= cost;
        debug_assert!(self.step_count < MAX_STEPS);
        // SAFETY: a trace records at most its budget <= F0_MAX = MAX_STEPS instructions (the
        // step bound of the module documentation; the baseline selector checks the count in
        // `admit`), so the index is inside the array.
        let step = unsafe { self.steps.get_unchecked_mut(self.step_count) };
        *step = Step {
            at: instr.at,
            opcode: instr.opcode,
            depth: self.depth,
            fitness: self.fitness,
            first_uop,
            units: instr.units,
        };
        self.step_count += 1;
    }

    /// Extra cost of a branch with `history`: in proportion to the outcomes that disagree
    /// with the majority (0 for a fully biased branch, `branch_unbiased` for a balanced one).
    pub fn branch_cost(&self, history: u16) -> i32 {
        let taken = history.count_ones() as i32;
        let minority = taken.min(16 - taken);
        self.tuning.branch_unbiased * minority / 8
    }

    /// Appends a uop. The module documentation proves there is room; this only checks it in
    /// debug builds.
    fn push(&mut self, uop: Uop, oparg: u32, target: u32, operand: u64) {
        debug_assert!(
            self.len < trace_capacity(self.tuning.f0 as u32) || self.baseline,
            "the fitness proof failed: uop buffer full"
        );
        debug_assert!(self.len < TRACE_CAPACITY);
        // SAFETY: by the invariants (I1) and (I2) of the module documentation, a uop is only
        // appended while `len < trace_capacity(f0) <= TRACE_CAPACITY`, the array's length;
        // the const block above checks the capacity for every allowed F0 and the property
        // tests check the invariants after every step. The baseline selector, which has no
        // fitness, keeps RESERVE slots free by its test in `admit` instead.
        let slot = unsafe { self.uops.get_unchecked_mut(self.len) };
        // A terminator belongs to no recorded instruction; it points one past the last.
        *slot = UopInst {
            uop,
            step: self.step_count as u16,
            oparg,
            target,
            operand,
        };
        self.len += 1;
    }

    fn finish(&mut self, why: End, quality: i32) -> Option<End> {
        self.end = Some((why, quality));
        Some(why)
    }
}

impl Default for Recorder {
    fn default() -> Recorder {
        Recorder::new()
    }
}

#[cfg(test)]
mod tests;
