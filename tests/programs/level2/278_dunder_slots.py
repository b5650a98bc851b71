# Level 2: __slots__: fixed attributes, no instance __dict__, AttributeError otherwise.
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

    def __repr__(self):
        return "Pixel(%d, %d, %s)" % (self.x, self.y, self.color)

p = Pixel(1, 2)
print(p)
p.color = "red"
p.x += 10
print(p, p.x, p.color)
print(hasattr(p, "__dict__"), Pixel.__slots__)
try:
    p.brightness = 5
except AttributeError as e:
    print("AttributeError:", e)

class Partial:
    __slots__ = ["a", "b"]

q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError:", e)
q.b = 2
print(q.a, q.b)
del q.a
try:
    q.a
except AttributeError as e:
    print("after del:", e)

class Sub(Pixel):
    pass

s = Sub(0, 0)
s.extra = "subclass without slots has a dict"
print(s.extra, hasattr(s, "__dict__"))

class Sub2(Pixel):
    __slots__ = ("z",)

t = Sub2(1, 1)
t.z = 3
print(t.z, t.x)
try:
    t.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "x"), getattr(p, "nope", "default"))
