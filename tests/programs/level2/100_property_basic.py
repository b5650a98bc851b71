# property as a decorator: getter, @x.setter, @x.deleter, computed read-only properties.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
        self.log = []

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self.log.append("set %s" % value)
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @property
    def kelvin(self):
        return self._celsius + 273.15


t = Temperature(20)
print("celsius:", t.celsius)
print("fahrenheit:", t.fahrenheit)
t.celsius = 100
print("after set:", t.celsius, t.fahrenheit, t.kelvin)
t.celsius += 5
print("after +=:", t.celsius)
print("log:", t.log)
del t.celsius
print("has _celsius:", hasattr(t, "_celsius"))
print("log:", t.log)
t.celsius = -40
print("back:", t.celsius, t.fahrenheit)

# The property object itself lives on the class.
prop = Temperature.celsius
print(type(prop).__name__, isinstance(prop, property))
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)

# Calling the accessors by hand.
print("fget:", prop.fget(t))
prop.fset(t, 0)
print("fset:", t.celsius, t.fahrenheit)

# Instances keep their own values.
a = Temperature(1)
b = Temperature(2)
a.celsius = 10
print(a.celsius, b.celsius, sorted(a.__dict__))
