# math constants pi e tau inf nan, isnan/isinf/isfinite, and `from math import ...` forms.
import math
from math import sqrt, pi
from math import e, tau, inf, nan
print(repr(math.pi), repr(math.e), repr(math.tau), repr(math.inf), repr(math.nan))
print("%.12g %.12g %.12g" % (pi, e, tau), "%.20f" % pi, "%e" % math.e)
print(pi is math.pi, sqrt is math.sqrt, tau == 2 * pi, inf == math.inf, nan == nan, nan != math.nan)
print(sqrt(pi), "%.12g" % sqrt(e), sqrt(tau) == math.sqrt(math.tau), -inf, inf * 0, inf - inf)
print(type(pi), type(math.inf), type(math.nan), float("inf") == inf, -math.inf < -1e308)
values = [0.0, -0.0, 1.5, -2, 1e308, 1e308 * 10, -1e308 * 10, inf, -inf, nan, -nan, inf - inf, 5, True, 2.0 ** -1074]
for v in values:
    print(repr(v), math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(float("1e400")), math.isfinite(0))
print(inf > 1e308, -inf < -1e308, inf + 1 == inf, nan > 0, nan < 0, nan == 0, max(1, inf), min(-inf, 0))
print(inf / inf, 1 / inf, -1 / inf, inf * -1, abs(-inf), int(1e18) > 0, math.floor(1e18) > 10 ** 17)
print(math.copysign(1, nan) in (1.0, -1.0), str(nan), str(-inf), "%f %F" % (nan, -inf))
# check values in a list for problems
data = [1.0, nan, 3.5, inf, -2.0, -inf, 0.0]
ok = []
for x in data:
    if math.isnan(x):
        print("nan found")
    elif math.isinf(x):
        print("infinite", x)
    else:
        ok.append(x)
print(ok, sum(ok), len(ok))
# circle geometry with pi and tau
for r in [1, 2.5, 10]:
    print(r, "%.12g %.12g %.12g" % (2 * pi * r, tau * r, pi * r * r), 2 * pi * r == tau * r)
# e as the limit of (1 + 1/n)**n
for n in [1, 10, 1000, 1000000]:
    approx = (1 + 1 / n) ** n
    print(n, "%.12g" % approx, "%.3e" % (e - approx))
# pi from the Leibniz series, a few thousand terms
s = 0.0
sign = 1.0
for k in range(5000):
    s += sign / (2 * k + 1)
    sign = -sign
print("%.12g" % (4 * s), "%.3e" % math.fabs(4 * s - pi), math.fabs(4 * s - pi) < 1e-3)
