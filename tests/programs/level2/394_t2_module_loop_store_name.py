# Tier 2: module-level loops storing globals every iteration (the loop variable, a swapped pair,
# a def, a class, an `except ... as` name, a walrus) while calling functions that read them.
BASE = 10


def scaled():
    return K * BASE


total = 0
for K in range(400):
    total += scaled()
    if K == 300:
        BASE = -1
    if K % 100 == 0:
        print("  K", K, total)
print("loop variable read by a function:", total, K)

A, B = 1, 100


def diff():
    return A - B


acc = 0
for i in range(601):
    A, B = B, A
    acc += diff() * (i % 4)
print("swapped pair:", acc, A, B)


def call_step(x):
    return step(x) + Box.size


t = 0
for i in range(300):
    def step(x):
        return x + i

    class Box:
        size = i % 4

    t += call_step(1)
print("def and class stored each iteration:", t, step(0), Box.size)


def read_err():
    try:
        return len(str(ERR))
    except NameError:
        return -1


hits = 0
for i in range(300):
    try:
        if i % 3 == 0:
            raise ValueError("x" * (i % 5))
        hits += read_err()
    except ValueError as ERR:
        hits += read_err() * 10
print("except-as name bound and deleted:", hits, read_err())

w = 0
for i in range(300):
    if (W := i % 7) > 3:
        w += scaled() + W
print("walrus:", w, W)
