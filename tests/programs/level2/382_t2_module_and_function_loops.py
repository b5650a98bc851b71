# Tier 2: the same loops at module level (globals, STORE_NAME) and inside functions (fast locals),
# a function with a hot loop called from module-level loops, and globals added mid-loop.
total = 0
squares = []
for i in range(600):
    total += i * i % 17
    if i % 150 == 0:
        squares.append(i * i)
print("module level", total, squares)


def same_loop():
    total = 0
    squares = []
    for i in range(600):
        total += i * i % 17
        if i % 150 == 0:
            squares.append(i * i)
    return total, squares


print("function level", same_loop())

WEIGHT = 3


def weighted(n):
    s = 0
    for i in range(n):
        s += i * WEIGHT
    return s


results = []
for round in range(6):
    results.append(weighted(100 + round))
    WEIGHT += 1
print("global read by a function's loop", results)

acc = 0
for i in range(500):
    acc += weighted(3)
    if i == 250:
        extra_global_1 = 1
    if i == 300:
        extra_global_2 = 2
        WEIGHT = -1
print("new globals mid-loop", acc, extra_global_1 + extra_global_2)

n = 0
while n < 400:
    n += 1
    if n == 200:
        def weighted(k):
            return -k
print("function redefined in a module loop", weighted(5), n)


def run_twice():
    out = []
    for rep in range(2):
        t = 0
        for i in range(300):
            t += weighted(i)
        out.append(t)
    return out


print("loops calling it", run_twice())

names = ["x", "yy", "zzz"]
lengths = 0
for i in range(700):
    name = names[i % 3]
    lengths += len(name)
del name
try:
    print(name)
except NameError as e:
    print("module loop variable deleted", lengths, e)
