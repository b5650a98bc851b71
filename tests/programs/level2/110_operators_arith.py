# Arithmetic special methods and their reflected forms, with NotImplemented fallbacks.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  radd with", other)
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __rsub__(self, other):
        return Money(other - self.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(k * self.cents)

    def __truediv__(self, k):
        return self.cents / k

    def __rtruediv__(self, k):
        return k / self.cents

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __rfloordiv__(self, k):
        return k // self.cents

    def __mod__(self, k):
        return Money(self.cents % k)

    def __rmod__(self, k):
        return k % self.cents

    def __pow__(self, k):
        return Money(self.cents ** k)

    def __rpow__(self, k):
        return k ** self.cents

    def __matmul__(self, other):
        return self.cents * other.cents


a = Money(150)
b = Money(45)
print(a + b, a + 5, 5 + a)
print(a - b, 1000 - a)
print(a * 3, 3 * a)
print(a / 4, 600 / a)
print(a // 7, 1000 // a)
print(a % 7, 1000 % b)
print(b ** 2, 2 ** Money(10))
print(a @ b)
print(sum([a, b, Money(5)]))
print(sum([Money(1), Money(2)], Money(100)))
total = Money(0)
for cents in [10, 20, 30]:
    total = total + Money(cents)
print(total)
