//! AArch64 (AAPCS64): callee-saved registers are x19 to x28, the frame pointer x29 and the low
//! halves d8 to d15 of v8 to v15.

use core::arch::asm;

/// Registers [`spill`] writes out: x19..x30 (x30, the link register, comes along with x29 in
/// one pair) and, when the FP unit exists, d8..d15.
#[cfg(target_feature = "neon")]
pub(super) const SPILLED: usize = 20;
/// Registers [`spill`] writes out: x19..x30 (no FP unit on this target).
#[cfg(not(target_feature = "neon"))]
pub(super) const SPILLED: usize = 12;

/// Stores the callee-saved registers in `out` and returns the stack pointer.
///
/// The asm may use the stack (no `nostack`), so the compiler allocates `out` above sp;
/// AAPCS64 has no red zone, so nothing of this frame lies below sp.
#[cfg(target_feature = "neon")]
#[inline(always)]
pub(super) fn spill(out: &mut [usize; SPILLED]) -> *const usize {
    let stack_pointer: *const usize;
    // SAFETY: the asm writes exactly the 160 bytes of `out`, which it borrows exclusively, and
    // reads sp; it leaves every callee-saved register unchanged. `clobber_abi("C")` makes it
    // behave like a call, so the compiler moves live values out of caller-saved registers
    // first (into callee-saved ones, which land in `out`, or onto the stack).
    unsafe {
        asm!(
            "stp x19, x20, [x0]",
            "stp x21, x22, [x0, #16]",
            "stp x23, x24, [x0, #32]",
            "stp x25, x26, [x0, #48]",
            "stp x27, x28, [x0, #64]",
            "stp x29, x30, [x0, #80]",
            "stp d8, d9, [x0, #96]",
            "stp d10, d11, [x0, #112]",
            "stp d12, d13, [x0, #128]",
            "stp d14, d15, [x0, #144]",
            "mov x1, sp",
            in("x0") out.as_mut_ptr(),
            out("x1") stack_pointer,
            clobber_abi("C"),
            options(preserves_flags),
        );
    }
    stack_pointer
}

/// Stores the callee-saved registers in `out` and returns the stack pointer.
#[cfg(not(target_feature = "neon"))]
#[inline(always)]
pub(super) fn spill(out: &mut [usize; SPILLED]) -> *const usize {
    let stack_pointer: *const usize;
    // SAFETY: the asm writes exactly the 96 bytes of `out`, which it borrows exclusively, and
    // reads sp; it leaves every callee-saved register unchanged. `clobber_abi("C")` makes it
    // behave like a call, so the compiler moves live values out of caller-saved registers
    // first (into callee-saved ones, which land in `out`, or onto the stack).
    unsafe {
        asm!(
            "stp x19, x20, [x0]",
            "stp x21, x22, [x0, #16]",
            "stp x23, x24, [x0, #32]",
            "stp x25, x26, [x0, #48]",
            "stp x27, x28, [x0, #64]",
            "stp x29, x30, [x0, #80]",
            "mov x1, sp",
            in("x0") out.as_mut_ptr(),
            out("x1") stack_pointer,
            clobber_abi("C"),
            options(preserves_flags),
        );
    }
    stack_pointer
}

/// Loads the word at `word` with a plain `ldr`.
///
/// Stack words can be padding or dead slots, which Rust treats as uninitialised; a Rust read
/// of them would be undefined behaviour, while the machine load in `asm!` simply yields
/// whatever bits are there.
///
/// # Safety
/// `word` must be 8-byte aligned and readable.
#[inline(always)]
pub(crate) unsafe fn load_word(word: *const usize) -> usize {
    let value: usize;
    // SAFETY: the caller guarantees the 8 bytes at `word` are aligned and readable; the asm
    // only loads them.
    unsafe {
        asm!(
            "ldr {value}, [{word}]",
            word = in(reg) word,
            value = lateout(reg) value,
            options(readonly, nostack, preserves_flags),
        );
    }
    value
}
