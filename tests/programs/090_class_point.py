# A simple class with __init__, methods and attributes; augmented assignment on attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = Point(4, 6)
print(p.x, p.y, q.as_tuple(), p.dist2(q), q.dist2(p))
r = p.moved(10, 10)
print(p.as_tuple(), r.as_tuple())
p.move(-1, -2)
print(p.as_tuple())
p.x *= 5
p.y -= 3
print(p.as_tuple())
points = []
for i in range(5):
    points.append(Point(i, i * i - 4))
for pt in points:
    print(pt.as_tuple(), pt.dist2(Point(0, 0)))
origin = Point(0, 0)
far = points[0]
for pt in points:
    if pt.dist2(origin) > far.dist2(origin):
        far = pt
print("farthest", far.as_tuple())
p.label = "named"
print(p.label, isinstance(p, Point), isinstance(3, Point))
