# Sets: displays, set(), len, membership, add/remove/discard, repr order of int sets.
empty = set()
print(empty, len(empty), bool(empty), type(empty))
s = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
print(s, len(s), bool(s))
print(4 in s, 7 in s, 7 not in s, 1.0 in s, True in s)
s.add(7)
s.add(3)
print("after add:", s, len(s))
s.remove(4)
s.discard(100)
s.discard(9)
print("after remove/discard:", s)
big = {100, 8, 64, 16, 1000, 32, -5, 0}
print(big)
print({20, 5, 3, 1, 40}, {40, 1, 3, 5, 20})
a = 20
print({a, 5, 3, 1, 40})
print(set([20, 5, 3, 1, 40]), set((7, 7, 14, 21)))
print(set(range(10)), set(range(0, 100, 9)))
print(set("aaa"), sorted(set("mississippi")))
print(set({10: "a", 2: "b", 33: "c"}))
mixed = {1, 1.0, True, 2.5, -0.0, 0, False}
print(mixed, len(mixed))
print({(1, 2), (3, 4), (1, 2), ()}, {None, 1, 2})
words = ["pear", "fig", "pear", "plum", "fig", "kiwi"]
unique = set(words)
print(len(unique), sorted(unique))
count = 0
for w in words:
    if w in unique:
        count += 1
print("members found:", count)
copy = s.copy()
copy.add(99)
print(s, copy, s == copy, copy is s)
s.clear()
print(s, len(s), s == set())
print(repr({1, 2}), str({3}), repr(set()), [{1}, {2, 3}], {"k": {5, 6}})
