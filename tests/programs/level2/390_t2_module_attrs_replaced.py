# Tier 2: module attributes replaced mid-loop (by a callee, by the loop, by setattr): math.sqrt
# and math.floor swapped for Python functions and restored, math.pi changed, deleted, re-added.
import math

real_sqrt = math.sqrt
real_floor = math.floor
real_pi = math.pi


def fake_sqrt(x):
    return -1.0


def fake_floor(x):
    return 42


def patch(i):
    if i == 150:
        math.sqrt = fake_sqrt
    elif i == 300:
        math.sqrt = real_sqrt
        math.floor = fake_floor
    elif i == 450:
        setattr(math, "floor", real_floor)
        math.pi = 3.0


def run(n):
    t = 0.0
    k = 0
    for i in range(n):
        t += math.sqrt(i)
        patch(i)
        k += math.floor(i / 7)
        t += math.sqrt(4.0) + math.pi
        if i % 75 == 0 or i == 150 or i == 300 or i == 450:
            print("  ", i, "%.6f" % t, k, math.sqrt(9.0), math.floor(2.5), math.pi)
    return "%.6f" % t, k


print("callee patches:", run(600))


def own(n):
    t = 0
    misses = 0
    for i in range(n):
        if i == 300:
            math.pi = 4
        if i == 400:
            del math.pi
        if i == 500:
            math.pi = 5
        try:
            t += math.pi
        except AttributeError as e:
            misses += 1
            if misses == 1:
                print("  ", i, e)
        math.floor = real_floor if i % 2 == 0 else fake_floor
        t += math.floor(1.5)
    return t, misses


print("loop patches:", own(600), math.pi, math.floor(7.5))
math.pi = real_pi
math.floor = real_floor
total = 0.0
for i in range(300):
    total += math.pi + math.floor(i / 3)
print("restored:", "%.6f" % total)
