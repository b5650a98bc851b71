# enumerate with and without start (positional or keyword), zip of two, three, one and zero iterables of unequal lengths.
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", 1):
    print(i, ch)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)), list(enumerate((7,), -3)))
print(list(enumerate(range(3), 100)), list(enumerate({"k": 1, "j": 2})), list(enumerate("hi", start=-1)))
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip("a", [1, 2, 3])))
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip(range(10), "ab", (True, False, None))))
print(list(zip([1, 2])), list(zip()), list(zip([], [1])), list(zip("abc", "")))
names = ["ann", "bob", "cy", "dee"]
scores = [90, 72, 85]
for name, score in zip(names, scores):
    print(name, score)
for i, (name, score) in enumerate(zip(names, scores), 1):
    print(i, name, score)
total = 0
for a, b in zip(range(1, 5), range(10, 50, 10)):
    total += a * b
print("dot", total)
# Transpose with zip and unpack manually.
m = [[1, 2, 3], [4, 5, 6]]
t = list(zip(m[0], m[1]))
print(t)
# zip stops at the shortest; iterators partly consumed.
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, "ab")), list(it))
e = enumerate("xyz")
print(next(e), next(e), list(e))
z = zip("pq", [0, 1])
print(next(z), list(z), list(z))
# Pairwise neighbours.
vals = [3, 8, 2, 9]
diffs = []
for a, b in zip(vals, vals[1:]):
    diffs.append(b - a)
print(diffs)
d = {}
for k, v in zip("abc", range(3)):
    d[k] = v
print(d, dict(zip(d.values(), d)))
print(type(enumerate([])).__name__, type(zip()).__name__)
