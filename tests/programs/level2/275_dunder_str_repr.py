# Level 2: __str__ and __repr__: which is used by print, str, repr, containers, formatting.
class Both:
    def __str__(self):
        return "Both-str"
    def __repr__(self):
        return "Both-repr"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "StrOnly-str"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
print([b, r], (b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, r))
print(f"{b} {b!r} {r}")
print("x" + str(b))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return "Node(%r, %r)" % (self.value, self.children)
        return "Node(%r)" % (self.value,)

tree = Node("root", [Node(1), Node("two", [Node(3.5)])])
print(tree)
print(str(tree) == repr(tree))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "b")
print(p, repr(p), [p])

class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
