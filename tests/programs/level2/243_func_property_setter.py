# Level 2: @property with getter, setter and deleter; computed and validated attributes.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        print("  get radius")
        return self._radius

    @radius.setter
    def radius(self, value):
        print("  set radius", value)
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._radius = value

    @property
    def diameter(self):
        return self._radius * 2

    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2

    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)

c = Circle(2)
print(c.radius, c.diameter, c.area)
c.diameter = 10
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c._radius)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)

class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full(self):
        return self.first + " " + self.last

    @full.setter
    def full(self, text):
        self.first, self.last = text.split(" ")

    @full.deleter
    def full(self):
        print("  deleting names")
        self.first = self.last = ""

p = Person("ada", "lovelace")
print(p.full)
p.full = "alan turing"
print(p.first, "|", p.last, "|", p.full)
del p.full
print(repr(p.full))
print(type(Person.full).__name__)
