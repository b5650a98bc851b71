# Tier 2: the builtins module itself changed mid-loop: builtins.len and builtins.abs replaced and
# restored (same names, new values), a new builtin name added and deleted, a global shadow on top.
import builtins

real_len = builtins.len
real_abs = builtins.abs


def fake_len(s):
    return 1000


def measure(s, v):
    return len(s) + abs(v)


def patch(i):
    if i == 300:
        builtins.len = fake_len
    elif i == 400:
        builtins.len = real_len
        setattr(builtins, "abs", lambda v: 7)
    elif i == 500:
        builtins.abs = real_abs


def run(n):
    t = 0
    for i in range(n):
        t += len("abc") + abs(-i)
        patch(i)
        t += measure("xy", -2) + len("q")
        if i % 100 == 0 or i == 300 or i == 400 or i == 500:
            print("  ", i, t, len("abcd"), abs(-9))
    return t


print("builtins patched:", run(600))


def extra(n):
    global zq_added
    t = 0
    misses = 0
    for i in range(n):
        if i == 300:
            builtins.zq_added = 5
        if i == 400:
            zq_added = 50
        if i == 450:
            del zq_added
        if i == 500:
            del builtins.zq_added
        try:
            t += zq_added
        except NameError:
            misses += 1
    return t, misses


print("builtin added, shadowed, deleted:", extra(600))
for i in range(300):
    builtins.len = fake_len if i % 2 == 0 else real_len
builtins.len = real_len
print("after 300 stores:", len("abcde"), measure("ab", -1))
