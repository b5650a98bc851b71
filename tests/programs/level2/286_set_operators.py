# Level 2: set algebra with operators and methods; subset and superset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a >= {1}, a > a, {1, 9} <= a)
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = {1, 2, 3}
c |= {4}
print(c)
c &= {2, 3, 4, 5}
print(c)
c -= {3}
print(c)
c ^= {4, 10}
print(c)
d = {1, 2, 3, 4, 5}
d.difference_update({1, 2})
print(d)
d.intersection_update({3, 4, 9})
print(d)
d.symmetric_difference_update({4, 7})
print(d)
print(a | b | {0}, (a & b) | {9})
print(len(a ^ b), sorted(a - b - {1}))
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
