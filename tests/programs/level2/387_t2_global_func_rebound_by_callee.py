# Tier 2: a global function rebound mid-loop by a callee (one and two calls deep) and called again
# after that call in the same iteration; a function that replaces itself when first called.
def inc(x):
    return x + 1


def dec(x):
    return x - 1


def sq(x):
    return x * x


op = inc


def switch_to(g):
    global op
    op = g


def maybe_switch(i):
    if i == 300:
        switch_to(dec)
    elif i == 500:
        switch_to(sq)


def loop(n):
    t = 0
    for i in range(n):
        a = op(i)
        maybe_switch(i)
        b = op(i)
        t += a - b
        if a != b or i % 200 == 0:
            print("  loop", i, a, b, t)
    return t


print("switched twice:", loop(700), op(3))


def fast(x):
    return x + 1


def lazy(x):
    global lazy, inits
    inits += 1
    lazy = fast
    return fast(x) + 1000


slow_lazy = lazy
inits = 0


def use_lazy(n):
    global lazy
    t = 0
    for i in range(n):
        t += lazy(i)
        t += lazy(i)
        if i % 200 == 199:
            lazy = slow_lazy
            print("  reset", i, t, inits)
    return t


print("lazy:", use_lazy(900), inits, lazy is fast)
