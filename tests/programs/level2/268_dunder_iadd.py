# Level 2: in-place operators: __iadd__ mutating in place versus falling back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return "Bag(%r)" % self.items

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self

class Frozen:
    def __init__(self, items):
        self.items = tuple(items)

    def __repr__(self):
        return "Frozen(%r)" % (self.items,)

    def __add__(self, other):
        print("  Frozen.__add__")
        return Frozen(self.items + other.items)

b = Bag([1])
alias = b
b += Bag([2, 3])
print(b, alias, b is alias)
b = b + Bag([4])
print(b, alias, b is alias)

f = Frozen([1])
falias = f
f += Frozen([2])
print(f, falias, f is falias)

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self

c = Counter()
c += 5
c *= 3
c -= 1
print(c.n)

class Broken:
    def __iadd__(self, other):
        return None

x = Broken()
x += 1
print("iadd returned", x)

lst = [1]
same = lst
lst += [2]
print(lst, same, lst is same)
tup = (1,)
old = tup
tup += (2,)
print(tup, old, tup is old)
