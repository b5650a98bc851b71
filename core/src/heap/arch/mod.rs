//! Native stack support for conservative roots: spilling callee-saved registers, finding the
//! stack pointer, and reading stack words the compiler may consider uninitialised.
//!
//! Both supported architectures have a full-descending stack, so "deeper" means "lower": a
//! scan of the native stack runs from the spill point up to a base recorded in an outer frame.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
use aarch64 as current;
#[cfg(target_arch = "x86_64")]
use x86_64 as current;

#[cfg(not(any(target_arch = "aarch64", target_arch = "x86_64")))]
compile_error!(
    "tracery's heap scans the native stack conservatively and needs register spilling code for \
     this architecture (only x86_64 and aarch64 have it)"
);

pub(super) use current::load_word;

/// Runs `f` with the callee-saved registers spilled onto the stack; passes an address at or
/// below every spilled register, so a conservative scan from there up to a stack base recorded
/// earlier sees every pointer the native code holds.
///
/// The address passed is the stack pointer of this function's frame, read right after the
/// spill (on x86-64 minus the 128-byte red zone, in case inlining turned this frame into a
/// leaf that keeps temporaries there). This frame, which holds the spilled registers, and all
/// callers' frames lie above it. The spill also tells the compiler that every caller-saved register
/// is clobbered, so even where this function is inlined no live value stays in a register
/// that was not written out.
#[inline(never)]
pub fn with_registers_spilled<R>(f: impl FnOnce(*const usize) -> R) -> R {
    let mut spilled = [0usize; current::SPILLED];
    let stack_pointer = current::spill(&mut spilled);
    let result = f(stack_pointer);
    // Keeps the spilled registers in memory, unchanged, until `f` has returned.
    core::hint::black_box(&mut spilled);
    result
}

/// The current stack pointer (approximately: the address of a local), for recording a stack
/// base.
///
/// Always inlined, so the local lies in the caller's own frame: every frame the caller goes on
/// to call lies below the address returned. The caller's own locals are not covered: the
/// compiler lays out a frame as it likes, so some of them can sit above the address, and so
/// can the locals of every function inlined into the caller. To run code whose locals must be
/// scanned, use [`with_stack_base`], which runs it in a frame of its own below the base.
#[inline(always)]
pub fn approximate_stack_pointer() -> *const usize {
    let local = 0usize;
    core::hint::black_box(&raw const local)
}

/// Records a stack base in this function's frame and runs `f(base)` in a separate frame below
/// it, so every local of `f`, and of everything inlined into `f`, lies below `base` and a
/// conservative scan from a deeper stack pointer up to `base` sees it.
///
/// Recording the base with [`approximate_stack_pointer`] in the function that then does the
/// work is not enough: after inlining, that function's frame also holds the locals of the code
/// it runs (a `Gc` held across an allocation, say), and the compiler may place them above the
/// recorded local, where the scan never looks. An object only such a local refers to is then
/// freed while still in use.
///
/// `f`'s captures may be passed in this frame's memory, above the base: they must not be the
/// only reference to a heap object.
#[inline(never)]
pub fn with_stack_base<R>(f: impl FnOnce(usize) -> R) -> R {
    let local = 0usize;
    let base = core::hint::black_box(&raw const local);
    let result = run_below(f, base.addr());
    // A use of the local after the call keeps this frame (and so the base) in place while `f`
    // runs: the call cannot become a tail call that reuses this frame.
    core::hint::black_box(&raw const local);
    result
}

/// Calls `f(base)` in a frame of its own (never inlined into [`with_stack_base`]).
#[inline(never)]
fn run_below<R>(f: impl FnOnce(usize) -> R, base: usize) -> R {
    f(base)
}
