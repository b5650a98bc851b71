# Subclassing dict: super().__init__, overridden __getitem__/__setitem__, methods, iteration.
class CaseDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = CaseDict({"Apple": 1}, Banana=2)
d["CHERRY"] = 3
print(d, len(d), sorted(d), d["apple"], d["APPLE"], "BANANA" in d, "kiwi" in d)
print(d.get("cherry"), d.get("Cherry"), list(d.keys()), list(d.values()))
print(isinstance(d, dict), type(d).__name__, d == {"apple": 1, "banana": 2, "cherry": 3})
for key in d:
    print("key", key, d[key])
for key, value in sorted(d.items()):
    print(key, "->", value)


class Counter(dict):
    def add(self, item):
        self[item] = self.get(item, 0) + 1

    def most_common(self):
        best = None
        for key in self:
            if best is None or self[key] > self[best]:
                best = key
        return best

    def __repr__(self):
        return "Counter(" + super().__repr__() + ")"


c = Counter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c, c.most_common(), c["the"], len(c))
print(c.pop("cat"), c.setdefault("dog", 0), sorted(c.items()))
c.update({"extra": 9})
print(dict(c) == c, sorted(dict(c)), {**c}["extra"], type(c.copy()).__name__)
del c["extra"]
print("extra" in c, bool(Counter()), bool(c))


class Defaulting(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default

    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        return self.default


dd = Defaulting(-1)
dd["a"] = 5
print(dd["a"], dd["zzz"], dd, dd.default)
