# Level 2: @staticmethod and @classmethod, called on the class, instances and subclasses.
class Temperature:
    scale = "C"
    count = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.count += 1

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale

    def as_f(self):
        return self.c_to_f(self.degrees)

print(Temperature.c_to_f(100), Temperature.c_to_f(-40))
t = Temperature(25)
print(t.c_to_f(0), t.as_f())
t2 = Temperature.from_f(212)
print(type(t2).__name__, t2.degrees)
print(Temperature.describe(), t.describe())

class Kelvin(Temperature):
    scale = "K"

k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, isinstance(k, Temperature))
print(Kelvin.describe(), k.describe(), Kelvin.c_to_f(10))
print("instances made:", Temperature.count)

class Registry:
    items = []

    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)

    @staticmethod
    def helper(a, b=1):
        return a * b

print(Registry.add("a"), Registry().add("b"), Registry.items)
print(Registry.helper(3), Registry.helper(3, b=4), Registry().helper(5, 5))
f = Registry.helper
print(f(6, 7))
m = Temperature.from_f
print(m(50).degrees)
