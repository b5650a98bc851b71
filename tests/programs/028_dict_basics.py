# Dicts: creation, lookup, insertion, update, deletion, get, membership, iteration.
ages = {"alice": 31, "bob": 27}
print(ages, len(ages), ages["alice"])
ages["carol"] = 45
ages["bob"] = 28
print(ages)
print("bob" in ages, "dave" in ages, "dave" not in ages)
print(ages.get("alice"), ages.get("dave"), ages.get("dave", -1))
del ages["alice"]
print(ages, len(ages))
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(name, "is", age)
print(list(ages.keys()), list(ages.values()))
removed = ages.pop("carol")
print("removed", removed, ages)
print(ages.pop("zed", "missing"))
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
mixed = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool"}
print(mixed)
print(mixed[1], mixed["1"], mixed[(1, 2)], mixed[None])
ages.update({"erin": 22, "bob": 30})
print(ages)
d = dict()
d["x"] = [1]
d["x"].append(2)
print(d, dict([("a", 1), ("b", 2)]), dict(one=1, two=2))
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
copy = dict(ages)
copy["new"] = 0
print(len(ages), len(copy))
