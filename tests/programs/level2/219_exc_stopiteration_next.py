# Level 2: next() on iterators, StopIteration, and next's default argument.
it = iter([10, 20])
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised, args:", e.args, "value:", e.value)

it2 = iter("ab")
print(next(it2, "default"), next(it2, "default"), next(it2, "default"), next(it2, None))

d = {"x": 1, "y": 2}
keys = iter(d)
print(next(keys), next(keys), next(keys, "no more keys"))

def take(iterator, n):
    out = []
    try:
        for _ in range(n):
            out.append(next(iterator))
    except StopIteration:
        out.append("<end>")
    return out

print(take(iter(range(3)), 5))
print(take(iter(range(10)), 3))

e = StopIteration("payload")
print(e.value, e.args)
e2 = StopIteration()
print(e2.value, e2.args)
e3 = StopIteration(1, 2)
print(e3.value, e3.args)

try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)

it3 = iter((1, 2, 3))
total = 0
while True:
    try:
        total += next(it3)
    except StopIteration:
        break
print("manual loop total", total)
