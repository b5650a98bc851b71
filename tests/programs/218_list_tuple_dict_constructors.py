# list(), tuple() and dict() from every iterable; dict from pairs, from keywords, from both, and copies.
print(list("abc"), list((1, 2)), list(range(3)), list({"x": 1, "y": 2}), list([]), list(iter([5, 6])))
print(tuple("ab"), tuple([1, [2]]), tuple(range(2, 5)), tuple({"k": 0}), tuple(()), tuple(reversed("xyz")))
print(list({"a": 1}.items()), list({"a": 1, "b": 2}.values()), tuple({"a": 1}.keys()))
print(list(enumerate("ab")), list(zip("ab", [1, 2])), tuple(zip()))
print(dict([("a", 1), ("b", 2)]), dict((("x", 0),)), dict([["k", "v"], ("t", 9)]), dict(["ab", "cd"]))
print(dict(a=1, b="two"), dict(), dict([]), dict(zip(["p", "q"], [10, 20])), dict(enumerate("xy")))
print(dict([("a", 1), ("b", 2)], c=3), dict({"a": 1}, a=2, b=3), dict([("a", 1), ("a", 5)]))
print(dict({1: "one", 2: "two"}), dict(list({"z": 26}.items())), dict(one=1, two=2, three=3))
# Copies are independent (shallow).
inner = [1, 2]
outer = [inner, 3]
copy = list(outer)
copy.append(4)
copy[0].append(99)
print(outer, copy, copy is outer, copy[0] is inner)
base = {"a": [1], "b": 2}
clone = dict(base)
clone["c"] = 3
clone["a"].append(2)
print(base, clone, clone == base, clone is base)
t = tuple(outer)
print(t, list(t) == outer, tuple(t) == t)
# Building dicts from data.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
people = dict(zip(names, ages))
print(people, people["bob"])
inverse = dict(zip(people.values(), people.keys()))
print(inverse)
letters = dict()
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters, dict(sorted(letters.items())))
grid = [list(range(3)), list(range(3, 6))]
print(grid, list(reversed(grid)), tuple(grid[1]))
print(list(tuple(list("abc"))), dict(list(dict(a=1).items())), list(dict(x=1, y=2)))
