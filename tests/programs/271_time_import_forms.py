# time.time/perf_counter/monotonic (only deterministic facts) and the import forms of level 1.
import time
import math as m
import random as rnd
from random import randint, seed
from time import monotonic, perf_counter
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0), type(p0), type(m0), isinstance(t0, float), t0 > 1.6e9)
last = time.monotonic()
ok = True
for i in range(1000):
    now = monotonic()
    if now < last:
        ok = False
    last = now
print("monotonic never goes back:", ok)
last = perf_counter()
ok = True
work = 0
for i in range(2000):
    work += i * i
    now = time.perf_counter()
    if now < last:
        ok = False
    last = now
print("perf_counter never goes back:", ok, work)
elapsed = time.perf_counter() - p0
print(elapsed >= 0.0, elapsed < 60.0, time.time() >= t0 - 1, time.monotonic() >= m0)
print(time.monotonic is monotonic, time.perf_counter is perf_counter, callable(time.time))
print(m.sqrt(81), m.floor(-1.5), "%.12g" % m.pi, m.pi is m.pi)
rnd.seed(4)
a = rnd.randint(1, 1000)
seed(4)
b = randint(1, 1000)
print(a, b, a == b, rnd.randint is randint, rnd.seed is seed)
import math
print(math is m, math.sqrt is m.sqrt, math.e == m.e)
import random
print(random is rnd, random.random is rnd.random)
print(repr(m).startswith("<module 'math'"), repr(rnd).startswith("<module 'random'"))
def use_inside():
    import math
    from math import ceil
    return math.floor(2.5) + ceil(2.5)
print(use_inside())
print(len(str(int(time.time()))) >= 10, int(time.time()) > 0, round(time.monotonic() - m0) >= 0)
