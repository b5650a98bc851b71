# Tuples: immutable sequences, indexing, slicing, concatenation, comparison, nesting.
t = (4, 8, 15, 16, 23, 42)
print(t, len(t), t[0], t[-1], t[1:4], t[::-2])
print(t + (1, 2), (0,) * 3, () + (), (1,), (), tuple())
print(15 in t, 99 in t, t.index(23), t.count(8))
point = (3, 4)
x, y = point
print("distance squared", x * x + y * y)
points = [(1, 2), (0, 5), (1, -1), (-3, 2), (0, 0)]
print(sorted(points))
print(min(points), max(points))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested))
as_list = list(t)
as_list.append(99)
print(as_list, tuple(as_list), t)
print(tuple("abc"), tuple(range(4)), tuple([None, True]))
def stats(values):
    total = 0
    for v in values:
        total += v
    return len(values), total, total / len(values)
count, total, mean = stats(t)
print(count, total, mean)
empty = ()
print(len(empty), bool(empty), bool((0,)))
key = (2, "b")
d = {(1, "a"): "first", key: "second"}
print(d[(2, "b")], d[1, "a"])
print(repr((1,)), str((1, "x", 2.5, None)))
