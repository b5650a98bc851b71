# Level 2: the iterator protocol on user classes: __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("count", n)
print(list(Countdown(5)))
print(sum(Countdown(100)))

c = Countdown(2)
print(iter(c) is c)
print(next(c), next(c), next(c, "done"))
print(list(c))

class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return self.i * self.i

print([s for s in Squares(5)])
print(max(Squares(4)), sorted(Squares(3), reverse=True))
print(dict(zip("abc", Squares(3))))
print(list(enumerate(Squares(3))))
a, b = Squares(2)
print(a, b)
print(4 in Squares(3), 5 in Squares(3))
print(", ".join(str(x) for x in Squares(4)))
