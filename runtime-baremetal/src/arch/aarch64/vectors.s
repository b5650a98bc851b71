// The EL1 exception vector table: 16 entries of 128 bytes, 2 KiB aligned.
//
// Tracery runs with interrupts masked, so every exception is a fault: each entry loads its
// index (0..15) and jumps to a common path that switches to the dedicated exception stack
// (the fault may be a stack overflow) and calls `tracery_exception(index, esr, elr, far)`,
// which reports the syndrome and exits QEMU with a failure status.

.macro VECTOR index
    .balign 0x80
    mov     x0, #\index
    b       .Lexception_common
.endm

.section .text.vectors, "ax"
.balign 0x800
.global __exception_vectors
__exception_vectors:
    // Current EL with SP_EL0: synchronous, IRQ, FIQ, SError.
    VECTOR 0
    VECTOR 1
    VECTOR 2
    VECTOR 3
    // Current EL with SP_ELx.
    VECTOR 4
    VECTOR 5
    VECTOR 6
    VECTOR 7
    // Lower EL, AArch64.
    VECTOR 8
    VECTOR 9
    VECTOR 10
    VECTOR 11
    // Lower EL, AArch32.
    VECTOR 12
    VECTOR 13
    VECTOR 14
    VECTOR 15

.Lexception_common:
    ldr     x1, =__exception_stack_end_exclusive
    mov     sp, x1
    mrs     x1, esr_el1
    mrs     x2, elr_el1
    mrs     x3, far_el1
    bl      tracery_exception
1:
    wfe
    b       1b
