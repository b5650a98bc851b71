# dict.pop with a default, popitem (last in, first out), setdefault with and without a default.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d, d.pop("zz", "dflt"), d.pop("zz", None), d.pop("a", 0), d)
print(d.popitem(), d, d.popitem(), d)
d["e"] = 5
d["f"] = 6
d["g"] = 7
print(d.popitem(), d.popitem(), d.popitem(), d, len(d))
e = {}
for i in range(5):
    e[i] = i * i
e[2] = "two"
order = []
while e:
    order.append(e.popitem())
print(order)
f = {"x": 1}
print(f.setdefault("x", 100), f.setdefault("y", 2), f.setdefault("z"), f)
print(f.setdefault("z", 5), f)
f["x"] = 10
print(f.setdefault("x"), f)
# setdefault for grouping
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
for letter, items in groups.items():
    print(letter, len(items), items)
# counts with pop and setdefault
counts = {}
for ch in "mississippi":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
print(counts.pop("s"), counts.pop("s", -1), counts)
print(counts.pop("i", 0) + counts.pop("p", 0), counts)
# popitem after deleting from the end and re-inserting
g = {"one": 1, "two": 2, "three": 3}
del g["three"]
g["four"] = 4
g["two"] = 22
print(g.popitem(), g.popitem(), g)
h = {1: "a", 2: "b"}
h.pop(1)
h[1] = "again"
print(h.popitem(), h)
# pop keys that are equal across types
nums = {1: "int", 2.5: "float", (1, 2): "tuple"}
print(nums.pop(1.0), nums.pop(True, "gone"), nums.pop((1, 2)), nums)
lookup = {"k": None}
print(lookup.pop("k", "default"), lookup, lookup.setdefault("k", None), lookup)
