# Specialized calls: a function rebound mid-loop at a hot call site, several functions at one site, closures made in a loop, generators at a specialized site.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def scale(a, b=10):
    return a * b


def pairs(n):
    for i in range(n):
        yield i


def run():
    total = 0
    for i in range(150):
        if i == 90:
            global add
            add = sub
        total += add(i, 1)
        if i % 30 == 0:
            print("i", i, "total", total)
    print("after rebind", total)
    funcs = [add, scale, sub, lambda a, b: a * b]
    acc = 0
    for i in range(200):
        acc += funcs[i % 4](i, 3)
    print("polymorphic", acc)
    closures = []
    for i in range(100):
        closures.append(lambda x, k=i: x + k)
    print("closures", sum(f(1) for f in closures), [f(0) for f in closures[:3]])
    fresh = 0
    for i in range(200):
        f = (lambda x: x + i) if i % 3 else (lambda x, y=5: x - y)
        fresh += f(1)
    print("fresh functions", fresh)
    makers = [pairs, lambda n: list(range(n))]
    seen = []
    for i in range(120):
        g = makers[0 if i < 100 else 1](3)
        seen.append(sum(g))
        if i in (0, 99, 100, 119):
            print("gen site", i, type(g).__name__, seen[-1])
    fn = scale
    vals = []
    for i in range(100):
        vals.append(fn(i))
        if i == 70:
            fn = pairs
            print("now a generator:", type(fn(2)).__name__)
            fn = scale
    print("defaults site", vals[0], vals[50], vals[99])
    return total


print(run())
