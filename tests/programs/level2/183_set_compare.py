# Set comparisons: subset/superset/disjoint, == with frozenset, < <= > >= as subset tests.
a = {1, 2}
b = {1, 2, 3}
c = {3, 4}
print(a < b, a <= b, b > a, b >= a, a > b, a >= b)
print(a < a, a <= a, a == a, a != a)
print(a < c, a > c, a <= c, a >= c, a == c, a != c)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2, 9]), b.issuperset(range(4)))
print(a.isdisjoint(c), b.isdisjoint(c), a.isdisjoint([5, 6]), a.isdisjoint(set()))
print(set() <= a, set() < a, set() == frozenset(), set().issubset(set()))
print({1, 2} == {2, 1}, {1, 2} == frozenset([2, 1]), frozenset([1]) == {1}, {1} != frozenset({1}))
print({1, 2} == [1, 2], {1} == {1: None}, {1} != (1,))
print({1, 2.0} == {1.0, 2}, {True} == {1}, {0} == {False})
print(frozenset({1}) < {1, 2}, {1, 2} > frozenset({1}), frozenset() <= frozenset({5}))
sets = [{1, 2, 3}, {2}, {1, 3}, {1, 2, 3, 4}, set(), {2, 3}]
for x in sets:
    row = []
    for y in sets:
        if x == y:
            row.append("=")
        elif x < y:
            row.append("<")
        elif x > y:
            row.append(">")
        else:
            row.append(".")
    print(" ".join(row), x)
print(sorted([{3}, {1, 2}, {1}], key=len))
print([x for x in sets if x <= {1, 2, 3}])
print(max(sets, key=len), min(sets, key=len))
