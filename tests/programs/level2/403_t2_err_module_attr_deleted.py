# Tier 2: a module attribute the traced loop reads (math.zq_gain, set by the program) deleted by a
# callee mid-loop with no handler: the loop dies of AttributeError.
import math

math.zq_gain = 2


def drop(i):
    if i == 333:
        del math.zq_gain


def run(n):
    t = 0
    for i in range(n):
        t += math.zq_gain * i + math.floor(i / 3)
        drop(i)
        if i % 100 == 0:
            print("  ", i, t)
    return t


print("total:", run(500))
