# Level 2: a generator's return value becomes StopIteration.value and yield from's result.
def producer(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return "sum=%d" % total

g = producer(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", repr(e.value), "args:", e.args)

def plain_return():
    yield 1
    return

g2 = plain_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("no value:", e.value, e.args)

def delegator():
    result = yield from producer(4)
    print("  sub-generator returned", result)
    result2 = yield from producer(0)
    print("  empty sub-generator returned", result2)
    return [result, result2]

d = delegator()
print(list(d))

d2 = delegator()
values = []
while True:
    try:
        values.append(next(d2))
    except StopIteration as e:
        print("delegator value:", e.value)
        break
print(values)

def returns_number():
    if False:
        yield
    return 42

try:
    next(returns_number())
except StopIteration as e:
    print("immediate return:", e.value)
print("list ignores the value:", list(producer(2)))
