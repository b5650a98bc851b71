# Default reprs of instances, classes, functions and methods, checked without depending on addresses.
class Point:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
class Sub(Point):
    pass
def func():
    return 1
p = Point(1)
q = Sub(2)
text = repr(p)
print(text.startswith("<__main__.Point object at 0x"), text.endswith(">"))
print(repr(q).startswith("<__main__.Sub object at 0x"), str(q) == repr(q))
print(str(p).startswith("<__main__.Point object at 0x"), str(p) == repr(p))
print(repr(p) == repr(p), repr(p) != repr(q))
hexpart = text[len("<__main__.Point object at 0x"):-1]
ok = len(hexpart) > 0
for ch in hexpart:
    if ch not in "0123456789abcdef":
        ok = False
print("hex digits only:", ok)
print(repr(Point), str(Sub), Point)
print(repr(int), repr(str), repr(bool), repr(list), repr(dict), repr(tuple), repr(float))
print([int, Point], (Sub,), {"cls": str})
print(repr(func).startswith("<function func at 0x"))
print(repr(Point.get).startswith("<function Point.get at 0x"))
print(repr(p.get).startswith("<bound method Point.get of <__main__.Point object at 0x"))
print(repr(len), repr(print), repr(abs))
print(repr(None), repr(True), repr(range(2, 5)), repr(range(3)), repr(range(0, 10, 2)))
# Instances inside containers use the same default repr.
items = [p, q]
r = repr(items)
print(r.startswith("[<__main__.Point object at 0x"), r.count("object at 0x"), r.endswith(">]"))
d = repr({"p": p})
print(d.startswith("{'p': <__main__.Point object at 0x"), d.endswith(">}"))
t = repr((q,))
print(t.startswith("(<__main__.Sub object at 0x"), t.endswith(">,)"))
# A class defined inside a function still reports __main__ as its module prefix.
def make():
    class Local:
        pass
    return Local()
loc = repr(make())
print(loc.startswith("<__main__."), "Local object at 0x" in loc)
