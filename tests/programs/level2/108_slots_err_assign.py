# Assigning an attribute that __slots__ does not name raises AttributeError.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vector(1, 2)
print("x", v.x)
print("y", v.y)
v.x = 7
print("x", v.x)
v.zeta = 3
print("not reached")
