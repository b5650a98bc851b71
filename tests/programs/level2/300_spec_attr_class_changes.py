# Specialized attribute access survives class changes inside hot loops: class attributes added,
# changed and deleted, a property added over an instance attribute, methods replaced.
class Base:
    scale = 10

    def describe(self):
        return "base"


class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
total = 0
for i in range(300):
    total += p.scale
    if i == 99:
        Point.scale = 100
        print("after setting Point.scale:", total, p.scale)
    if i == 149:
        Base.scale = 1000
        print("Base changed, Point.scale still wins:", total, p.scale)
    if i == 199:
        del Point.scale
        print("Point.scale deleted, Base.scale again:", total, p.scale)
print("class attribute total", total)

seen = []
for i in range(200):
    seen.append(p.x)
    if i == 99:
        Point.x = property(lambda self: "prop")
        print("property added:", p.x, seen[-1])
    if i == 149:
        del Point.x
        print("property removed:", p.x)
print("x values:", seen[0], seen[99], seen[100], seen[149], seen[150], seen[-1])

def norm_max(self):
    return max(abs(self.x), abs(self.y))

results = []
for i in range(200):
    results.append(p.norm1())
    if i == 79:
        Point.norm1 = norm_max
    if i == 139:
        p.norm1 = lambda: -1
    if i == 169:
        del p.norm1
print("method results:", results[0], results[79], results[80], results[139], results[140], results[170])
print("sum", sum(results))

words = []
for i in range(150):
    words.append(p.describe())
    if i == 69:
        Base.describe = lambda self: "patched base"
    if i == 109:
        Point.describe = lambda self: "own"
print(words[0], words[69], words[70], words[109], words[110], len(words))

got = []
for i in range(120):
    p.y = i
    if i == 60:
        Point.y = property(lambda self: "ro", lambda self, v: got.append(v))
print("after store loop:", p.y, p.__dict__["y"], len(got), got[0], got[-1])
