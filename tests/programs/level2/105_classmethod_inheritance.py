# classmethods are inherited with cls bound to the subclass: alternative constructors, super().
class Shape:
    created = 0

    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    @classmethod
    def from_text(cls, text):
        name, sides = text.split(":")
        return cls(name, int(sides))

    @classmethod
    def kind(cls):
        return "shape"

    @classmethod
    def count_one(cls):
        cls.created = cls.created + 1
        return cls.created

    def describe(self):
        return "%s %s with %d sides" % (self.kind(), self.name, self.sides)


class Polygon(Shape):
    @classmethod
    def kind(cls):
        return "polygon/" + super().kind()


class Triangle(Polygon):
    def __init__(self, name, sides=3):
        super().__init__(name, sides)

    @classmethod
    def kind(cls):
        return "triangle/" + super().kind()


s = Shape.from_text("blob:0")
p = Polygon.from_text("hexagon:6")
t = Triangle.from_text("tri:3")
for obj in [s, p, t]:
    print(type(obj).__name__, "|", obj.describe())
print(Triangle.kind(), t.kind(), Polygon.kind())

print(Shape.count_one(), Shape.count_one(), Polygon.count_one(), Triangle.count_one())
print(Shape.created, Polygon.created, Triangle.created)

maker = Triangle.from_text
print(maker.__self__.__name__, maker("small:3").describe())
inst_maker = p.from_text
print(type(inst_maker("square:4")).__name__)


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273)

    @staticmethod
    def valid(k):
        return k >= 0


class Weather(Temperature):
    pass


w = Weather.from_celsius(20)
print(type(w).__name__, w.kelvin, Weather.valid(w.kelvin), Weather.valid(-1))
