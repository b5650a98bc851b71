# Tier 2: one global called in a hot loop, rebound mid-loop to other kinds of callables: a Python
# function, a builtin, a class, a bound method, a lambda, a closure, a callable instance.
def neg(x):
    return -x


class Acc:
    def __init__(self, k):
        self.k = k

    def add(self, x):
        return x + self.k


class Twice:
    def __call__(self, x):
        return x * 2


def make_adder(k):
    def adder(x):
        return x + k
    return adder


kinds = (neg, abs, float, Acc(3).add, lambda x: x * 5, make_adder(11), Twice(), str, neg)
conv = neg


def rebind(i):
    global conv
    conv = kinds[i // 60 % len(kinds)]


def run(n):
    t = 0
    for i in range(n):
        t += int(conv(i - 200))
        rebind(i)
        t += int(conv(i - 300))
        if i % 60 == 0:
            print("  ", i, t, repr(conv(-4)))
    return t


print("callable kinds:", run(600))
