# Level 2: __hash__ with __eq__ for dict keys; classes defining only __eq__ are unhashable.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

seen = {}
for p in [Point(1, 2), Point(3, 4), Point(1, 2), Point(3, 4), Point(0, 0)]:
    seen[p] = seen.get(p, 0) + 1
print(seen)
print(Point(1, 2) in seen, Point(9, 9) in seen)
print(hash(Point(1, 2)) == hash(Point(1, 2)))

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(1): "x"}
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) in [OnlyEq(2), OnlyEq(1)])

class Plain:
    pass

p1, p2 = Plain(), Plain()
d = {p1: "first", p2: "second"}
print(d[p1], d[p2], p1 == p2, hash(p1) == hash(p1))

class ConstHash:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.name == other.name
    def __repr__(self):
        return self.name

bucket = {ConstHash("a"): 1, ConstHash("b"): 2, ConstHash("a"): 3}
print(bucket, hash(ConstHash("z")))
s = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(s), Point(2, 2) in s)
