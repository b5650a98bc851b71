# Iterating sets: for loops, builtins over sets, unpacking, dummies reused by later adds.
s = {40, 8, 3, 16, 1}
for x in s:
    print(x, end=" ")
print()
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print(sum(s), min(s), max(s), len(s), any(s), all(s), all({0, 1}))
print(list(enumerate({30, 10, 20})), list(zip({1, 2}, "ab")))
a, b = {2, 1}
print(a, b)
first, *rest = {9, 5, 7}
print(first, rest)
print(", ".join(sorted({"b", "a", "c"})), ", ".join([str(x) for x in sorted({3, 1})]))
it = iter({11, 22})
print(type(it).__name__, next(it), next(it))
t = set(range(10))
for x in sorted(t):
    if x % 3 == 0:
        t.discard(x)
print(t)
t.add(30)
t.add(3)
t.add(12)
print(t)
u = set()
for i in range(8):
    u.add(i * 8)
for i in range(0, 8, 2):
    u.remove(i * 8)
print(u)
for v in [100, 8, 16, 0, 72]:
    u.add(v)
    print(v, u)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted({w for w in counts if counts[w] > 1}), sorted(set(counts.values())))
print([x * 2 for x in {5, 4, 3}], {x: x * x for x in {9, 1, 5}})
print(list(reversed(sorted({4, 2, 6}))), sorted({-3, 3, 0}, key=abs))
