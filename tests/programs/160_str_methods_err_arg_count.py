# Wrong argument counts to str methods are TypeErrors with CPython's wording.
print("a-b".replace("-", "+"), "a-b".replace("-", "+", 1))
print("a-b".replace("-"))
