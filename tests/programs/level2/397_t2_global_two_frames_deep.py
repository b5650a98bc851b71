# Tier 2: globals rebound below the hot loop, by a nested function's `global` statement called
# two frames down and by a generator the loop resumes, then read again in the same iteration.
G = 1
MODE = "add"


def make_changer():
    def inner():
        global G
        if G < 1000:
            G = G * 2
        else:
            G = 1
    return inner


changer = make_changer()


def level2(i):
    if i % 50 == 49:
        changer()
    return G


def level1(i):
    return level2(i) + 1


def run(n):
    t = 0
    for i in range(n):
        before = G
        x = level1(i)
        t += G * 3 - before + x
        if before != G:
            print("  ", i, before, "->", G, t)
    return t


print("nested global:", run(700), G)


def modes(n):
    global MODE
    for i in range(n):
        if i % 40 == 0:
            MODE = "mul" if MODE == "add" else "add"
        yield i


def apply(a, b):
    if MODE == "add":
        return a + b
    return a * b


def drive(n):
    t = 0
    for i in modes(n):
        t = (t + apply(i, 3) + len(MODE)) % 100003
        if i % 40 == 0:
            print("  mode", i, MODE, t)
    return t


print("generator sets MODE:", drive(400), MODE)
