# tuple.index (with start/end) and tuple.count, with nested, mixed and equal-across-type values.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(1), t.count(8), t.index(5), t.index(5, 5), t.index(5, 9), t.index(1, 2))
print(t.index(3, 1), t.index(3, -2), t.index(9, 0, 6), t.index(2, -5, -3), t.index(3, -100), t.index(5, 4, 100))
for start in [0, 3, 5, -3, -7]:
    print("start", start, t.index(5, start), t[start:].count(5))
mixed = (1, 1.0, True, "1", (1,), [1], None, 0, False)
print(mixed.count(1), mixed.count(True), mixed.count(0), mixed.count("1"), mixed.count((1,)), mixed.count([1]))
print(mixed.index(True), mixed.index(False), mixed.index(None), mixed.index([1]), mixed.index((1,)), mixed.index(0.0))
nested = ((1, 2), (3,), (1, 2), (), ((1, 2),))
print(nested.count((1, 2)), nested.index(()), nested.index((1, 2), 1), nested.index(((1, 2),)), nested.count(()))
print(().count(1), (None,).count(None), ("a",) * 4, (("a",) * 4).count("a"), ("ab", "a").count("a"))
words = tuple("the cat and the hat and the bat".split())
print(words, len(words))
for w in ["the", "and", "cat", "dog"]:
    print(w, words.count(w))
print(words.index("the"), words.index("the", 1), words.index("the", 4), words.index("bat", -1))
# positions of every occurrence
pos = []
i = -1
n = words.count("the")
for k in range(n):
    i = words.index("the", i + 1)
    pos.append(i)
print(pos)
# tuples used as records
points = ((0, 0), (1, 2), (0, 0), (2, 1), (1, 2), (0, 0))
uniq = []
for p in points:
    if p not in uniq:
        uniq.append(p)
for p in uniq:
    print(p, points.count(p), points.index(p))
print(tuple(sorted(points)), max(points), min(points), points.index(max(points)))
