# Tier 2: a module stored in a global under another name, swapped mid-loop for a class with
# static methods, an instance of it, and back; `import ... as` rebinding the name in a loop.
import math
import random


class FakeMath:
    pi = 3

    @staticmethod
    def sqrt(x):
        return x // 2

    @staticmethod
    def floor(x):
        return -1


class FakeRandom:
    @staticmethod
    def random():
        return 0.5


m = math
choices = (FakeMath, FakeMath(), math, FakeMath)


def use(n):
    global m
    t = 0.0
    for i in range(n):
        t += m.sqrt(16) + m.floor(2.5) + m.pi
        if i % 120 == 119:
            m = choices[(i // 120) % 4]
            print("  ", i, "%.6f" % t, m.sqrt(100), m.floor(7.9), m.pi)
    return "%.6f" % t


print("swapped:", use(600))

random.seed(7)
r = random
acc = 0.0
for i in range(400):
    acc += r.random()
    if i == 150:
        r = FakeRandom
    if i == 300:
        r = random
print("random or fake:", "%.6f" % acc, r.random() < 1.0)

total = 0.0
for i in range(300):
    if i % 100 < 50:
        import math as mod
    else:
        mod = FakeMath
    total += mod.sqrt(49) + mod.pi
    if i % 50 == 0:
        print("  import as", i, "%.6f" % total)
print("import rebinding:", "%.6f" % total)
