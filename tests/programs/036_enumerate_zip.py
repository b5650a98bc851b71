# enumerate and zip, including start arguments, unequal lengths and unpacking.
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, 1):
    print("#" + str(i), c)
for i, c in enumerate(colors, start=10):
    print(i, c)
print(list(enumerate("ab")), list(enumerate([], 5)))
names = ["ann", "ben", "cat", "dan"]
scores = [90, 75, 88]
for name, score in zip(names, scores):
    print(name, score)
print(list(zip(names, scores)), list(zip()), list(zip([1, 2, 3])))
print(list(zip("abc", range(10), [True, False, None])))
pairs = list(zip(colors, range(3)))
print(pairs, dict(pairs))
a = [1, 2, 3, 4]
b = [10, 20, 30, 40]
dot = 0
for x, y in zip(a, b):
    dot += x * y
print("dot", dot)
for i, (x, y) in enumerate(zip(a, b)):
    print(i, x, y, x + y)
diffs = []
for prev, cur in zip(a, a[1:]):
    diffs.append(cur - prev)
print("diffs", diffs)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for col in range(3):
    row = []
    for r in matrix:
        row.append(r[col])
    transposed.append(row)
print(transposed)
