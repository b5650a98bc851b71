# Level 2: unary special methods __neg__, __pos__, __abs__, __invert__ and conversions.
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return "Temp(%s)" % self.deg

    def __neg__(self):
        return Temp(-self.deg)

    def __pos__(self):
        return Temp(+self.deg)

    def __abs__(self):
        return Temp(abs(self.deg))

    def __invert__(self):
        return Temp(~self.deg)

    def __int__(self):
        return int(self.deg)

    def __float__(self):
        return float(self.deg)

t = Temp(-7)
print(t, -t, +t, abs(t), ~t)
print(-(-t), abs(-abs(t)))
print(int(Temp(3)), float(Temp(3)), int(Temp(2.9)))
print([abs(Temp(v)) for v in [-1, 0, 2]])

class Sign:
    def __init__(self, s):
        self.s = s
    def __neg__(self):
        return Sign("-" if self.s == "+" else "+")
    def __repr__(self):
        return "Sign(%s)" % self.s

print(-Sign("+"), --Sign("+"), ---Sign("+"))
class Plain:
    pass
try:
    -Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(Plain())
except TypeError as e:
    print("TypeError:", e)
try:
    ~Plain()
except TypeError as e:
    print("TypeError:", e)
