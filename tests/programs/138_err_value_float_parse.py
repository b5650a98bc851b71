# Error program: float() of a non-numeric string raises ValueError.
readings = ["1.5", "2e3", "-0.25", "inf", " 4 ", "n/a", "3"]
def parse_all(items):
    total = 0.0
    for r in items:
        value = float(r)
        total += value
        print(repr(r), value, total)
    return total
print(parse_all(readings[:3]))
print(parse_all(readings))
