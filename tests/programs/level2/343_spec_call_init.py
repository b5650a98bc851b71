# Specialized class calls: __init__ replaced on the class and on a base mid-loop, removed, returning a value, using super(), and classes with default arguments.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def init3(self, x, y):
    self.x = x * 3
    self.y = y * 3


pts = []
for i in range(150):
    if i == 70:
        Point.__init__ = init3
        print("replaced at", i)
    pts.append(Point(i, 1))
print(pts[69].x, pts[70].x, pts[149].x, pts[149].y)


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


class Grand(Child):
    def __init__(self, v):
        super().__init__(v + 1000)


made = []
for i in range(120):
    if i == 60:
        Base.__init__ = lambda self, v: setattr(self, "v", -v)
    made.append(Child(i).v + Grand(i).v)
print("inherited", made[0], made[59], made[60], made[119])
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("plain", type(Point()).__name__)


class Bad:
    def __init__(self, n):
        self.n = n
        if n > 80:
            return n


ok = 0
for i in range(90):
    try:
        Bad(i)
        ok += 1
    except TypeError as e:
        if i == 81:
            print("TypeError:", e)
print("ok", ok)


class Opt:
    def __init__(self, a, b=5):
        self.s = a + b


print(sum(Opt(i).s for i in range(70)), sum(Opt(i, 1).s for i in range(70)))
for i in range(70):
    try:
        Opt()
    except TypeError as e:
        if i == 69:
            print("TypeError:", e)
