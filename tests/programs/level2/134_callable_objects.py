# Instances with __call__ as functions and decorators; callable(); methods bound to them.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, callable(square), type(square).__name__)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache))


class Adder:
    def __init__(self, amount):
        self.amount = amount

    def __call__(self, value):
        return value + self.amount


add5 = Adder(5)
print(add5(1), [add5(v) for v in [1, 2, 3]], sorted([3, 1, 2], key=Adder(-10)))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


pipe = Pipeline(Adder(1), square, Adder(-2), str)
print(pipe(3), pipe(0), repr(pipe(10)))
print(callable(Adder), callable(add5), callable(5), callable("x"), callable(len))


class Holder:
    action = Adder(100)


print(Holder.action(1), Holder().action(2))
