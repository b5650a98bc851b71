# Level 2: `in` and `not in` on lists, tuples, strings, dicts, sets, ranges and more.
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in ("a", "b"), ("a",) in [("a",)], [1] in [[1], [2]])
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "H" in "hello")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d, "two" in d.values(), ("k", 1) in d.items())
print(3 in {1, 2, 3}, 3 in frozenset([3]), 0 in set())
r = range(0, 20, 3)
print(9 in r, 10 in r, 18 in r, 21 in r, -3 in range(-9, 0, 3))
print(1 in [1.0], 1.0 in {1}, True in [1], 0 in [False])
print(None in [None], None in [], [] in [[]])
print("a" in "a", "ab" in ["a", "b"], "a" in ["ab"])
nested = [[1, 2], [3, 4]]
print(3 in nested, [3, 4] in nested, any(3 in row for row in nested))
print((1, 2) in {(1, 2): "t"}, "x" in dict(x=1))
print(2 in (x * 2 for x in range(3)), 5 in iter([1, 5]))
print(1 in [1] in [[1]], "a" in "abc" not in "xyz")
words = "the cat sat".split()
print([w for w in ["cat", "dog", "sat"] if w in words])
print(not 1 in [2], not (1 in [1]))
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
