# Tier 2: __init__-heavy hot loops: instances made every iteration (plain, subclass calling
# super().__init__ with defaults, __slots__, no __init__), and __add__ returning new objects.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


class Named(Vec):
    def __init__(self, x, y, name="v"):
        super().__init__(x, y)
        self.name = name


acc = Vec(0, 0)
for i in range(700):
    acc = acc + Vec(i % 7, -(i % 3))
print("vec sum", acc.x, acc.y)

made = []
for i in range(500):
    n = Named(i, i * 2) if i % 3 else Named(i, 0, "zero")
    if i % 125 == 0:
        made.append((n.name, n.x, n.y))
print("named", made)


class Empty:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2


objs = 0
for i in range(600):
    e = Empty()
    e.tag = i
    s = Slotted(i)
    objs += e.tag + s.b
print("plain and slotted", objs)


class Node:
    count = 0

    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node
        Node.count += 1


head = None
for i in range(800):
    head = Node(i, head) if i % 5 else Node(-i, head)
total = 0
while head is not None:
    total += head.value
    head = head.next
print("linked list", total, Node.count)

kinds = [Vec, Named, Vec]
points = [kinds[i // 100](i, 1) for i in range(300)]
print("classes in phases", sum(p.x for p in points), type(points[150]).__name__)
