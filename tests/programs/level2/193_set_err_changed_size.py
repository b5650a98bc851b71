# Error path: adding to a set while iterating over it raises RuntimeError.
values = {1, 2, 3}
total = 0
for v in values:
    total += v
print("sum", total)
doubled = {v * 2 for v in values}
print(doubled)
for v in values:
    print("visiting", v)
    if v == 1:
        values.add(v + 100)
print("not reached")
