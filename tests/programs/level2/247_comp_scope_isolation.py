# Level 2: comprehension variables live in their own scope and do not leak.
x = "outer x"
result = [x for x in range(3)]
print(result, x)

i = 100
squares = {i: i * i for i in range(4)}
print(squares, i)

n = -1
total = sum(n for n in range(10))
print(total, n)

def f():
    k = "local k"
    vals = [k for k in "ab"]
    return vals, k

print(f())

try:
    [leaked for leaked in range(2)]
    print(leaked)
except NameError as e:
    print("NameError:", e)

factor = 3
print([factor * v for v in range(4)])

def scaled(values, factor):
    return [v * factor for v in values]

print(scaled([1, 2], 10))

def nested():
    base = 5
    return [[base + a + b for b in range(2)] for a in range(2)]

print(nested())

items = [1, 2, 3]
items2 = [items for items in [items, items]]
print(items2, items)

funcs = [lambda: v for v in range(3)]
print([g() for g in funcs])

data = [[1, 2], [3, 4]]
flat = [y for y in [x for x in data]]
print(flat)
print([x for x in range(3)], [x for x in range(3)] == [x for x in range(3)])
