# List slicing, slice assignment (growing, shrinking, extended), slice deletion.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-1:-5:-1])
b = a[:]
b[0] = 100
print(a[0], b[0])
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = [1]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[:2] = []
print(a)
a[len(a):] = [11, 12]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
c = list(range(10))
c[::-3] = ["x", "y", "z", "w"]
print(c)
del c[0]
print(c)
del c[-2:]
print(c)
del c[::2]
print(c)
d = list(range(12))
del d[1:10:3]
print(d)
d[-3:] = "abc"
print(d)
e = [1, 2, 3]
e[5:] = [6]
print(e)
e[-10:1] = [0, 0]
print(e)
f = list(range(6))
f[4:1:-1] = [40, 30, 20]
print(f)
del f[:]
print(f, len(f))
