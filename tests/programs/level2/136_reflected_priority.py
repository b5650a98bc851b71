# Which operand's method runs: same-class reflected methods are skipped; a subclass that
# overrides the reflected method goes first.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "%s.__add__" % type(self).__name__

    def __radd__(self, other):
        return "%s.__radd__" % type(self).__name__

    def __lt__(self, other):
        return "%s.__lt__" % type(self).__name__

    def __gt__(self, other):
        return "%s.__gt__" % type(self).__name__


class Sub(Num):
    def __radd__(self, other):
        return "Sub.__radd__ (priority)"

    def __gt__(self, other):
        return "Sub.__gt__ (priority)"


class Same(Num):
    pass


n, s, same = Num(1), Sub(2), Same(3)
print(n + n, n + s, s + n, n + same, same + n, 1 + n, 1 + s)
print(n < n, n < s, s < n, n < same, 1 < n)


class OnlyRadd:
    def __radd__(self, other):
        return "OnlyRadd.__radd__ with %r" % (other,)


print(1 + OnlyRadd(), "x" + OnlyRadd(), [1] + OnlyRadd(), n + OnlyRadd())


class Left:
    def __add__(self, other):
        return NotImplemented


class Right:
    def __radd__(self, other):
        return "Right.__radd__ after Left gave up"


print(Left() + Right())
