# Level 2: rich comparisons, NotImplemented fallback to the reflected method or identity.
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __repr__(self):
        return "v%d.%d" % self.key

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key <= other.key

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a == b, a != b, a != c)
print(a < b, b < a, a <= c, b <= a)
print("reflected:", b > a, a > b, b >= a, a >= c)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))
print(max([a, b, c]), min([b, a]))
print(a == "1.2", a != "1.2", a == None)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self.name, other.name))
        return NotImplemented

x, y = Loud("x"), Loud("y")
print(x == y)
print(x == x)
print(x != y)
print(a in [Version(0, 1), Version(1, 2)], x in [y])
