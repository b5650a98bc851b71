# Assigning to a property without a setter raises CPython 3.11's AttributeError.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):
        return self.radius * 2

    @property
    def area(self):
        return 3 * self.radius * self.radius


c = Circle(3)
print("radius", c.radius)
print("diameter", c.diameter)
print("area", c.area)
c.radius = 5
print("diameter now", c.diameter)
c.diameter = 20
print("not reached")
