# math.sin/cos/tan/asin/acos/atan/atan2 at special angles and in all quadrants (repr and %.12g).
import math
from math import pi
angles = [0, pi / 6, pi / 4, pi / 3, pi / 2, 2 * pi / 3, pi, 3 * pi / 2, 2 * pi, -pi / 4, 1, -2.5, 10, 100.0]
for a in angles:
    print("%.12g" % a, repr(math.sin(a)), repr(math.cos(a)), "%.12g %.12g %.12g" % (math.sin(a), math.cos(a), math.tan(a)))
for x in [-1, -0.5, 0, 0.5, 1, 0.1, -0.9999]:
    print(x, repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)), "%.12g" % math.acos(x))
for x in [1e10, -1e10, 1e-10, float("inf"), float("-inf"), 3]:
    print(x, repr(math.atan(x)), "%.12g" % math.atan(x))
points = [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1), (0, 0), (3, 4)]
for x, y in points:
    t = math.atan2(y, x)
    print(x, y, repr(t), "%.12g" % (t * 180 / pi))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, 0.0))
print(math.atan2(1, float("inf")), math.atan2(float("inf"), float("inf")), math.atan2(float("-inf"), -1))
print(math.sin(0.0), math.sin(-0.0), math.cos(0), math.tan(0), math.tan(-0.0), math.asin(-0.0))
print(math.sin(pi) < 1e-15, math.cos(pi / 2) < 1e-16, math.tan(pi / 4), math.asin(1) * 2 == pi, math.acos(-1) == pi)
# identities
for a in [0.3, 1.2, -2.7, 5.0]:
    s = math.sin(a)
    c = math.cos(a)
    print("%.12g %.12g %.12g" % (s * s + c * c, math.tan(a) - s / c, math.atan(math.tan(a))))
# polar coordinates round trip
for x, y in [(3.0, 4.0), (-2.0, 1.0), (0.0, -5.0)]:
    r = math.hypot(x, y)
    t = math.atan2(y, x)
    print(x, y, "r=%.12g t=%.12g" % (r, t), "%.12g %.12g" % (r * math.cos(t), r * math.sin(t)))
# a small sine table
for deg in range(0, 361, 45):
    rad = deg * pi / 180
    print("%3d %8.5f %8.5f" % (deg, math.sin(rad), math.cos(rad)))
