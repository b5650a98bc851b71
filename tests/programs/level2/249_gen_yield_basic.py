# Level 2: generator functions with yield used by for, list(), sum() and next().
def countdown(n):
    print("  start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")

for v in countdown(3):
    print("got", v)

print(list(countdown(4)))
print(sum(countdown(10)))

g = countdown(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(g, "still exhausted"))

def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i

print(list(evens(11)), max(evens(7)))

def pairs(items):
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            yield items[i], items[j]

print(list(pairs("abcd")))

def several():
    yield 1
    yield "two"
    yield [3]
    yield None

print(list(several()))
print([x for x in several() if x])
def empty():
    return
    yield
print(list(empty()))
a, b, c = countdown(3)
print(a, b, c)
