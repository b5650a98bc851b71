# Level 2: format() with float specs: f, e, g, %, precision, sign, grouping, width.
x = 12345.6789
specs = ["", "f", ".0f", ".2f", "12.3f", "<12.1f", "^12.1f", "012.2f", "+.1f", " .1f",
         ",.2f", "_.3f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f", "*>14,.1f"]
for spec in specs:
    print("%-9s -> [%s]" % (spec, format(x, spec)))
for v in [0.0, -0.0, 1.5, -2.25, 1e-7, 1e20, 0.1, 100.0]:
    print(v, [format(v, s) for s in [".2f", "e", "g", ".3g", "+.1%"]])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1.0, ""), format(1e16, ""), format(1e-5, ""), format(123.0, ".5"))
print(format(float("inf"), "f"), format(float("-inf"), "+e"), format(float("nan"), "10"))
print(format(3.0, "n"), format(1 / 3, ".15f"), format(2 / 3, ".3"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
