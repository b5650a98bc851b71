# list and dict subclasses override special methods and call list.__x__ / dict.__x__ / super().
class Scaled(list):
    def __getitem__(self, i):
        print("  get", i)
        return list.__getitem__(self, i) * 10
    def __setitem__(self, i, v):
        print("  set", i, v)
        list.__setitem__(self, i, v + 1)
    def __delitem__(self, i):
        print("  del", i)
        list.__delitem__(self, i)
    def __len__(self):
        return list.__len__(self) + 100
    def __contains__(self, x):
        return x == "any" or list.__contains__(self, x)
    def __iter__(self):
        return iter([x * 2 for x in list.__iter__(self)])
    def __repr__(self):
        return "Scaled" + list.__repr__(self)

s = Scaled([1, 2, 3, 4])
print(s[1], s[-1], s[1:3])
s[0] = 5
del s[2]
print(len(s), list.__len__(s), 2 in s, "any" in s, 3 in s)
print(list(s), [x for x in s], repr(s), str(s))
print(list.__getitem__(s, 0), list.__getitem__(s, slice(0, 2)), list.__repr__(s))

class Deeper(Scaled):
    def __getitem__(self, i):
        return ("deep", super().__getitem__(i))
    def append(self, x):
        list.append(self, x * 2)
e = Deeper([7, 8])
e.append(9)
print(e[0], list.pop(e), list.index(e, 8), list.copy(e), e)

class Tracked(dict):
    def __getitem__(self, k):
        print("  get", k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("  set", k, v)
        dict.__setitem__(self, k, [v])
    def __delitem__(self, k):
        print("  del", k)
        dict.__delitem__(self, k)
    def __len__(self):
        return dict.__len__(self) * 2
    def __contains__(self, k):
        return dict.__contains__(self, k) or k == "all"
    def __missing__(self, k):
        return "missing " + k

d = Tracked(a=1)
d["b"] = 2
print(d["a"], d["b"], d["zz"])
print(dict.__getitem__(d, "b"), dict.__getitem__(d, "nope"))
del d["a"]
print(len(d), dict.__len__(d), "b" in d, "all" in d, "a" in d)
print(sorted(dict.__iter__(d)), dict.__repr__(d), repr(d))

class Plain(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def get(self, k, default=None):
        return ("got", dict.get(self, k.lower(), default))
p = Plain(x=1)
dict.update(p, y=2)
print(p["X"], p.get("Y"), dict.get(p, "Y"), dict.__contains__(p, "x"), sorted(dict.keys(p)))
try:
    dict.__getitem__(p, "z")
except KeyError as e:
    print("KeyError", e)
try:
    list.__getitem__(p, 0)
except TypeError as e:
    print("TypeError", e)
