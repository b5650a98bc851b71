# Float repr and str: shortest round-trip digits, exponents, specials.
values = [0.1, 0.2, 0.5, 1.0, 2.5, 100.0, 1e16, 1e15, 1e-05, 0.0001, 1e22, 1e-7]
for v in values:
    print(v, repr(v), str(v))
print(0.1 + 0.2)
print(1 / 3, 2 / 3, 10 / 3)
print(1e300 * 1e10, -1e300 * 1e10)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308)
print(123456789012345678.0, 12345678901234567.0, 1234567890123456.0)
print(0.1 * 3, 0.3, 1.1 * 1.1)
print(-0.0, 0.0, 0.0 * -1, -0.0 + 0.0)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf)
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan)
print(float("-0.0"), float("1e3"), float("  2.5  "), float("-inf"))
print(3.0, 3.5e0, 35e-1, 0.035e2)
print(1e100, 1.5e-100, 6.02214076e23, 6.62607015e-34)
x = 1.0
for i in range(8):
    x = x * 10.0
    print(i, x)
y = 1.0
for i in range(8):
    y = y / 7.0
    print(i, y)
print(2.0 ** 0.5, 2.0 ** 53, 2.0 ** 53 + 1.0)
print(float(7), float(-3), float(True))
