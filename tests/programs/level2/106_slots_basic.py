# __slots__: instances have no __dict__, only the named attributes, which start unset.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.x = 6
p.y += 4
print(p.x, p.y, p.norm2())
print("has __dict__:", hasattr(p, "__dict__"))
print("slots:", Point.__slots__)
print(hasattr(p, "z"))


class Pair:
    __slots__ = ["first", "second"]


pair = Pair()
print(hasattr(pair, "first"), hasattr(pair, "second"))
pair.first = "a"
print(hasattr(pair, "first"), pair.first, hasattr(pair, "second"))
del pair.first
print(hasattr(pair, "first"))
pair.second = [1, 2]
pair.second.append(3)
print(pair.second)


class Single:
    __slots__ = "value"

    def __init__(self, value):
        self.value = value


print(Single(5).value, Single.__slots__)


class Flexible:
    __slots__ = ("a", "__dict__")


f = Flexible()
f.a = 1
f.b = 2
print(f.a, f.b, f.__dict__)

points = []
for i in range(5):
    points.append(Point(i, i * i))
total = 0
for q in points:
    total += q.norm2()
print("total", total)
print(getattr(points[2], "y"), getattr(points[2], "z", "missing"))
setattr(points[2], "y", 40)
print(points[2].y)
