# staticmethod and classmethod as decorators and by call, on the class and on instances.
class MathUtil:
    factor = 10

    @staticmethod
    def add(a, b):
        return a + b

    @classmethod
    def scale(cls, x):
        return x * cls.factor

    def double_add(self, a, b):
        return self.add(a, b) * 2

    def plain(x):
        return x + 1

    plus_one = staticmethod(plain)
    describe = classmethod(lambda cls: "class " + cls.__name__)


m = MathUtil()
print(MathUtil.add(2, 3), m.add(4, 5))
print(MathUtil.scale(3), m.scale(4))
print(m.double_add(1, 2))
print(MathUtil.plus_one(41), m.plus_one(1))
print(MathUtil.describe(), m.describe())

f = MathUtil.add
print(f(10, 20), f.__name__)
bound = m.scale
print(bound(7), bound.__self__.__name__, bound.__func__.__name__)
raw = MathUtil.__dict__["add"]
print(type(raw).__name__, raw.__func__(1, 1))
raw_cm = MathUtil.__dict__["scale"]
print(type(raw_cm).__name__, raw_cm.__func__(MathUtil, 2))

MathUtil.factor = 3
print(MathUtil.scale(3), m.scale(3))
m.factor = 1000
print("instance factor ignored:", m.scale(1))


class Registry:
    items = []

    @classmethod
    def register(cls, name):
        cls.items.append(name)
        return len(cls.items)

    @staticmethod
    def normalize(name):
        return name.strip().lower()


for raw_name in ["  Alpha", "BETA ", " gamma "]:
    print(Registry.register(Registry.normalize(raw_name)))
print(Registry.items)
print(isinstance(Registry.__dict__["register"], classmethod))
print(isinstance(Registry.__dict__["normalize"], staticmethod))
