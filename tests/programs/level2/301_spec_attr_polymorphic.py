# Specialized attribute access at polymorphic sites: two classes at one site, one class with two
# shapes, __slots__ instances, attributes deleted from instances, exceptions and module attributes.
import math


class Circle:
    kind = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    kind = "square"

    def __init__(self, side):
        self.side = side
        self.r = side // 2

    def area(self):
        return self.side * self.side


class Slotted:
    __slots__ = ("r", "tag")

    def __init__(self, r):
        self.r = r

    def area(self):
        return self.r


shapes = []
for i in range(90):
    if i % 3 == 0:
        shapes.append(Circle(i))
    elif i % 3 == 1:
        shapes.append(Square(i))
    else:
        shapes.append(Slotted(i))

for rounds in range(3):
    total = 0
    radii = 0
    kinds = {}
    for s in shapes:
        total += s.area()
        radii += s.r
        if not isinstance(s, Slotted):
            kinds[s.kind] = kinds.get(s.kind, 0) + 1
    print("round", rounds, total, radii, sorted(kinds.items()))

a = Circle(1)
b = Circle(2)
b.extra = "late"
for i in range(100):
    for c in (a, b):
        c.r = c.r + 1
print("two shapes:", a.r, b.r, b.extra)

d = Circle(5)
vals = []
for i in range(160):
    vals.append(d.r)
    if i == 79:
        del d.r
        Circle.r = "class r"
    if i == 119:
        d.r = 7
print(vals[79], vals[80], vals[119], vals[120], len(vals))

s = Slotted(4)
got = []
for i in range(100):
    s.r = i
    if i == 50:
        s.tag = "t"
    got.append(s.r)
print("slots:", got[-1], s.tag, sum(got))

err = ValueError("boom")
for i in range(80):
    err.count = i
    msg = err.args
print("exception attrs:", err.count, msg)

acc = 0.0
for i in range(100):
    acc += math.sqrt(i) + math.pi
    if i == 60:
        math.pi = 3
print("math:", round(acc, 6), math.pi)
