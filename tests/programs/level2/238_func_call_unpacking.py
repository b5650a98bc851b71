# Level 2: calls with *sequence and **mapping unpacking.
def point(x, y, z=0):
    return "(%s, %s, %s)" % (x, y, z)

coords = [1, 2, 3]
print(point(*coords))
print(point(*coords[:2]))
print(point(*(7, 8)))
print(point(*range(3)))
print(point(*"ab"))

kw = {"x": 10, "y": 20, "z": 30}
print(point(**kw))
print(point(1, **{"y": 5}))
print(point(*[4], **{"z": 6, "y": 5}))

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)

print(show(*[1, 2], *(3,), 4))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(*[], **{}))
pairs = [(1, 2), (3, 4)]
for p in pairs:
    print(point(*p, z=-1))

def total(a, b, c):
    return a + b + c
args = (1, 2, 3)
print(total(*args), total(*args[1:], 100))
print(max(*[3, 9, 4]), min(*"hello"))
print(*[1, 2, 3], sep=" | ")
print(*"xyz")
zipped = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(zipped)
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
