# Built-in types are classes: constructors with and without arguments, isinstance, type identity, bool is an int.
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(repr(str()), repr(float()), repr(tuple()))
print(int(7), int(-2.9), float(3), float(-1), str(12), str(1.5), str(None), bool(0), bool(3))
print(list("abc"), tuple([1, 2]), dict([("a", 1)]), list((1, 2)), tuple("hi"))
print(isinstance(3, int), isinstance(3.0, int), isinstance("3", str), isinstance([3], list))
print(type(3) is int, type(3.0) is float, type("3") is str, type(True) is bool, type(True) is int)
print(isinstance(True, int), isinstance(False, bool), issubclass(bool, int))
print(True + True, True * 10, False - 1, True / 2, -True, True == 1, False == 0)
print(int(True), float(False), str(True), repr(False), True & 1, True | 2)
print(sum([True, True, False, True]), max(False, True), [1, 2, 3][True])
print(hash(True) == hash(1), 1 in [True], True in [1], {1: "one"}[True])
d = {}
d[True] = "bool"
d[1] = "int"
d[1.0] = "float"
print(d, len(d))
# Constructors stored in variables and called through a list.
convs = [int, float, str, bool, list, tuple]
for conv in convs:
    print(conv.__name__, repr(conv("1")))
for conv in [int, float, str]:
    print(repr(conv(True)), repr(conv(2)))
# Each constructor returns a new object of that class.
a = list([1, 2])
b = list(a)
b.append(3)
print(a, b, a is b, type(b) is list)
c = dict(a=1)
e = dict(c)
e["b"] = 2
print(c, e, c is e)
t = tuple(a)
print(t, tuple(t) == t, type(t).__name__)
# bool of containers and numbers.
for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, None]:
    print(repr(v), bool(v))
