# Tier 2: closures and cells in hot loops: nonlocal counters, lambdas made in loops (late
# binding and default arguments), a cell changed while a closure reads it, closure pipelines.
def make_counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count

    return bump


bump = make_counter()
for i in range(800):
    bump(i % 4)
print("nonlocal counter", bump(0))

adders = []
for i in range(300):
    adders.append(lambda x, i=i: x + i)
late = []
for i in range(300):
    late.append(lambda x: x + i)
print("defaults", sum(f(1) for f in adders), "late", sum(f(1) for f in late))


def outer(n):
    seen = 0

    def check(v):
        return v % 7 == seen % 7

    hits = 0
    for v in range(n):
        if check(v):
            hits += 1
        if v % 3 == 0:
            seen += 2
    return hits, seen


print("cell read in loop", outer(700))


def compose_all(fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x

    return run


pipeline = compose_all([lambda v: v + 1, lambda v: v * 2, lambda v: v - 3] * 4)
results = [pipeline(k) for k in range(0, 500, 2)]
print("closures in a loop", results[:3], sum(results))


def accumulate():
    parts = []

    def add(v):
        parts.append(v)
        return len(parts)

    for i in range(600):
        if add(i % 9) % 150 == 0:
            print("  parts", len(parts), sum(parts))
    return sum(parts)


print("accumulated", accumulate())
