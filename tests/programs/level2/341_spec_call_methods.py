# Specialized method calls: a method replaced on the class mid-loop, instance attributes shadowing methods, bound method objects, subclasses at one site.
class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def grow(self, by):
        self.size += by
        return self.size


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


def double_area(self):
    return 2 * self.size * self.size


s = Shape(2)
c = Circle(2)
total = 0
for i in range(140):
    if i == 70:
        Shape.area = double_area
        print("replaced at", i, s.area(), c.area())
    total += s.area()
print("total", total)
mixed = 0
for i in range(120):
    shape = s if i % 3 else c
    mixed += shape.area()
print("mixed", mixed)
bound = s.grow
for i in range(100):
    last = bound(1)
print("bound grow", last, s.size)
for i in range(100):
    if i == 60:
        s.grow = lambda by: -by
    last = s.grow(2)
print("shadowed", last, s.size)
del s.grow
print("unshadowed", s.grow(1))
m = c.area
results = []
for i in range(80):
    if i == 40:
        m = Shape(5).grow
    results.append(m(1) if i >= 40 else m())
print("bound switch", results[0], results[39], results[40], results[79])


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x, y=1):
        self.items.append(x * y)
        return len(self.items)


a = Acc()
for i in range(100):
    a.add(i)
    a.add(i, 2)
print("acc", len(a.items), sum(a.items), a.items[:4])
