# Level 2: break and continue in try/finally inside loops; finally always runs.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop 1 done")

def first_negative(values):
    for v in values:
        try:
            if v < 0:
                return v
        finally:
            print("  checked", v)
    return None

print(first_negative([3, 1, -4, 2]))

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        print("count reached", count)
        break
    except ValueError as e:
        print("retry after", e)
        continue
    finally:
        print("finally in while, count =", count)
print("loop 2 done")

for i in range(4):
    try:
        if i % 2 == 0:
            raise KeyError(i)
    finally:
        if i < 3:
            print("finally continue swallows", i)
            continue
    print("after try for", i)
print("loop 3 done")

for i in range(3):
    try:
        raise RuntimeError("broken")
    finally:
        print("finally break at", i)
        break
print("loop 4 done: exception discarded by break")
