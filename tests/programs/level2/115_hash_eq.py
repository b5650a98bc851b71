# __hash__ with __eq__ for dict keys; __eq__ alone makes a class unhashable (__hash__ = None).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)


grid = {}
grid[Point(0, 0)] = "origin"
grid[Point(1, 2)] = "a"
grid[Point(1, 2)] = "b"
print(len(grid), grid[Point(0, 0)], grid[Point(1, 2)], Point(5, 5) in grid)
print(grid)
print(hash(Point(1, 2)) == hash((1, 2)))
print({Point(3, 4): 1}.get(Point(3, 4)), {Point(3, 4): 1}.get(Point(4, 3), "none"))


class OnlyEq:
    def __eq__(self, other):
        return True


print("OnlyEq.__hash__:", OnlyEq.__hash__)
print("Point.__hash__ is a function:", Point.__hash__.__name__)


class Explicit:
    __hash__ = None


print(Explicit.__hash__)


class Identity:
    pass


i = Identity()
d = {i: "me"}
print(d[i], i in d, Identity() in d)


class Child(Point):
    pass


class EqChild(Point):
    def __eq__(self, other):
        return False


print(hash(Child(1, 2)) == hash(Point(1, 2)), Child(1, 2) == Point(1, 2))
print("EqChild.__hash__:", EqChild.__hash__)


class Constant:
    def __hash__(self):
        return 7


print(hash(Constant()), hash(Constant()) == hash(Constant()))
keys = {Constant(): 1, Constant(): 2}
print(len(keys))
