# hash equalities for equal values (1, 1.0, True; equal tuples and strings), hash of small ints, id identity, callable.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2) == hash(2.0), hash(-5) == hash(-5.0), hash(1e6) == hash(1000000), hash(0.5) == hash(1 / 2))
print(hash(42), hash(-7), hash(0), hash(True), hash(False), hash(-1), hash(-2), hash(3.0), hash(-4.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, "x"))) == hash((True, (2, "x"))))
print(hash(()) == hash(()), hash(("a",)) == hash(("a",)), hash((1, 2)) == hash((2, 1)))
a = "hello"
b = "hel" + "lo"
print(hash(a) == hash(b), hash("") == hash(""), hash(None) == hash(None), hash(len) == hash(len))
print(hash(float("inf")), hash(float("-inf")), hash(1.5) == hash(1.5), hash(2 ** 40) == hash(float(2 ** 40)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, d[1], len(d))
pairs = {(1, 2): "a"}
print(pairs[(1.0, 2.0)], (1, 2) in pairs, (2, 1) in pairs)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), hash(Plain) == hash(Plain))
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(x), id(x) == id(y), x is y, x is z, x == z, id(p) == id(p), id(None) == id(None))
def f():
    return 1
class Adder:
    def __init__(self, n):
        self.n = n
    def add(self, v):
        return self.n + v
class WithCall:
    def __call__(self, v):
        return v * 2
w = WithCall()
print(callable(f), callable(Adder), callable(Adder(1).add), callable(Adder.add), callable(Adder(1)))
print(callable(len), callable(print), callable(int), callable(str.upper), callable("x".upper), callable([].append))
print(callable(1), callable("f"), callable(None), callable([f]), callable((f,)), callable({}))
print(callable(w), w(21), callable(WithCall), callable(type), callable(type(f)))
funcs = [f, len, 3, Adder, "s", Adder(2).add, None]
n = 0
for g in funcs:
    if callable(g):
        n += 1
print("callable count", n)
