# Rich comparisons: __eq__/__ne__/__lt__..., NotImplemented, reflected fallbacks, sorting.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __repr__(self):
        return "V" + self.text

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other

a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a == b, a != b)
print(a < b, a <= b, a > b, a >= b, b > a, b >= b)
print(a == "1.2", a != "1.2", "1.2" == a)
versions = [Version("2.0"), b, a, Version("0.9"), Version("1.2.1")]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(max(versions), min(versions))
print(a in versions, Version("9.9") in versions, versions.index(c))
print(1 < 2 < 3, a < b < Version("3"))

class OnlyLess:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  OnlyLess.__lt__", self.n, other.n)
        return self.n < other.n

x, y = OnlyLess(1), OnlyLess(2)
print(x < y)
print(y > x)

class Always:
    def __eq__(self, other):
        return True

class Never:
    def __eq__(self, other):
        return False

print(Always() == 5, 5 == Always(), Always() != 5, Never() == Never(), Never() != Never())
n = Never()
print(n == n, n is n, [n].count(n), n in [n])

class Plain:
    pass

p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)

class Base:
    def __eq__(self, other):
        return "Base.__eq__"

class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"

print(Base() == Derived(), Derived() == Base(), Base() == Base())
