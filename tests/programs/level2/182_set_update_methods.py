# In-place set operations: update methods, |= &= -= ^=, aliasing, dict and range arguments.
s = {1, 2, 3}
alias = s
s.update([4, 5], (6,), range(7, 10))
print(s, alias is s)
s.update({100: "x", 64: "y"})
print(s)
s.intersection_update(range(0, 120, 2))
print(s)
s.difference_update([2, 4], {100})
print(s)
s.symmetric_difference_update({6, 7, 8, 9})
print(s)
s.symmetric_difference_update({5: 0, 6: 0})
print(s)
t = {10, 20, 30}
t |= {40, 50}
print(t)
t &= {10, 30, 50, 70}
print(t)
t -= {30}
print(t)
t ^= {50, 60, 70}
print(t)
u = t
u |= {1}
print(t, u is t)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
f -= {1}
print(f, type(f).__name__)
acc = set()
for i in range(12):
    acc |= {i * i % 17}
    if i % 4 == 3:
        print(i, acc)
seen = set()
dups = []
for x in [3, 8, 3, 1, 8, 8, 5, 1]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
s = set(range(20))
s.difference_update(range(0, 20, 3), range(0, 20, 5))
print(s, len(s))
s.intersection_update({1, 2, 4, 7, 8, 11, 50}, range(5, 15))
print(s)
s.update()
s.difference_update()
print(s)
