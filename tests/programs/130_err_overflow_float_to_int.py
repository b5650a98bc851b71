# Error program: converting an infinite float to int raises OverflowError (a CPython error too).
values = [1.5, -2.7, 1e18, -0.0, 1e300 * 1e10]
for v in values:
    print(v, v > 1e308)
def truncate(x):
    return int(x)
for v in values:
    print("int of", v, "is", truncate(v))
print("unreachable")
print(values)
