# Tuple packing and unpacking, swapping, nested unpacking, unpacking in for loops.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), k = (3, 4), 5
print(m, n, k)
t = 1, 2, 3
print(t, len(t))
first, second, third = t
print(third, second, first)
a, b, c = 0, 1, 2
print(a, b, c)
a, b, c = b, c, a
print(a, b, c)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, "->", word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
lo, hi = min_max([4, -2, 9, 7, 0])
print("lo", lo, "hi", hi)
result = min_max([5])
print(result, isinstance(result, tuple))
fa, fb = 0, 1
for i in range(15):
    fa, fb = fb, fa + fb
print("fib 15", fa)
data = [3, 1, 2]
data[0], data[2] = data[2], data[0]
print(data)
single, = [42]
print(single)
