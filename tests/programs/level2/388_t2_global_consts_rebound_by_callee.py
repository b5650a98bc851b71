# Tier 2: module constants (int, float, str, tuple) reassigned mid-loop by a callee, read directly
# in the loop (before and right after the call) and inside functions the loop calls.
RATE = 3
FACTOR = 0.5
SEP = "-"
SHAPE = (2, 3)


def retune(i):
    global RATE, FACTOR, SEP, SHAPE
    if i == 200:
        RATE = 7
        FACTOR = 0.25
    if i == 350:
        SEP = "+="
        SHAPE = (4, 5, 6)


def area():
    return SHAPE[0] * SHAPE[1] + len(SHAPE)


def label(i):
    return SEP + str(i % 10)


def run(n):
    t = 0
    x = 0.0
    s = 0
    for i in range(n):
        t += RATE
        retune(i)
        t += RATE * 10
        x += FACTOR
        s += area() + len(label(i)) + SHAPE[-1]
        if i % 100 == 0 or i == 200 or i == 350:
            print("  ", i, t, x, s, label(i), SHAPE)
    return t, x, s


print("first run:", run(500))
print("globals now:", RATE, FACTOR, SEP, SHAPE)
RATE = 1
FACTOR = 2.0
SEP = ""
SHAPE = (1, 9)
print("after module-level reset:", run(300))
print("a second pass, equal values stored again:", run(250))
