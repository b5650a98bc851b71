# Level 2: yield from delegating to sub-generators and iterables.
def inner(tag, n):
    for i in range(n):
        yield tag + str(i)

def outer():
    yield "start"
    yield from inner("a", 2)
    yield from inner("b", 3)
    yield from [10, 20]
    yield from "xy"
    yield "end"

print(list(outer()))

def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for line in tree_walk(tree):
    print(line)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), range(4, 6), {7: "x"})))
print(sum(chain(range(5), range(5))))

def ranges():
    yield from range(3)
    yield from range(10, 7, -1)

g = ranges()
print(next(g), next(g), list(g))
