# Error program: unpacking a tuple of the wrong length raises ValueError.
records = [("ann", 31), ("bob", 27), ("cy", 45, "extra"), ("di", 22)]
for r in records:
    print(r, len(r))
oldest = ""
oldest_age = 0
for r in records:
    if r[1] > oldest_age:
        oldest, oldest_age = r[0], r[1]
print("oldest", oldest, oldest_age)
for name, age in records:
    print(name, "is", age)
