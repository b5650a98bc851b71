# Level 2: set literals, construction, add/remove/discard, len, membership (int elements).
s = {3, 1, 2}
print(s, len(s), type(s).__name__)
s.add(5)
s.add(1)
print(s, len(s))
s.remove(2)
s.discard(2)
s.discard(99)
print(s)
print(3 in s, 4 in s, 4 not in s)
empty = set()
print(empty, len(empty), bool(empty), bool(s))
print(set([5, 5, 4, 4, 3]), set(range(6)), set((1, 1, 2)))
print(sorted({9, 7, 8}), sorted({9, 7, 8}, reverse=True))
dup = [4, 2, 4, 1, 2, 4]
print(len(set(dup)), sorted(set(dup)))
t = s.copy()
t.add(100)
print(s, t, s == t)
s.update([10, 11], (12,), range(2))
print(s)
print(sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
c = {1, 2}
c.clear()
print(c)
try:
    {1}.remove(7)
except KeyError as e:
    print("KeyError:", e)
total = 0
for x in {10, 20, 30}:
    total += x
print(total)
print({1, 2} == {2, 1}, {1, 2} != {1, 3}, {True, 1, 1.0})
print(repr(set()), str({4}))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({x % 4 for x in range(10)})
