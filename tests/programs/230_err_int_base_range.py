# int() with a base outside 2..36 (and not 0) raises ValueError.
for base in [2, 8, 16, 36, 0]:
    print(base, int("10", base))
bases = [3, 1]
for base in bases:
    print("base", base, "->", int("12", base))
