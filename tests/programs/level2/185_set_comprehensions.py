# Set comprehensions and set displays with starred items: ordering and nested clauses.
squares = {x * x for x in range(-6, 7)}
print(squares, len(squares))
mods = {n % 7 for n in range(100) if n % 3 == 0}
print(mods)
pairs = {(i, j) for i in range(3) for j in range(i)}
print(sorted(pairs), len(pairs))
print({x * 32 for x in [5, 3, 1, 40, 20]}, {x for x in [20, 5, 3, 1, 40]})
print({c for c in "banana" if c != "b"} == {"a", "n"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), {len(w) for w in words})
a = [1, 2, 3]
b = (3, 4, 5)
print({*a, *b}, {0, *a, 9, *b, 100})
print({*range(4), *{10, 20}}, {*"", *[]} == set())
print({*{x for x in range(50) if x % 8 == 0}, -1})
grid = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
print({v for row in grid for v in row}, {sum(row) for row in grid})
print({x for x in {3, 1, 2}}, [x for x in {64, 8, 16}], [y for x in [0] for y in {96, 32}])
for x in {17, 1, 33}:
    print("loop", x)
for x in {626917, 53}:
    print("loop2", x)
evens = {x for x in range(20) if x % 2 == 0}
odds = {x for x in range(20) if x not in evens}
print(evens, odds, evens | odds == set(range(20)))
total = 0
for v in {x % 5 for x in range(1000)}:
    total += v
print(total)
print(sorted({(x % 3, x % 2) for x in range(12)}))
