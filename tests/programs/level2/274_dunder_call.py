# Level 2: callable objects via __call__: counters, function-like objects, callable().
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.factor + extra

double = Multiplier(2)
print(double(5), double(7, extra=1), double.calls)
print([Multiplier(3)(i) for i in range(4)])
print(sorted([3, -5, 1], key=Multiplier(-1)))

class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values):
        self.total += sum(values)
        return self

acc = Accumulator()
acc(1)(2, 3)(4)
print(acc.total)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        return "Polynomial%r" % (self.coeffs,)

p = Polynomial(1, 0, -4)
print(p, [p(x) for x in range(-3, 4)])

def apply_twice(fn, x):
    return fn(fn(x))
print(apply_twice(double, 3), apply_twice(p, 1))
print(callable(double), callable(p), callable(5), callable(len), callable(Multiplier))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
