# __str__ and __repr__ used by print, str(), repr(), string concatenation helpers and fallbacks.
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "Both(" + str(self.v) + ") as str"
    def __repr__(self):
        return "Both(" + repr(self.v) + ")"
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "<OnlyRepr " + repr(self.v) + ">"
class OnlyStr:
    def __str__(self):
        return "just str"
b = Both("x")
r = OnlyRepr(3)
s = OnlyStr()
print(b)
print(r)
print(s)
print(str(b), "|", repr(b))
print(str(r), "|", repr(r))
print(str(s), "|", repr(s).startswith("<__main__.OnlyStr object at 0x"), repr(s).endswith(">"))
print(b, r, s, sep=" ; ")
print("concat: " + str(b) + " / " + repr(b))
# Subclasses inherit and may override them.
class Child(Both):
    def __str__(self):
        return "Child of " + Both.__str__(self)
class Grandchild(Child):
    def __repr__(self):
        return "GC" + super().__repr__()
c = Child(1)
g = Grandchild(2.5)
print(c, repr(c))
print(g, repr(g))
print(str(g) == g.__str__(), repr(g) == g.__repr__())
# __str__ and __repr__ can be called directly and can use other objects' reprs.
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __repr__(self):
        return "Pair(" + repr(self.a) + ", " + repr(self.b) + ")"
p = Pair("a", Pair(1, OnlyRepr(None)))
print(p)
print(p.__repr__(), str(p) == repr(p))
q = Pair(b, s)
print(repr(q).startswith("Pair(Both('x'), <__main__.OnlyStr object at 0x"))
# Built-in values keep their usual str/repr.
for v in ["it's", 1.0, None, True, -3]:
    print(str(v), repr(v))
class Temperature:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        if self.c < 0:
            return str(-self.c) + " below zero"
        return str(self.c) + " degrees"
for t in [Temperature(20), Temperature(-5), Temperature(0)]:
    print("Today:", t)
