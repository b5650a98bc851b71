# A constructor called with too few arguments: __init__'s missing-argument TypeError names the class.
class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
vs = [Vector(1, 2, 3), Vector(-1, 0, 4)]
for v in vs:
    print(v.norm1())
print("making a flat vector")
flat = Vector(5, 6)
print("unreachable", flat.norm1())
