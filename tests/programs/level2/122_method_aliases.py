# Class attributes aliasing methods (__rmul__ = __mul__, __radd__ = __add__), shared functions.
class Vec:
    def __init__(self, *coords):
        self.coords = coords

    def __repr__(self):
        return "Vec" + repr(self.coords)

    def __add__(self, other):
        if isinstance(other, int):
            return Vec(*[c + other for c in self.coords])
        return Vec(*[a + b for a, b in zip(self.coords, other.coords)])

    __radd__ = __add__

    def __mul__(self, k):
        return Vec(*[c * k for c in self.coords])

    __rmul__ = __mul__

    def length2(self):
        return sum([c * c for c in self.coords])

    size = length2
    __len__ = lambda self: len(self.coords)


v = Vec(1, 2, 3)
print(v * 2, 2 * v, v + 1, 1 + v, v + Vec(1, 1, 1))
print(v.size(), v.length2(), len(v))
print(Vec.__rmul__ is Vec.__mul__, Vec.size is Vec.length2)


def describe(self):
    return "<%s with %d coords>" % (type(self).__name__, len(self.coords))


Vec.describe = describe
Vec.__str__ = describe
print(v.describe(), str(v), v)


class Vec2(Vec):
    def __mul__(self, k):
        return "Vec2 mul"


w = Vec2(1, 1)
print(w * 3, 3 * w, w.describe())


class Greeter:
    greeting = "hello"

    def greet(self, name):
        return "%s, %s" % (self.greeting, name)

    hi = greet


g = Greeter()
print(g.hi("ann"), Greeter.hi(g, "bob"))
Greeter.greeting = "hey"
print(g.greet("cy"))
g.greeting = "yo"
print(g.hi("di"), Greeter().hi("ed"))
