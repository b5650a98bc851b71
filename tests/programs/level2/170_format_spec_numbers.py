# format() and f-string specs for ints, bools and floats: align, sign, #, 0, width, grouping, types.
for spec in ["", "5", "<5", ">5", "^7", "*>8", "=+8", "08", "+", " ", "-", ",", "_", "x", "#X",
             "#010b", "o", "#o", "c", "n", "_b", "e", ".2f", "%", "^+#12x"]:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != "c" else "")
for spec in ["", "g", ".3g", "e", ".2e", "E", "f", ".0f", "#.0f", ".1%", "10.3f", "<10", "^12.4",
             "+.1f", "z.1f", ",", ",.2f", "_.1f", "012.3f", "=10.2f", "n", "G", "F"]:
    print(repr(spec), repr(format(3.14159, spec)), repr(format(-1234.5678, spec)), repr(format(-0.0, spec)))
print(format(1e20, ","), format(1e100, "f")[:25], format(float("inf"), "10"), format(float("nan"), "^7"))
print(format(2.5), format(2.0, ""), format(2.0, "g"), format(1e16, ""), format(0.1, ".20f"))
print(format(True), format(True, ""), format(True, "d"), format(True, "5"), format(False, "x"), format(True, ".2f"))
print(format(12, "e"), format(12, ".2f"), format(12, "%"), format(2**62, ","), format(-2**62 - 2**62, "x"))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"), format(97, "*<3c"))
print(format(123, "\u0661\u0662"), format(1234.5, "_.1f"), format(255, "_x"), format(10**9, "_"))
n = 1234567.891
w = 16
print(f"{n:,.2f}|{n:>{w},.1f}|{n:<{w}e}|{-n:={w}.0f}|{n:_.3g}")
print(f"{42:#x} {42:#o} {42:#b} {42:08.3%} {True:d} {7:+} {7: }")
for value in [0, 1, -1, 999, 1000, -1000000, 2**40]:
    print(f"{value:>12,}|{value:<+10d}|{value:^#14x}|{value:010}")
