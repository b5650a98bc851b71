# Recursively flattening, measuring depth and summing arbitrarily nested lists and tuples.
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, (list, tuple)):
            out += flatten(item)
        else:
            out.append(item)
    return out
def depth(x):
    if not isinstance(x, (list, tuple)):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1
def deep_sum(x):
    if isinstance(x, (list, tuple)):
        total = 0
        for item in x:
            total += deep_sum(item)
        return total
    return x
samples = [
    [1, [2, 3], [[4]], [[[5, 6]]], 7],
    [],
    [[], [[]], [[], []]],
    (1, (2, [3, (4,)])),
    [1.5, [2.5, [-4]]],
]
for s in samples:
    print(s, "->", flatten(s), "depth", depth(s), "sum", deep_sum(s))
def nest(n):
    x = [n]
    for i in range(n - 1, 0, -1):
        x = [i, x]
    return x
deep = nest(6)
print(deep, flatten(deep), depth(deep))
def count_leaves(tree):
    if not isinstance(tree, list):
        return 1
    n = 0
    for t in tree:
        n += count_leaves(t)
    return n
tree = [[1, 2], [3, [4, 5, [6]]], 7, [[8, 9], 10]]
print("leaves", count_leaves(tree), "flat", flatten(tree))
