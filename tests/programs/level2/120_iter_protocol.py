# The iterator protocol for user classes: __iter__/__next__ in for, list(), sum(), unpacking.
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
    print("tick", n)
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(6)), min(Countdown(2)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(4)
print(first, rest)
print(tuple(Countdown(2)), sorted(Countdown(3)), list(enumerate(Countdown(2))))
print(list(zip(Countdown(3), "xyz")), dict(zip("ab", Countdown(2))))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


fib = Fib(50)
print(list(fib), list(fib))
print(21 in fib, 22 in fib, len(list(fib)))
it = iter(fib)
print(next(it), next(it), next(it), next(it, "x"), next(it))
print(iter(it) is it)
total = 0
for x in fib:
    for y in Countdown(2):
        total += x * y
print("total", total)
done = Countdown(1)
print(list(done), list(done), next(done, "exhausted"))
print(", ".join([str(v) for v in Countdown(3)]))
