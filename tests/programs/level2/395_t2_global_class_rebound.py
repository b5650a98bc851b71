# Tier 2: a global class rebound mid-loop to another class (instances made by C() in the loop, their
# attributes read) and class attributes read through the class's name and changed mid-loop.
class A:
    count = 0
    kind = "a"

    def __init__(self, v):
        self.v = v

    def val(self):
        return self.v + 1


class B:
    count = 100
    kind = "bb"

    def __init__(self, v):
        self.v = v * 2
        self.w = 1

    def val(self):
        return self.v - self.w


C = A


def make_and_sum(n):
    global C
    t = 0
    for i in range(n):
        o = C(i)
        C.count += 1
        t += o.val() + C.count % 7 + len(C.kind) + o.v
        if i == 200:
            C = B
        if i == 400:
            C = A
        if i % 100 == 0:
            print("  ", i, t, C.kind, C.count, o.v)
    return t


print("class rebound:", make_and_sum(600), A.count, B.count)


class Base:
    tag = "base"


class D(Base):
    tag = "d"


def bump(i):
    if i == 100:
        D.tag = "d2"
    elif i == 200:
        del D.tag
    elif i == 300:
        Base.tag = "base2"
    elif i == 400:
        D.tag = "d3"


def tags(n):
    seen = []
    t = 0
    for i in range(n):
        s = D.tag
        bump(i)
        s = s + ":" + D().tag
        t += len(s)
        if s not in seen:
            seen.append(s)
    return t, seen


print("class attributes changed:", tags(500), D.tag, Base.tag)
