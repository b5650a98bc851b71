# Tier 2: a global counter stored on every iteration (`global n; n += 1`) while the same loop reads
# other globals: thousands of changes to the module's globals, then other globals changed after.
import math

n = 0
STEP = 2
NAME = "s"


def tick():
    global n
    n += 1


def reader(k):
    t = 0
    for i in range(k):
        t += STEP + len(NAME)
    return t


print("reader before:", reader(300))


def run(k):
    global n
    t = 0
    for i in range(k):
        n += 1
        t += n % 7 + STEP
        tick()
        t += n % 5 + len(NAME)
        if i % 1000 == 0:
            print("  ", i, n, t, NAME)
    return t


print("counting:", run(4000), n)
STEP = 5
print("reader after STEP = 5:", reader(300))


def change_later(k):
    global STEP, NAME, n
    t = 0
    for i in range(k):
        n += 1
        t += STEP + len(NAME) + reader(2)
        if i == 1500:
            STEP = -3
        if i == 2500:
            NAME = "longer"
        if i % 500 == 0:
            print("  ", i, t, STEP, NAME)
    return t


print("changes after many:", change_later(3000), n)
for i in range(2000):
    math.e = i
print("module attribute stored 2000 times:", math.e, reader(10))
math.e = 0.5
print("then once more:", math.e, math.e * 2)
