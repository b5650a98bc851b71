# A Fraction class using many special methods together: arithmetic, comparison, hash, repr.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def of(cls, value):
        return value if isinstance(value, Frac) else cls(value)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + -Frac.of(o)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return "Frac(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return "%d/%d" % (self.num, self.den) if self.den != 1 else str(self.num)

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 * third)
print(repr(-half), abs(Frac(-3, 4)), Frac(6, -8), Frac(4, 2), bool(Frac(0)), bool(half))
print(half == Frac(2, 4), half != third, third < half, half > third)
print(sorted([half, third, Frac(3, 4), Frac(-1, 5)]), max(half, third))
total = sum([Frac(1, n) for n in range(1, 7)])
print(total, repr(total))
print(len({half: 1, Frac(2, 4): 2, third: 3}), hash(half) == hash(Frac(3, 6)))
x = Frac(1)
for i in range(5):
    x = x / 2 + Frac(1, 4)
print(x, x.num, x.den)
