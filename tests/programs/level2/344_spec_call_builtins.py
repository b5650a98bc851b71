# Specialized builtin calls: len, isinstance, abs, min, max, int, float, list.append and other builtins, shadowed and restored mid-loop.
class Sized:
    def __len__(self):
        return 7


class Num:
    def __abs__(self):
        return "abs!"


things = [[1, 2], "héllo", (1,), {"a": 1}, range(4), Sized(), {1, 2, 3}]
n = 0
for i in range(140):
    if i == 60:
        def len(x):
            return 100
    if i == 100:
        del len
    n += len(things[i % 7])
print("len total", n)
hits = 0
for i in range(100):
    x = things[i % 7]
    hits += isinstance(x, list) + isinstance(x, (str, tuple)) + isinstance(i, int)
print("isinstance", hits, isinstance(True, int), isinstance(Sized(), object))
vals = []
for v in [-3, 4, -2.5, True, False, -0.0, -9223372036854775807, Num()] * 10:
    vals.append(abs(v))
print("abs", vals[:8])
print(abs(-9223372036854775807 - 1 + 1))
mins = []
for i in range(80):
    a, b = [(1, 2), (2, 1), (1.5, -2.5), (3, 3.0), (3.0, 3), (float("nan"), 1.0), ("b", "a"), (-0.0, 0.0)][i % 8]
    mins.append((min(a, b), max(a, b)))
print("minmax", mins[:8])
print(max(1, 2, 3), min([4, 5]), max("abc"), min(3, 1, key=lambda v: -v))
conv = []
for v in [2.7, -2.7, 5, 1e18, True, "42", -0.5] * 12:
    conv.append((int(v), float(v) if not isinstance(v, str) else 0.0))
print("conv", conv[:7])
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
out = []
for i in range(100):
    out.append(i)
    if i == 50:
        out = []
print("append", len(out), out[:3])
words = []
for i in range(90):
    words.append(str(i % 10))
    s = "-".join(words[-3:])
print("join", s, words.pop(), sorted(words[:5]), divmod(17, 5), round(2.567, 2))
