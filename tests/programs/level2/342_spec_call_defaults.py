# Specialized calls and function defaults: __defaults__ and __kwdefaults__ assigned mid-loop, removed, and rejected when not a tuple or dict.
def f(a, b=1, c=2):
    return a + b * c


def g(a, *, k=3):
    return a * k


out = []
for i in range(150):
    if i == 60:
        f.__defaults__ = (10, 20)
        print("defaults now", f.__defaults__)
    if i == 100:
        f.__defaults__ = (5,)
        print("defaults now", f.__defaults__)
    out.append(f(i) if i < 100 else f(i, 1))
print(out[0], out[59], out[60], out[99], out[100], out[149])
f.__defaults__ = None
print("defaults", f.__defaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
print(f(1, 2, 3))
for bad in ([1, 2], 5, "ab"):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError:", e)
print("still", f.__defaults__)
got = []
for i in range(90):
    if i == 45:
        g.__kwdefaults__ = {"k": 7}
    got.append(g(i))
print("kwdefaults", g.__kwdefaults__, got[44], got[45], got[89])
g.__kwdefaults__ = None
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__kwdefaults__ = (1,)
except TypeError as e:
    print("TypeError:", e)


def h(x, y=4):
    return x - y


vals = []
for i in range(100):
    vals.append(h(i))
    if i == 50:
        h.__defaults__ = (h.__defaults__[0] + 100,)
print("h", vals[50], vals[51], vals[99], h.__defaults__)
