# __call__, __str__ and __repr__ (print, str, repr, containers, % formatting), __index__.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value, extra=0):
        self.calls += 1
        return value * self.factor + extra


double = Multiplier(2)
print(double(5), double(5, extra=1), double(value=3), double.calls, callable(double))
print([double(v) for v in range(4)], sorted([3, 1, 2], key=Multiplier(-1)))


class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "Both()"


class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "ReprOnly(%r)" % (self.v,)


class StrOnly:
    def __str__(self):
        return "just str"


b = Both()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print("%s and %r" % (b, b))
r = ReprOnly("x")
print(r, str(r), [r, ReprOnly(2)])
s = StrOnly()
print(s, str(s), repr(s).startswith("<__main__.StrOnly object at 0x"))
print(str(ReprOnly([1, "a"])), repr(ReprOnly(None)))


class Slot:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


items = ["zero", "one", "two", "three"]
print(items[Slot(1)], items[Slot(-1)], items[Slot(1):Slot(3)], "hello"[Slot(4)])
items[Slot(0)] = "ZERO"
print(items, (10, 20)[Slot(1)])
