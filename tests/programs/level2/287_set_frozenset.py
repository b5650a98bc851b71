# Level 2: frozenset: immutable, hashable, usable as dict keys and set elements.
f = frozenset([3, 1, 2, 3])
print(f, len(f), type(f).__name__, 2 in f)
print(frozenset(), frozenset(range(4)))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4})
print(hash(f) == hash(frozenset([1, 2, 3])))
groups = {frozenset([1, 2]): "pair", frozenset([3]): "single"}
print(groups[frozenset([2, 1])], groups.get(frozenset([1])))
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset([2]) in nested)
try:
    f.add(9)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([8]), f.issubset({1, 2, 3, 9}), f.copy() == f)
print(sorted(f), sum(f), max(f))
s = set(f)
s.add(10)
print(s, f)
print(repr(frozenset([5])), str(frozenset()))
print(frozenset([1, 2]) == frozenset([2, 1]), frozenset() == set())
