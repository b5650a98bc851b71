# Tier 2: classes changed inside hot loops: a method replaced and restored, a class attribute
# changed, an attribute added to the class, class attributes bumped every 200 iterations.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


original_bump = Counter.bump


def bump_double(self):
    self.n += 2 * self.step
    return self.n


c = Counter()
for i in range(1000):
    r = c.bump()
    if i == 300:
        Counter.bump = bump_double
        print("replaced at", r)
    if i == 500:
        Counter.step = 5
        print("step changed at", r)
    if i == 650:
        Counter.extra = 42
        print("class attribute added at", r, c.extra)
    if i == 800:
        Counter.bump = original_bump
        print("restored at", r)
print("counter", c.n, c.bump(), Counter.extra)


class Shape:
    sides = 3

    def area(self):
        return self.sides * 10


class Square(Shape):
    sides = 4


shapes = [Shape(), Square(), Shape(), Square()]
areas = 0
for i in range(800):
    areas += shapes[i % 4].area()
    if i % 200 == 199:
        Shape.sides += 1
    if i == 599:
        Shape.area = lambda self: -self.sides
print("class attribute bumped every 200:", areas, Shape.sides, Square.sides)

added = []
for i in range(500):
    s = shapes[i % 2]
    added.append(getattr(s, "label", "-"))
    if i == 200:
        Square.label = "sq"
    if i == 300:
        Shape.label = "sh"
    if i == 400:
        del Square.label
print("labels", added[199:203], added[299:303], added[399:403], added[-2:])
