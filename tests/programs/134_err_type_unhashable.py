# Error program: using a list as a dict key raises TypeError.
seen = {}
for key in [(1, 2), "a", 3, (1, 2), 3.5, None]:
    seen[key] = seen.get(key, 0) + 1
    print(repr(key), seen[key])
print(seen)
grid = {}
for x in range(2):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
seen[[1, 2]] = 1
