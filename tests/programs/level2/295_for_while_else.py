# Level 2: else clauses on for and while loops, with and without break.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("  found", target, "at", i)
            break
    else:
        print("  ", target, "not found")
        return -1
    return i

print(find([4, 5, 6], 5), find([4, 5, 6], 9), find([], 1))

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)

i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("not printed")
print("while broke at", i)

while False:
    pass
else:
    print("else runs even when the body never runs")

for x in []:
    print("never")
else:
    print("empty for still runs else")

for x in range(3):
    if x == 1:
        continue
else:
    print("continue does not skip else, x =", x)

for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for outer", outer)
        continue
    print("inner broke for outer", outer)
