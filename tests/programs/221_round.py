# round(): half-to-even on ints and floats, ndigits positive, zero, negative and None, result types.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.0, -0.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
print(round(7), round(-7), round(7, 2), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(4, -1))
print(round(123456, -3), round(999, -3), round(499, -3), round(500, -3), round(1500, -3), round(7, -5))
print(round(1234.5678, 2), round(1234.5678, -2), round(1250.0, -2), round(-0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(2.5, None), round(3.5, None), round(1e16 + 1, 2), round(0.1 + 0.2, 10))
print(round(1e300, -299), round(123.456, -1), round(5.5, -1), round(15.0, -1), round(0.0, 5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(3, 1)).__name__, type(round(True)).__name__)
print(round(True), round(False, 3), round(-True, -1))
print(round(float("inf"), 2), round(float("-inf"), -3), round(float("nan"), 1))
print(round(2.5, 400), round(2.5, -400), round(99, -400), round(12.345, 300))
prices = [19.995, 5.125, 0.045, 100.5, 7.0]
total = 0
for p in prices:
    r = round(p, 2)
    total += r
    print(p, "->", r)
print("total", round(total, 2))
def bankers(values):
    out = []
    for v in values:
        out.append(round(v))
    return out
print(bankers([0.5, 1.5, 2.5, 3.5, 4.5, 5.5]), bankers([-0.5, -1.5, -2.5]))
print(round(10 / 3, 4), round(-10 / 3, 4), round(2 / 3), round(-2 / 3), round(1 / 3, 0))
