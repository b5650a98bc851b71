//! x86-64 (System V): callee-saved registers are rbx, rbp and r12 to r15.

use core::arch::asm;

/// Registers [`spill`] writes out.
pub(super) const SPILLED: usize = 6;

/// Bytes below rsp that a function calling nothing may use without moving rsp (System V).
const RED_ZONE: usize = 128;

/// Stores the callee-saved registers in `out` and returns the stack pointer minus the red zone.
///
/// The asm may use the stack (no `nostack`), so the compiler keeps nothing in the red zone at
/// this point and allocates `out` above rsp. Should the caller nevertheless become a leaf after
/// inlining and keep later temporaries below rsp, starting the scan 128 bytes lower still
/// covers them; that memory is part of the stack and readable.
#[inline(always)]
pub(super) fn spill(out: &mut [usize; SPILLED]) -> *const usize {
    let stack_pointer: *const usize;
    // SAFETY: the asm writes exactly the 48 bytes of `out`, which it borrows exclusively, and
    // reads rsp; it leaves every callee-saved register unchanged. `clobber_abi("C")` makes it
    // behave like a call, so the compiler moves live values out of caller-saved registers
    // first (into callee-saved ones, which land in `out`, or onto the stack).
    unsafe {
        asm!(
            "mov qword ptr [rdi], rbx",
            "mov qword ptr [rdi + 8], rbp",
            "mov qword ptr [rdi + 16], r12",
            "mov qword ptr [rdi + 24], r13",
            "mov qword ptr [rdi + 32], r14",
            "mov qword ptr [rdi + 40], r15",
            "mov rax, rsp",
            in("rdi") out.as_mut_ptr(),
            out("rax") stack_pointer,
            clobber_abi("C"),
            options(preserves_flags),
        );
    }
    stack_pointer.wrapping_byte_sub(RED_ZONE)
}

/// Loads the word at `word` with a plain `mov`.
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
            "mov {value}, qword ptr [{word}]",
            word = in(reg) word,
            value = lateout(reg) value,
            options(readonly, nostack, preserves_flags),
        );
    }
    value
}
