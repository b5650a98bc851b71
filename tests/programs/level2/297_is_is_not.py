# Level 2: identity with is / is not versus equality with ==.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
x = None
print(x is None, x is not None, None is None)
def f():
    pass
print(f() is None, f is f, type(f()) is type(None))
print(True is True, False is not True, (1 == 1) is True)
print(type(3) is int, type("s") is str, type([]) is not list)

class Sentinel:
    pass
MISSING = Sentinel()
def get(d, k, default=MISSING):
    if k in d:
        return d[k]
    if default is MISSING:
        return "no default given"
    return default
print(get({"a": 1}, "a"), get({}, "b"), get({}, "b", None))

t = (1, 2)
u = t
print(t is u, t == (1, 2))
o1, o2 = object(), object()
print(o1 is o2, o1 is o1, o1 == o2)
items = [a, c]
print(any(i is a for i in items), [i is c for i in items])
print(a in items, c in items, [1, 2] in items)
class Eq:
    def __eq__(self, other):
        return True
e = Eq()
print(e == 5, e is e, e is not None)
copy = a[:]
copy.append(3)
print(a, copy, copy is a)
d = {}
d2 = d
d2["k"] = 1
print(d, d is d2)
print(NotImplemented is NotImplemented, ... is Ellipsis)
