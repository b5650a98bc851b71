# Error program: subtracting a str from an int raises TypeError (unsupported operand types).
values = [10, 20, "30", 40]
total = 0
for v in values:
    print("adding", repr(v))
    if isinstance(v, int):
        total += v
    print("total so far", total)
remaining = 100
for v in values:
    remaining = remaining - v
    print("remaining", remaining)
