# Level 2: arithmetic special methods on a vector class; __rmul__ = __mul__ aliasing.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

a = Vec(1, 2)
b = Vec(3, 5)
print(a + b, b - a, a - b)
print(a * 3, 3 * a, a * b)
print(b / 2, b // 2, b % 2, b ** 2)
print(a + b * 2, (a + b) * 2)
print(a == Vec(1, 2), a == b, a != b, a == "vec")
print(Vec.__rmul__ is Vec.__mul__)
total = Vec(0, 0)
for v in [a, b, Vec(-1, -1)]:
    total = total + v
print(total)
print(sum([a, b], Vec(10, 10)))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a - "s"
except AttributeError as e:
    print("AttributeError:", e)
