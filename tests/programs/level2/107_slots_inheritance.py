# __slots__ with inheritance: slotted subclasses add slots; a subclass without them has a dict.
class Base:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Child(Base):
    __slots__ = ("b",)

    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class Loose(Base):
    def __init__(self, a):
        super().__init__(a)
        self.extra = "free"


c = Child(1, 2)
print(c.a, c.b, hasattr(c, "__dict__"))
c.a, c.b = 10, 20
print(c.a, c.b)

loose = Loose(5)
loose.more = [1]
print(loose.a, loose.extra, loose.more)
print(sorted(loose.__dict__))


class Plain:
    pass


class SlottedFromPlain(Plain):
    __slots__ = ("x",)


s = SlottedFromPlain()
s.x = 1
s.anything = 2
print(s.x, s.anything, sorted(s.__dict__))


class Grand(Child):
    __slots__ = ()

    def total(self):
        return self.a + self.b


g = Grand(3, 4)
print(g.total(), isinstance(g, Base), isinstance(g, Child))
print(hasattr(g, "__dict__"))
print(Grand.__slots__, Child.__slots__, Base.__slots__)
g.b = 40
print(g.total())
