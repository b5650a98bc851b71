# Tier 2: attributes and methods that see several classes in hot loops, alternating every
# iteration and in phases of 400, and instances of one class with different attribute sets.
class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 1


class B:
    kind = "B"

    def __init__(self, v):
        self.w = 0
        self.v = v * 2

    def get(self):
        return self.v - 1


class C(A):
    def get(self):
        return -self.v


objs = [A(1), B(2), C(3)]
total = 0
for i in range(900):
    o = objs[i % 3]
    total += o.v + o.get()
    if i % 300 == 299:
        print("alternating", i, total)

phase_objs = [A(5), B(5), C(5), A(7)]
total = 0
for i in range(1600):
    o = phase_objs[i // 400]
    total += o.get() * 2 + o.v
    if i % 400 == 399:
        print("phase", i // 400, type(o).__name__, total)

mixed = [A(1), C(2), B(3), C(4), A(5)]
kinds = 0
for i in range(700):
    o = mixed[(i // 3) % 5]
    if isinstance(o, A):
        kinds += o.get()
    else:
        kinds += len(o.kind) + o.w
print("isinstance split", kinds)

shapes = []
for i in range(600):
    o = A(i)
    if i % 4 == 1:
        o.extra = i
    if i % 4 == 2:
        o.w = -i
    shapes.append(o)
t = 0
for o in shapes:
    t += o.v
    if hasattr(o, "extra"):
        t += o.extra
    t -= getattr(o, "w", 0)
print("shapes", t)

for o in shapes[:300]:
    o.v = o.v * 2 if o.v % 3 else -o.v
print("stores", sum(o.v for o in shapes[:300]), shapes[3].v, shapes[4].v)
