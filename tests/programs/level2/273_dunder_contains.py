# Level 2: `in` via __contains__, and the fallback through __iter__ or __getitem__.
class Range:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __contains__(self, x):
        print("  __contains__", x)
        return self.lo <= x < self.hi

r = Range(1, 10)
print(5 in r, 10 in r, 0 not in r)

class Evens:
    def __iter__(self):
        print("  __iter__")
        return iter([0, 2, 4, 6])

print(4 in Evens(), 5 in Evens(), 3 not in Evens())

class Letters:
    def __getitem__(self, i):
        return "abc"[i]

print("b" in Letters(), "z" in Letters())

class Truthy:
    def __contains__(self, x):
        return x
print(1 in Truthy(), 0 in Truthy(), "" in Truthy(), "s" in Truthy())

class Words:
    def __init__(self, text):
        self.words = text.split()
    def __contains__(self, w):
        return w.lower() in [x.lower() for x in self.words]

w = Words("The Quick Brown Fox")
print("quick" in w, "FOX" in w, "dog" in w)

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
