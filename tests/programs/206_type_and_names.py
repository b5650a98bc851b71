# type(x), type(x) is C, type(x).__name__, and __name__ of classes, functions, methods and builtins.
class Shape:
    def area(self):
        return 0
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
def helper(x):
    return x
s = Shape()
c = Circle(2)
print(type(s) is Shape, type(c) is Circle, type(c) is Shape, type(c) == Circle, type(c) != Shape)
print(type(s).__name__, type(c).__name__, Shape.__name__, Circle.__name__)
print(helper.__name__, Shape.area.__name__, c.area.__name__, Circle.__init__.__name__)
print(len.__name__, print.__name__, sorted.__name__, isinstance.__name__)
values = [1, -2.5, "text", True, None, [1], (1, 2), {"k": 1}, range(3), c, helper, Circle, len]
for v in values:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(1.0) is float, type("") is str)
print(type([]) is list, type(()) is tuple, type({}) is dict, type(None).__name__)
print(type(3) == type(4), type(3) == type(3.0), type("a") == type("b"))
print(int.__name__, float.__name__, str.__name__, bool.__name__, list.__name__, dict.__name__, tuple.__name__)
print(type(int).__name__, type(Circle).__name__, type(int) is type, type(Circle) is type)
# type(x) is callable like the class itself.
c2 = type(c)(5)
print(c2.area(), type(c2).__name__)
n = type(7)("42")
print(n + 1, type(n).__name__)
e = type([1, 2])()
e.append("new")
print(e, type(e) is list)
def make_like(x, arg):
    return type(x)(arg)
print(make_like(1, "12"), make_like(1.5, "2.25"), make_like("", 99), make_like((), [1, 2]))
# Dispatch on the type name.
def describe(v):
    name = type(v).__name__
    if name == "int":
        return "int " + str(v)
    if name == "Circle":
        return "circle r=" + str(v.r)
    return "other " + name
for v in [3, Circle(7), "x", 2.0]:
    print(describe(v))
print(type(c).area(c), type(c).__name__ == "Circle")
