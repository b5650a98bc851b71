# sorted() of a list mixing int and str: '<' is not supported between them.
print(sorted([3, 1, 2]), sorted(["b", "a"]))
mixed = [1, "a", 2]
print(len(mixed))
print(sorted(mixed))
