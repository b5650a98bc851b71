# Level 2: __ne__ derives from __eq__; ordering is not derived and raises TypeError.
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        print("  __eq__", self.rank, other.rank)
        return self.rank == other.rank

a, b, c = Card(5), Card(5), Card(9)
print(a == b, a != b)
print(a == c, a != c)
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<":
            a < c
        elif op == "<=":
            a <= c
        elif op == ">":
            a > c
        else:
            a >= c
    except TypeError as e:
        print("TypeError:", e)

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, y < x, x > y)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(x == x, x == OnlyLt(1), x != OnlyLt(1))
try:
    x <= y
except TypeError as e:
    print("TypeError:", e)

class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __ne__(self, other):
        return 0
print(Weird() == 1, Weird() != 1)
print([1, Weird()] == [1, 2], Weird() in [3])
