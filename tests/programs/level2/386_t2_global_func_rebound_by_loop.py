# Tier 2: a global function rebound by the hot loop itself (`global f; f = g`) at one iteration
# and called again in that same iteration, and a global stored on every iteration from a table.
def double(x):
    return x * 2


def triple(x):
    return x * 3


def negate(x):
    return -x


f = double


def run(n, k):
    global f
    t = 0
    for i in range(n):
        t += f(i)
        if i == k:
            f = triple
            t += f(1000)
        t += f(1)
        if i % 150 == 0 or i == k:
            print("  run", i, t, f(1))
    return t


print("rebound at 300:", run(600, 300))
print("now f(5) =", f(5))
f = double
print("rebound at 0:", run(400, 0))
f = double
print("never rebound:", run(400, 1000))

table = (double, triple, negate)


def pick(n):
    global f
    t = 0
    for i in range(n):
        f = table[(i // 97) % 3]
        t += f(i) + f(1)
        if i % 97 == 0:
            print("  pick", i, t, f(2))
    return t


print("picked:", pick(500), f(10))


def flip(n):
    global f
    t = 0
    for i in range(n):
        t = t * 3 % 1000003 + f(i)
        if i % 2 == 0:
            f = negate
        else:
            f = double
    return t


print("flipped every iteration:", flip(800), f(7))
