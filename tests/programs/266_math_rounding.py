# math.floor/ceil/trunc (int results), fabs, fmod (sign of the dividend), copysign, hypot.
import math
values = [0, 0.0, -0.0, 2.5, -2.5, 3.7, -3.7, 1e-9, -1e-9, 7, -7, 1e15 + 0.5, 123456789.999, True]
for v in values:
    f = math.floor(v)
    c = math.ceil(v)
    t = math.trunc(v)
    print(repr(v), f, c, t, isinstance(f, int), isinstance(c, int), isinstance(t, int), repr(math.fabs(v)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(9007199254740993), math.ceil(2 ** 62))
print(math.floor(1e18), math.ceil(-1e18), math.trunc(4.5e18), round(2.5), int(-2.5))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (5.5, 2), (-5.5, 2), (1, 0.1), (0, 5), (-0.0, 1), (10, 2.5), (1e20, 3)]:
    print(a, b, repr(math.fmod(a, b)), repr(a % b), "%.12g" % math.fmod(a, b))
print(math.fmod(3, float("inf")), math.fmod(-3, float("-inf")), math.fmod(0.3, 0.1))
for x, y in [(1, 1), (1, -1), (-1, 1), (-1, -1), (0.0, -0.0), (-0.0, 1), (3, -0.0), (2.5, float("-inf")), (5, float("nan"))]:
    print(x, y, math.copysign(x, y))
print(math.copysign(float("inf"), -1), math.copysign(float("nan"), 1), math.fabs(-float("inf")), math.fabs(-3))
for x, y in [(3, 4), (5, 12), (1, 1), (0, 0), (-3, -4), (1e200, 1e200), (1e-200, 1e-200), (8, 15.0)]:
    print(x, y, repr(math.hypot(x, y)), "%.12g" % math.hypot(x, y))
print(math.hypot(float("inf"), float("nan")), math.hypot(3.0), math.hypot(), math.hypot(1, 2, 2))
# rounding money amounts up and down
for amount in [10.01, 10.5, 10.99, -10.01, -10.99]:
    print(amount, math.floor(amount), math.ceil(amount), math.trunc(amount), round(amount))
# floor division versus floor of true division
for a, b in [(7, 2), (-7, 2), (7, -2), (9, 3), (-1, 3)]:
    print(a, b, a // b, math.floor(a / b), math.ceil(a / b), math.trunc(a / b), a % b, math.fmod(a, b))
# number of pages and rows
for items in [0, 1, 9, 10, 11, 95]:
    print(items, "pages:", math.ceil(items / 10), "full:", math.floor(items / 10))
# distances on a grid
pts = [(0, 0), (3, 4), (-2, 7), (6, -1)]
total = 0.0
for i in range(1, len(pts)):
    dx = pts[i][0] - pts[i - 1][0]
    dy = pts[i][1] - pts[i - 1][1]
    d = math.hypot(dx, dy)
    total += d
    print(pts[i - 1], pts[i], "%.12g" % d, math.fabs(dx) + math.fabs(dy))
print("path %.12g" % total, repr(total))
