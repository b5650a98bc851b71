// Boot code: the first instructions QEMU runs.
//
// On entry the core runs at EL2 (`-machine virt,virtualization=on`) or EL1 (plain `virt`),
// with the MMU off. This code brings every supported start to the same state — one core at
// EL1h, FP/SIMD usable, a stack, a zeroed .bss, exception vectors — and calls
// `tracery_main(boot_el)`, which never returns.

.section .text.boot, "ax"
.global _start
_start:
    // 1. Park every core but the first (MPIDR_EL1.Aff0 != 0). QEMU starts secondaries
    //    powered off, but real firmware may not.
    mrs     x0, mpidr_el1
    and     x0, x0, #0xff
    cbnz    x0, .Lpark

    // 2. Remember the exception level we started at (CurrentEL[3:2]); x19 survives calls.
    mrs     x19, CurrentEL
    lsr     x19, x19, #2
    cmp     x19, #2
    b.eq    .Lleave_el2
    cmp     x19, #1
    b.eq    .Lat_el1
    // EL3 (or EL0, which cannot happen at reset) is not supported: park.
    b       .Lpark

.Lleave_el2:
    // 3. Drop from EL2 to EL1.
    //    HCR_EL2.RW = 1: EL1 runs AArch64. Everything else 0: no stage 2, no traps.
    mov     x0, #(1 << 31)
    msr     hcr_el2, x0
    //    CNTHCTL_EL2.EL1PCTEN | EL1PCEN: EL1 may read the physical counter and timer.
    mrs     x0, cnthctl_el2
    orr     x0, x0, #3
    msr     cnthctl_el2, x0
    msr     cntvoff_el2, xzr
    //    CPTR_EL2: only the RES1 bits; TFP = 0 so FP/SIMD does not trap to EL2.
    mov     x0, #0x33ff
    msr     cptr_el2, x0
    //    SCTLR_EL1: RES1 bits only; MMU, caches and alignment checks off.
    ldr     x0, =0x30d00800
    msr     sctlr_el1, x0
    //    Return to EL1h (SPSR.M = 0b0101) with D, A, I and F masked.
    mov     x0, #0x3c5
    msr     spsr_el2, x0
    adr     x0, .Lat_el1
    msr     elr_el2, x0
    eret

.Lat_el1:
    // 4. Enable FP/SIMD at EL1 and EL0 (CPACR_EL1.FPEN = 0b11). Rust code uses the SIMD
    //    registers freely (memcpy, floats), and they trap until this is set.
    mov     x0, #(3 << 20)
    msr     cpacr_el1, x0
    isb

    // 5. The stack (descending, 16-byte aligned; the linker script asserts it).
    ldr     x0, =__boot_stack_end_exclusive
    mov     sp, x0

    // 6. Zero .bss, 16 bytes a step (start and end are 16-byte aligned).
    ldr     x0, =__bss_start
    ldr     x1, =__bss_end_exclusive
.Lzero_bss:
    cmp     x0, x1
    b.hs    .Lbss_done
    stp     xzr, xzr, [x0], #16
    b       .Lzero_bss
.Lbss_done:

    // 7. Install the exception vectors.
    ldr     x0, =__exception_vectors
    msr     vbar_el1, x0
    isb

    // 8. Into Rust, with the boot exception level as the argument.
    mov     x0, x19
    bl      tracery_main

.Lpark:
    wfe
    b       .Lpark
