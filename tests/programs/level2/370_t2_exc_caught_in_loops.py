# Tier 2: exceptions raised in traced loops and caught in the loop body: from a called function,
# from int(), through try/finally, re-raised, and from a function a few frames down.
def risky(i):
    if i % 50 == 49:
        raise ValueError("bad %d" % i)
    return i * 2


caught = 0
total = 0
for i in range(600):
    try:
        total += risky(i)
    except ValueError as e:
        caught += 1
        if caught <= 2:
            print("caught", e)
print("risky:", total, caught)

finally_runs = 0
for i in range(500):
    try:
        try:
            if i % 100 == 99:
                raise KeyError(i)
        finally:
            finally_runs += 1
    except KeyError as e:
        print("outer caught", e)
print("finally ran", finally_runs)

row = []
for i in range(400):
    try:
        row.append(int("12" if i % 80 else "x%d" % i))
    except ValueError as e:
        print("int():", e)
print("row", sum(row), len(row))


def check(v):
    if v % 64 == 63:
        raise IndexError(v)
    return v


def middle(v):
    try:
        return check(v) + 1
    except IndexError:
        raise


def top(v):
    return middle(v) * 2


ok = 0
errors = []
for i in range(700):
    try:
        ok += top(i)
    except IndexError as e:
        errors.append(e.args[0])
    else:
        ok += 1
print("three frames down", ok, errors[:3], len(errors))

retries = 0
for i in range(300):
    attempt = 0
    while True:
        try:
            attempt += 1
            if attempt < 1 + i % 3:
                raise RuntimeError("again")
            break
        except RuntimeError:
            retries += 1
print("retries", retries)
