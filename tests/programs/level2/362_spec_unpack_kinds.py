# Level 2: one UNPACK_SEQUENCE site fed tuples, then lists, generators, strs and dicts, with length errors caught at a hot site.
def split2(pair):
    a, b = pair
    return b, a

def split3(triple):
    x, y, z = triple
    return x + y + z

def gen(n):
    yield from range(n, n + 2)

class Items(list):
    def __iter__(self):
        return iter(["it", "er"])

sources = [
    ("tuple", lambda i: (i, -i)),
    ("list", lambda i: [i, str(i)]),
    ("gen", lambda i: gen(i)),
    ("str", lambda i: "xy" if i % 2 else "pq"),
    ("dict", lambda i: {i: 1, "k": 2}),
    ("range", lambda i: range(i, i + 2)),
    ("sublist", lambda i: Items([i, i])),
]
for name, make in sources:
    out = [split2(make(i)) for i in range(70)]
    print(name, out[:2], out[-1])
print([split3(t) for t in [(1, 2, 3), [4, 5, 6], "abc", (7, 8, 9), [0.5, 1, 2]] * 15][-5:])
errors = []
for i in range(100):
    seq = (i, i, i) if i % 30 != 29 else (i, i)
    if i == 50:
        seq = [1, 2, 3, 4]
    if i == 60:
        seq = iter([1])
    try:
        errors.append(split3(seq))
    except ValueError as e:
        errors.append(str(e))
    except TypeError as e:
        errors.append(str(e))
print(errors[28:31], errors[50], errors[59:61], errors[-2:])
try:
    split2(5)
except TypeError as e:
    print("TypeError", e)
for (a, b), c in [((1, 2), 3)] * 3 + [([4, 5], 6)]:
    print(a, b, c, end="; ")
print()
