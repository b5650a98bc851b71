# math.sqrt/exp/log (with base)/log2/log10/pow: results printed with repr and with %.12g.
import math
for x in [0.0, 1.0, 2.0, 4, 10, 0.25, 1e-10, 1e10, 123456789, 2.0 ** 52 + 1]:
    print(x, repr(math.sqrt(x)), "%.12g" % math.sqrt(x))
for x in [0, 1, -1, 0.5, 2, 10, -10, 700, -700, 1e-8]:
    print(x, repr(math.exp(x)), "%.12g" % math.exp(x))
for x in [1, 2, 10, 0.5, 100, 1e-300, 1e300, 2.718281828459045, 7]:
    print(x, repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), "%.12g" % math.log(x))
print(math.log(8, 2), math.log(100, 10), math.log(81, 3), math.log(1000, 10), math.log(0.125, 2))
print(repr(math.log(10, 3)), repr(math.log(2, 0.5)), repr(math.log(5, 5)), "%.12g" % math.log(7, 100))
print(math.log2(1024), math.log2(2 ** 62), math.log10(10 ** 18), math.log10(0.001), math.log2(3))
print(math.log(math.e), math.log(1), math.log(1024, 2), math.log(2 ** 40, 2), math.log(10 ** 15, 10))
for base, exp in [(2, 10), (2.0, -2), (10, 0.5), (-8, 3), (0, 0), (1.5, 2.5), (4, -0.5), (-2.0, 2), (9, 0.5)]:
    print(base, exp, repr(math.pow(base, exp)), repr(base ** exp), "%.12g" % math.pow(base, exp))
print(math.pow(0.0, 1), math.pow(-0.0, 3), math.pow(1, float("inf")), math.pow(float("inf"), 0), math.pow(2, -1074))
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2, round(math.sqrt(2) ** 2, 12))
print(type(math.sqrt(4)), type(math.pow(2, 3)), type(math.log(8, 2)), math.sqrt(16) == 4, math.exp(0) == 1)
print(math.sqrt(-0.0), math.sqrt(float("inf")), math.exp(float("-inf")), math.exp(1000 / 1e3) == math.e)
# compound interest and half-lives
principal = 1000.0
rate = 0.05
for years in [1, 5, 10, 30]:
    simple = principal * math.pow(1 + rate, years)
    cont = principal * math.exp(rate * years)
    print(years, "%.2f %.2f %.6f" % (simple, cont, cont - simple))
half_life = 5730.0
for frac in [0.5, 0.25, 0.1, 0.01]:
    age = -half_life * math.log(frac) / math.log(2)
    print(frac, "%.1f" % age, "%.12g" % math.log2(1 / frac))
# digits of a number via log10
for n in [1, 9, 10, 99, 100, 12345, 999999]:
    print(n, int(math.log10(n)) + 1, len(str(n)))
# Newton's method converges to math.sqrt
for target in [2.0, 10.0, 0.5]:
    x = target
    for i in range(30):
        x = (x + target / x) / 2
    print(target, repr(x), repr(math.sqrt(target)), abs(x - math.sqrt(target)) < 1e-15)
