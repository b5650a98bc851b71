# Level 2: star-unpacking in assignments: first, *rest = ...
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
a, *middle, z = "abcdef"
print(a, middle, z)
head, *tail = [9]
print(head, tail, type(tail).__name__)
x, *y, w = range(2)
print(x, y, w)
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
for key, *values in [("a", 1, 2), ("b",), ("c", 3)]:
    print(key, values)
a, b, *c = 1, 2
print(a, b, c)
[m, *n] = "hi"
print(m, n)
numbers = [5, 3, 8, 1]
smallest, *_ = sorted(numbers)
*_, largest = sorted(numbers)
print(smallest, largest)
combined = [*numbers, *"ab", *range(2)]
print(combined)
t = (*numbers[:2], 0)
print(t)
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
try:
    one, two, *more = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    r, s = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
