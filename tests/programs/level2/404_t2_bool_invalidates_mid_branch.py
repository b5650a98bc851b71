# Tier 2: a __bool__ called by an `if` inside a traced loop rebinds a global the trace folded
# (or changes a class it assumed): the executor is invalidated in the middle of the branch, and
# tier 1 must resume on the direction the truth test chose, with the tested value popped.
FLAG = 1


class Truthy:
    def __init__(self, i):
        self.i = i

    def __bool__(self):
        global FLAG
        if self.i % 97 == 50:
            FLAG += 1
        return self.i % 3 != 0


class Shape:
    sides = 3


class Grows:
    def __init__(self, i):
        self.i = i

    def __bool__(self):
        if self.i % 89 == 40:
            Shape.sides += 1
        return self.i % 4 != 1


def run(n):
    t = 0
    for i in range(n):
        t += FLAG
        if Truthy(i):
            t += FLAG * 10
        else:
            t -= FLAG
        if not Grows(i):
            t += Shape.sides * 100
        t += Shape.sides
        if i % 150 == 0:
            print("  at", i, FLAG, Shape.sides, t)
    return t


for n in (300, 700):
    print(n, run(n), FLAG, Shape.sides)
