# Level 2: format() with integer specs: fill, align, sign, #, 0, width, grouping, types.
n = 48879
specs = ["", "d", "10", "<10", "^10", ">10", "*^11", "010", "+", " ", "-",
         ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x", "c", "n", "=+10"]
for spec in specs:
    print("%-5s -> [%s]" % (spec, format(n, spec)))
for v in [0, 7, -7, 1000000, -1234567]:
    print(v, [format(v, s) for s in ["+d", "08d", ",", "x", "#b", ">+9,"]])
print(format(-255, "#x"), format(-5, "05d"), format(-5, "=5"), format(5, "x<4"))
print(format(True, "d"), format(False, "5"), format(3, ".2f"), format(3, "e"), format(3, "%"))
print(format(1234, "g"), format(123456789, ",d"), format(65, "c"), format(9731, "c"))
print(format(42), repr(format(42, "")), format(-0, "+"))
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError:", e)
