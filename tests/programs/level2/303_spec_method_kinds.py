# Specialized method loads: built-in methods of list/str/dict, methods through classes
# (functions, staticmethods, classmethods), module functions, and sites that change kind.
import math


class Stack:
    def __init__(self):
        self.items = []

    def append(self, item):
        self.items.append(item * 10)


class Util:
    factor = 3

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def triple(cls, x):
        return cls.factor * x

    def plain(self, x):
        return x + 1


class MoreUtil(Util):
    factor = 4


out = []
stack = Stack()
for i in range(150):
    target = out if i < 100 else stack
    target.append(i)
print(len(out), out[-1], stack.items[:3], len(stack.items))

parts = []
joined = ""
for i in range(120):
    parts.append(str(i % 10))
    joined = "-".join(parts[-3:])
    if i == 80:
        parts = tuple(parts)
        parts = list(parts)
print(joined, len(parts))

counts = {}
for word in ("a b c a b a " * 40).split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))

acc = 0
for i in range(150):
    cls = Util if i < 75 else MoreUtil
    acc += Util.double(i) + cls.triple(i) + Util.plain(None, i)
    if i == 100:
        Util.double = staticmethod(lambda x: -x)
print("class calls:", acc)

roots = 0.0
for i in range(120):
    roots += math.sqrt(i) + math.floor(i / 7)
    if i == 59:
        math.floor = lambda v: 1000
print("module calls:", round(roots, 6))

names = []
for i in range(100):
    holder = "abc" if i % 2 else ["x", "y"]
    names.append(holder.index("b" if i % 2 else "y"))
print("mixed kinds:", sum(names), names[:4])
