# Set iteration order follows CPython's table: collisions, resizes, floats, bools, tuples, None.
print({0, 8, 16, 24, 32, 40, 48, 56})
print({7, 15, 23, 31, 6, 14})
print({1024, 2048, 4096, 8192, 1, 2, 3})
print({-1, -2, -8, -9, 7, 8})
print({2 ** 40, 2 ** 50, 2 ** 61, 2 ** 62, 5})
print({0.5, 1.5, 2.25, 1e20, -3.75, 100.0, 7.0})
print({True, False, 2, 3}, {False, True}, {1.0, 1, True})
print({(1, 2), (2, 1), (0,), (3, 4, 5), ()})
print({(0.5, True), (1, 1.0), (2, None)} == {(2, None), (0.5, 1), (True, 1)})
print({None, 0, 1, 2, 3, 4, 5, 6, 7}, {None})
s = set()
for i in range(40):
    s.add(i * 13 % 97)
    if i in (4, 5, 18, 19, 39):
        print(i, s)
t = set()
for i in range(30):
    t.add(i * 64)
print(t)
for i in range(0, 30, 3):
    t.remove(i * 64)
print(t)
for i in range(5):
    t.add(i * 64 + 1)
print(t)
u = set(range(100, 0, -7))
print(u)
u -= set(range(0, 100, 2))
print(u)
v = {x * 1000003 for x in range(12)}
print(v)
w = set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1])
print(w, set(sorted(w)), set(reversed(sorted(w))))
big = set(range(0, 3000, 37))
print(len(big), list(big)[:12], list(big)[-6:])
keys = {10: "a", 3: "b", 77: "c", 18: "d", 40: "e", 5: "f"}
print(set(keys), set(keys.keys()), set(keys.values()) == {"a", "b", "c", "d", "e", "f"})
print({20, 5, 3, 1, 40, 72, 64, 96}, set([20, 5, 3, 1, 40, 72, 64, 96]))
