# Level 2: dict views compared like sets, `in` on views, dict.fromkeys, reversed(), zip(strict=), time.sleep, iterator type names.
import time

d = {"a": 1, "b": 2, "c": 3}
print(d.keys() == {"c": 0, "b": 0, "a": 0}.keys(), d.keys() != {"a": 1}.keys())
print(d.items() == {"c": 3, "a": 1, "b": 2}.items(), d.items() == {"a": 1, "b": 2, "c": 4}.items())
print(d.keys() < {"a": 0, "b": 0, "c": 0, "z": 0}.keys(), d.keys() >= {"b": 9}.keys(), d.keys() > d.keys())
print(d.values() == d.values(), d.keys() == ["a", "b", "c"], d.keys() == d.items())
print("b" in d.keys(), "z" in d.keys(), ("b", 2) in d.items(), ("b", 3) in d.items(), ["b", 2] in d.items())
print(3 in d.values(), 4 in d.values())

print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), "x"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)

class Loud(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value * 2)

made = Loud.fromkeys("xy", 5)
print(type(made).__name__, made)

print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.items())).__name__)

class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return i * i

print(list(reversed(Seq())), type(reversed(Seq())).__name__)
for value in [5, iter([1]), None]:
    try:
        reversed(value)
    except TypeError as e:
        print("TypeError:", e)
try:
    reversed([], key=1)
except TypeError as e:
    print("TypeError:", e)

print(type(iter("ab")).__name__, type(iter("\u00e9t\u00e9")).__name__)
print(type(reversed("ab")).__name__, type(reversed([1])).__name__, type(reversed((1,))).__name__)

print(list(zip("ab", [1, 2], strict=True)))
for pair in [("abc", [1, 2]), ("a", [1, 2]), ("ab", "ab", "a")]:
    try:
        print(list(zip(*pair, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], fill=0)
except TypeError as e:
    print("TypeError:", e)

start = time.monotonic()
print(time.sleep(0.01), time.monotonic() - start >= 0.005)
for bad in [-1, "1"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
