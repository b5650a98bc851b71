# Tier 2: binary operators, subscripts and comparisons that see several types in hot loops:
# alternating every iteration, every 7 iterations, and in phases of ints, floats, mixes, bools.
vals = [3, 2.5, "ab", [1], 7, 0.25, (4,), True]
acc = []
for i in range(800):
    x = vals[i % len(vals)]
    y = x + x
    if i % 97 == 0:
        acc.append(y)
print("binop alternating:", acc)

s_int = 0
s_float = 0.0
for i in range(1200):
    if i < 300:
        a, b = i, 3
    elif i < 600:
        a, b = i * 0.5, 1.5
    elif i < 900:
        a, b = i, 0.5
    else:
        a, b = i % 7, True
    r = a * b - b
    if i % 150 == 149:
        print("phase op", i, r)
    if isinstance(r, int):
        s_int += r
    else:
        s_float += r
print("sums", s_int, s_float)

containers = [[10, 20, 30], (1, 2, 3), {0: "a", 1: "b", 2: "c"}, "xyz", range(5, 8)]
picked = []
lens = 0
for i in range(1000):
    c = containers[(i // 7) % len(containers)]
    item = c[i % 3]
    lens += len(c)
    if i % 111 == 0:
        picked.append(item)
print("subscripts:", picked, lens)

eqs = 0
lts = 0
pairs = [(1, 1), (2.0, 2), ("a", "b"), (3, 2.5), ((1, 2), (1, 3)), ("b", "b")]
for i in range(700):
    p, q = pairs[i % 6]
    if p == q:
        eqs += 1
    if p < q:
        lts += 1
print("compares", eqs, lts)

words = ""
nums = 0
for i in range(600):
    part = str(i % 10) if i % 3 else i % 10
    if i % 3:
        words = words[-20:] + part * 2
    else:
        nums = nums * 2 % 1000 + part
print("str and int in one loop", words, nums)

mods = [7, 2.5, -3]
m = 0
for i in range(900):
    m += (i % mods[i % 3]) + (i // mods[(i + 1) % 3])
print("modulo and floor division", m)
