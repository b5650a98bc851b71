# A user class whose __add__ returns NotImplemented for an int: TypeError for both orders.
class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        return NotImplemented

    def __repr__(self):
        return "Meters(%d)" % self.value


a = Meters(3)
b = Meters(4)
print(a + b)
total = Meters(0)
for m in [a, b, Meters(10)]:
    total = total + m
print(total)
print(a + 5)
print("not reached")
