# Level 2: exceptions inside loops: skipping bad items, retrying, and counting.
lines = ["10", "20", "x", "30", "4.5", "", "-7"]
total = 0
bad = []
for line in lines:
    try:
        total += int(line)
    except ValueError:
        bad.append(line)
        continue
    print("added", line, "total", total)
print("total", total, "bad", bad)

attempts = {"n": 0}
def flaky():
    attempts["n"] += 1
    if attempts["n"] < 4:
        raise RuntimeError("try %d failed" % attempts["n"])
    return "connected on try %d" % attempts["n"]

for tries in range(10):
    try:
        print(flaky())
        break
    except RuntimeError as e:
        print("retrying:", e)
else:
    print("gave up")

errors = {}
pairs = [(1, 0), (4, 2), ("a", 1), (9, 3), (5, 0), (None, 1)]
for a, b in pairs:
    try:
        print(a, "/", b, "=", a / b)
    except Exception as e:
        name = type(e).__name__
        errors[name] = errors.get(name, 0) + 1
print(errors)

i = 0
stack = [3, 2, 1]
while True:
    try:
        top = stack.pop()
        print("popped", top)
    except IndexError as e:
        print("stack empty:", e)
        break
    i += 1
print("popped", i, "items")
