# dict.update from a dict, from pairs, from keywords and both; copy (shallow) and clear; get.
d = {"a": 1, "b": 2}
r = d.update({"b": 20, "c": 3})
print(r, d)
d.update([("d", 4), ("a", 10)])
print(d)
d.update((("e", 5),))
d.update(f=6, a=100)
print(d)
d.update({"g": 7}, h=8, g=70)
print(d)
d.update([["i", 9]], j=10)
d.update(["kl", "mn"])
d.update()
d.update({})
d.update([])
print(d, len(d))
d.update(zip("xy", [1, 2]))
d.update(enumerate(["zero", "one"]))
print(d)
e = {}
e.update(d)
print(e == d, e is d, list(e) == list(d))
# update keeps the position of existing keys
order = {"first": 1, "second": 2, "third": 3}
order.update({"second": 22, "fourth": 4, "first": 11})
print(list(order.items()))
# copy is shallow
orig = {"nums": [1, 2], "name": "x"}
c = orig.copy()
c["name"] = "y"
c["nums"].append(3)
print(orig, c, c["nums"] is orig["nums"])
alias = orig
orig.clear()
print(orig, alias, c, len(alias))
c.clear()
c.clear()
print(c, c.copy(), {}.copy() == {})
# get with and without default
cfg = {"host": "localhost", "port": 8080, "debug": False, "none": None}
for key in ["host", "port", "debug", "none", "missing"]:
    print(key, cfg.get(key), cfg.get(key, "default"), key in cfg)
print(cfg.get(1), cfg.get((1, 2), []), {1: "one"}.get(1.0), {1: "one"}.get(True, "no"))
# merge several dicts, later ones win
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
extra = {"qty": 3, "gift": True}
merged = defaults.copy()
for src in [user, extra]:
    merged.update(src)
print(merged, defaults)
# dict() constructor variants compared to update
print(dict(a=1, b=2) == dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", "xy")))
