# Level 2: one FOR_ITER site over ranges, lists, tuples, strs, generators and user iterators, and lists changed while a hot loop walks them.
def walk(iterable):
    out = []
    for x in iterable:
        out.append(x)
    return out

def gen(n):
    for i in range(n):
        yield i * i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Doubled(list):
    def __iter__(self):
        return iter([x * 2 for x in super().__iter__()])

kinds = [
    ("range", lambda i: range(i % 5)),
    ("list", lambda i: [i, "a", None][: i % 4]),
    ("tuple", lambda i: (i, i + 1)),
    ("str", lambda i: "ab\u00e9c"[i % 3:]),
    ("gen", lambda i: gen(i % 4)),
    ("user", lambda i: Countdown(i % 3)),
    ("sub", lambda i: Doubled([i, 1])),
    ("rev", lambda i: reversed([1, 2, i])),
    ("dict", lambda i: {"k": i, "j": 0}),
    ("enum", lambda i: enumerate("xy")),
]
for name, make in kinds:
    results = [walk(make(i)) for i in range(70)]
    print(name, results[:2], results[-1], sum(len(r) for r in results))

# A list that grows while the loop walks it: the loop sees the new items.
grow = [1, 2, 3]
seen = []
for x in grow:
    seen.append(x)
    if x < 90:
        grow.append(x + 3)
print(len(seen), seen[:6], seen[-3:])
# A list that shrinks: items after the removed ones are skipped, as in CPython.
shrink = list(range(100))
kept = []
for x in shrink:
    kept.append(x)
    if x % 10 == 0 and len(shrink) > 50:
        del shrink[0]
        shrink.pop()
print(len(kept), kept[:12], kept[-3:], len(shrink))
# Clearing the list ends the loop; the exhausted iterator stays exhausted.
items = list(range(80))
it = iter(items)
count = 0
for x in it:
    count += 1
    if x == 70:
        items.clear()
items.extend([1, 2, 3])
print(count, list(it), items)
# Replacing slices while iterating.
data = list(range(75))
total = 0
for x in data:
    total += x
    if x == 60:
        data[61:] = [1000, 2000]
print(total, data[-3:])
# Tuple of tuples, nested loops at one site each.
grid = tuple(tuple(range(r, r + 3)) for r in range(30))
print(sum(v for row in grid for v in row), [c for c in "hello" if c != "l"])
