# frozenset: construction, immutability-preserving operators, hashing, dict keys, sets of sets.
f = frozenset([5, 3, 1, 3])
print(f, len(f), 3 in f, type(f).__name__, frozenset(), frozenset(f) is f)
print(frozenset(range(5)), frozenset("aa"), frozenset({9: 1, 8: 2}))
g = frozenset({1, 2, 3})
print(f | g, f & g, f - g, f ^ g)
print(f.union([10]), f.intersection([1, 5, 7]), f.difference({5}), f.symmetric_difference({1, 2}))
print(type(f | {1}).__name__, type({1} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(f) == hash(frozenset([1, 3, 5])), hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset([(1, 2)])))
print(hash(frozenset(range(100))), hash(frozenset([0.5, -1, True])))
by_set = {}
for group in [[1, 2], [2, 1], [3], [2, 1, 2], [3, 3], []]:
    key = frozenset(group)
    by_set[key] = by_set.get(key, 0) + 1
for key in by_set:
    print(sorted(key), by_set[key])
print(by_set[frozenset({1, 2})], frozenset([3]) in by_set, {3} in {frozenset({3})})
family = {frozenset(), frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset({2, 1})}
print(len(family), family)
print({frozenset({1, 2}): "a"}, {frozenset({1}), frozenset({2, 3})} - {frozenset({1})})
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(nested, frozenset([1]) in nested, len(nested))
s = {frozenset({1, 2}), 7}
s.discard({1, 2})
print(s)
s.remove(7)
print(s, {1} == frozenset({1}), frozenset({1}) in {frozenset([1])})
powerset = [frozenset()]
for item in [1, 2, 3]:
    powerset = powerset + [sub | {item} for sub in powerset]
print(len(powerset), sorted([len(p) for p in powerset]))
print(set(powerset) == {frozenset(p) for p in powerset})
