# Tier 2: globals holding containers: a list and a dict mutated in place mid-loop (same object, new
# contents) and then rebound to new objects; a tuple and a str rebound to longer ones.
TABLE = [1, 2, 3]
LOOKUP = {"a": 1}
T = (5, 6)
S = "ab"


def grow():
    global S
    S = S * 3


def run(n):
    global TABLE, LOOKUP, T
    t = 0
    for i in range(n):
        t += TABLE[0] + TABLE[-1] + len(TABLE)
        t += LOOKUP.get("a", 0) + len(LOOKUP)
        t += T[1] + len(T) + len(S) + T[-1]
        if i == 300:
            TABLE[0] = 50
        if i == 350:
            TABLE.append(9)
        if i == 400:
            TABLE = [7]
        if i == 450:
            LOOKUP["a"] = 40
        if i == 500:
            LOOKUP = {"b": 2, "c": 3}
        if i == 550:
            T = (1, 2, 3, 4)
        if i == 600:
            grow()
        if i % 50 == 0 and i >= 250:
            print("  ", i, t, TABLE, LOOKUP, T, S)
    return t


print("containers:", run(700))


def fill(k):
    TABLE.append(k)
    LOOKUP[str(k % 4)] = k


def totals(n):
    t = 0
    for i in range(n):
        fill(i)
        t += len(TABLE) + len(LOOKUP) + TABLE[-1]
    return t


print("filled by a callee:", totals(400), len(TABLE), sorted(LOOKUP.items()))
