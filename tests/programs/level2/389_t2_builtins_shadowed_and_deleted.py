# Tier 2: builtins (len, abs, min) shadowed mid-loop by module globals made by `global NAME;
# NAME = ...` (in a callee and in the loop itself), then deleted again with `del`, many times.
def mylen(s):
    return 100


def myabs(v):
    return -7


def mymin(a, b):
    return a * 10 + b


def shadow(which):
    global len, abs, min
    if which == 0:
        len = mylen
    elif which == 1:
        abs = myabs
    else:
        min = mymin


def unshadow(which):
    global len, abs, min
    if which == 0:
        del len
    elif which == 1:
        del abs
    else:
        del min


def measure(s, v):
    return len(s) + abs(v) + min(v, 3)


def run(n):
    t = 0
    for i in range(n):
        t += len("abcd") + abs(i - 300) + min(i, 50)
        if i % 90 == 30:
            shadow((i // 90) % 3)
        if i % 90 == 75:
            unshadow((i // 90) % 3)
        t += measure("xy", -i)
        if i % 45 == 0:
            print("  ", i, t, len("q"), abs(-2), min(4, 5))
    return t


print("callee shadows:", run(600))


def own(n):
    global len
    t = 0
    for i in range(n):
        t += len("abc")
        if i == 300:
            len = mylen
        t += len("abc")
        if i == 400:
            del len
        t += measure("z", 1)
    return t


print("loop shadows itself:", own(500), len("abc"), abs(-5), min(2, 9))
