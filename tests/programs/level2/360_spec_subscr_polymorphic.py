# Level 2: one BINARY_SUBSCR / STORE_SUBSCR site seeing lists, then dicts, strs, tuples, subclasses and bool keys (specialize, deopt, respecialize).
class Counted(list):
    def __getitem__(self, i):
        return ("sub", super().__getitem__(i))

class Defaulted(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

def get(c, k):
    return c[k]

def put(c, k, v):
    c[k] = v

def phase(name, make, keys, rounds=80):
    total = []
    for i in range(rounds):
        c = make(i)
        total.append(get(c, keys[i % len(keys)]))
    print(name, total[:3], total[-3:], len(total))

phase("list", lambda i: [i, i + 1, i + 2], [0, -1, 2, True, False, -3])
phase("dict", lambda i: {"a": i, 1: "one", (1, 2): "pair"}, ["a", 1, True, 1.0, (1, 2)])
phase("str", lambda i: "abcdef"[: i % 5 + 2], [0, -1, True])
phase("nonascii", lambda i: "h\u00e9llo\u2603", [1, -1, 5, 0])
phase("tuple", lambda i: (i, "x", None), [0, 1, -1, 2])
phase("sublist", lambda i: Counted([i, -i]), [0, 1, -2])
phase("subdict", lambda i: Defaulted(k=i), ["k", "nope", 7])
phase("range", lambda i: range(i, i + 10), [0, 9, -1])
phase("slice", lambda i: list(range(8)), [slice(1, 3), slice(None, None, -2)])
# Out-of-range and missing keys at a specialized site are caught and reported.
errors = []
for i in range(120):
    c = [1, 2, 3] if i % 40 != 39 else []
    try:
        get(c, -1)
    except IndexError as e:
        errors.append(("IndexError", str(e), i))
for i in range(70):
    try:
        get({"x": 1}, "x" if i < 69 else "y")
        get("abc", 1 if i < 69 else 3)
    except (KeyError, IndexError) as e:
        errors.append((type(e).__name__, str(e), i))
print(errors)
# Stores: list, then dict, then list subclass, with negative and bool indices.
lst = [0] * 5
for i in range(100):
    put(lst, i % 5 - 5 if i % 2 else i % 5, i)
print(lst)
put(lst, True, "t")
d = {}
for i in range(100):
    put(d, i % 7, i)
print(sorted(d.items()))
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 10)
ll = Logged([0, 0])
put(ll, 1, 4)
put(lst, 0, "back")
print(lst, ll)
try:
    put(lst, 9, 0)
except IndexError as e:
    print("IndexError", e)
try:
    put((1, 2), 0, 0)
except TypeError as e:
    print("TypeError", e)
