# Level 2: several live generators keep independent state; generators as methods.
def counter(name, step):
    value = 0
    while True:
        value += step
        yield name + ":" + str(value)

a = counter("a", 1)
b = counter("b", 10)
print(next(a), next(b), next(a), next(a), next(b))

class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def __iter__(self):
        return self.inorder()

t = Tree(5, Tree(3, Tree(1), Tree(4)), Tree(8, None, Tree(9)))
print(list(t))
print(sum(t), max(t), 4 in t, 7 in t)
print(list(zip(t, t.inorder())))

def window(items, size):
    buf = []
    for it in items:
        buf.append(it)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))
print([sum(w) / 3 for w in window([3, 6, 9, 12], 3)])

def round_robin(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(round_robin(iter("abc"), iter([1, 2]), iter("XYZW"))))
