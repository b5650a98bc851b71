# Zero-argument super() through a chain of classes: __init__, ordinary methods and class attributes.
class Base:
    tag = "base"
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
        self.log = ["Base"]
    def value(self):
        return self.x
    def label(self):
        return "B"
    def info(self):
        return self.tag
class Middle(Base):
    tag = "middle"
    def __init__(self, x, y):
        print("Middle.__init__", x, y)
        super().__init__(x)
        self.y = y
        self.log.append("Middle")
    def value(self):
        return super().value() + self.y
    def label(self):
        return "M(" + super().label() + ")"
class Top(Middle):
    def __init__(self, x, y, z):
        print("Top.__init__", x, y, z)
        super().__init__(x, y)
        self.z = z
        self.log.append("Top")
    def value(self):
        return super().value() * self.z
    def label(self):
        return "T(" + super().label() + ")"
    def info(self):
        return "top over " + super().info()
class Leaf(Top):
    def label(self):
        return "L(" + super().label() + ")"
    def helper(self, n):
        total = 0
        for i in range(n):
            total += super().value()
        return total
b = Base(1)
m = Middle(2, 3)
t = Top(2, 3, 4)
leaf = Leaf(1, 1, 10)
print(b.value(), m.value(), t.value(), leaf.value())
print(b.label(), m.label(), t.label(), leaf.label())
print(b.log, m.log, t.log, leaf.log)
print(b.info(), m.info(), t.info(), leaf.info())
print(leaf.helper(3), leaf.x, leaf.y, leaf.z)
# A subclass without __init__ inherits the nearest one.
class Plain(Middle):
    pass
p = Plain(5, 6)
print(p.value(), p.label(), p.log, p.info())
# super() inside a method that is called through a subclass instance still starts after the defining class.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(B):
    def who(self):
        return ["C"] + super().who()
class D(C):
    pass
print(A().who(), B().who(), C().who(), D().who())
