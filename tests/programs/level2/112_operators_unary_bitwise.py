# Unary (__neg__, __pos__, __abs__, __invert__) and bitwise/shift special methods.
def plain(v):
    if isinstance(v, Bits):
        return v.value
    return v


class Bits:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Bits(%d)" % self.value

    def __neg__(self):
        return Bits(-self.value)

    def __pos__(self):
        return Bits(+self.value)

    def __abs__(self):
        return abs(self.value)

    def __invert__(self):
        return Bits(~self.value)

    def __and__(self, other):
        return Bits(self.value & plain(other))

    def __rand__(self, other):
        return Bits(other & self.value)

    def __or__(self, other):
        return Bits(self.value | plain(other))

    def __ror__(self, other):
        return Bits(other | self.value)

    def __xor__(self, other):
        return Bits(self.value ^ plain(other))

    def __rxor__(self, other):
        return Bits(other ^ self.value)

    def __lshift__(self, n):
        return Bits(self.value << n)

    def __rlshift__(self, n):
        return n << self.value

    def __rshift__(self, n):
        return Bits(self.value >> n)

    def __rrshift__(self, n):
        return n >> self.value

    def __index__(self):
        return self.value


x = Bits(12)
print(-x, +x, abs(Bits(-9)), ~x, -(-x))
print(x & 10, 10 & x, x | 3, 3 | x, x ^ 5, 5 ^ x)
print(x << 2, 1 << Bits(4), x >> 2, 256 >> Bits(3))
print(x & Bits(4), x | Bits(1))
print([10, 20, 30, 40][Bits(2)], "abcdef"[Bits(1):Bits(4)])
y = Bits(1)
y <<= 5
y ^= 3
print(y)
print(-Bits(0), abs(Bits(0)), ~Bits(-1))
