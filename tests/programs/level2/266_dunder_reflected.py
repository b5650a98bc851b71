# Level 2: reflected operators (__radd__, __rsub__, ...) and NotImplemented dispatch.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__", other)
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return Money(self.cents - other)
        return NotImplemented

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __rtruediv__(self, other):
        return "%r / %r" % (other, self)

    def __rfloordiv__(self, other):
        return other // self.cents

m = Money(150)
print(m + Money(50))
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(m - 50, 200 - m)
print(1 / m, 1000 // m)
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
try:
    m * 2
except TypeError as e:
    print("TypeError:", e)

class Left:
    def __add__(self, other):
        return "Left.__add__"

class Right:
    def __radd__(self, other):
        return "Right.__radd__"

print(Left() + Right(), 3 + Right(), [1] + Right())
try:
    Right() + Left()
except TypeError as e:
    print("TypeError:", e)
