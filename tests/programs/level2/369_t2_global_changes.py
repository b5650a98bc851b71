# Tier 2: globals rebound inside hot loops (a called function, a module constant, functions
# redefined), and builtins shadowed by a global mid-loop and deleted again.
def scale(x):
    return x * 2


def rebind():
    global scale
    scale = lambda x: x * 3


def use_scale(n):
    t = 0
    for i in range(n):
        t += scale(i)
        if i == 400:
            rebind()
    return t


print("global function rebound:", use_scale(700), use_scale(10))

LIMIT = 10
hits = 0
for i in range(900):
    if i % 50 < LIMIT:
        hits += 1
    if i == 450:
        LIMIT = 40
print("module global changed:", hits)


def shadow():
    global len
    len = lambda s: 100


def unshadow():
    global len
    del len


def lengths(words):
    out = 0
    for i in range(600):
        out += len(words[i % 3])
        if i == 200:
            shadow()
        if i == 400:
            unshadow()
    return out


print("builtin shadowed:", lengths(["a", "bb", "cccc"]), len("abc"))

total = 0
for i in range(700):
    total += abs(i - 350)
    if i == 300:
        abs = lambda v: 1
    if i == 500:
        del abs
print("module-level abs shadowed:", total, abs(-3))


def make(k):
    def f(x):
        return x * k
    return f


g = make(2)
t = 0
for i in range(600):
    t += g(i)
    if i % 200 == 199:
        g = make(i)
print("same code, new closures:", t)
