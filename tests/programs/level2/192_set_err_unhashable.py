# Error path: a list cannot be a set element (TypeError: unhashable type).
tags = {"red", "green"}
tags.add("blue")
print(len(tags), "blue" in tags)
coords = {(1, 2), (3, 4)}
print((1, 2) in coords)
frozen = {frozenset([1, 2]), frozenset([3])}
print(frozenset([2, 1]) in frozen)
rows = [[1, 2], [3, 4]]
print("adding rows")
coords.add(rows[0])
print("not reached")
