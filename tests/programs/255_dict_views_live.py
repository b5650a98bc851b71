# dict views: insertion order, len, `in`, and views reflecting later inserts, updates and deletes.
d = {"b": 2, "a": 1, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(list(k), list(v), list(it), len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, ("q", 1) in it)
d["z"] = 26
print(list(k), list(v), list(it), len(k))
d["b"] = 20
print(list(k), list(v), list(it))
d.pop("b")
print(list(k), list(v), len(it), "b" in k, 20 in v)
d["b"] = 200
print(list(k), list(v))
d.clear()
print(list(k), list(v), list(it), len(k), len(v), len(it), "a" in k)
d.update({"x": 1, "y": 2})
print(list(k), list(it))
for key in k:
    print("key", key, d[key])
for value in v:
    print("value", value)
for key, value in it:
    print("item", key, value)
for pair in d.items():
    print("pair", pair, type(pair) is tuple, len(pair))
print(sorted(d.keys()), max(d.values()), sum(d.values()), min(d.items()))
print(list(reversed(list(d.keys()))), tuple(d.values()), list(enumerate(d)))
e = {}
for w in ["pear", "fig", "apple", "fig", "pear", "kiwi"]:
    e[w] = len(w)
print(list(e), list(e.values()))
del e["fig"]
e["fig"] = 3
print(list(e.keys()), list(e.items()))
print(len({}.keys()), list({}.items()), "x" in {}.values())
print(list(dict(zip("abc", range(3))).items()))
ints = {3: "c", 1: "a", 2: "b"}
print(list(ints), list(ints.values()), 1 in ints.keys(), 1.0 in ints.keys(), True in ints)
print(list({1: "x", 1.0: "y", True: "z"}.items()))
m = {"k": [1]}
vals = m.values()
m["k"].append(2)
print(list(vals), [1, 2] in vals)
