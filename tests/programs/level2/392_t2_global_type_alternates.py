# Tier 2: a global whose type changes every few iterations (int, float, str, bool), including
# values equal under == but of other types or signs: 1, 1.0, True and 0.0, -0.0, False.
import math

values = (1, 1.0, True, "1", 0.0, -0.0, False, 2, 2.5, "ab")
V = 0


def setv(i):
    global V
    V = values[(i // 3) % len(values)]


def show():
    return repr(V * 2) + "/" + repr(V)


def run(n):
    seen = []
    num = 0.0
    text = ""
    signs = 0.0
    for i in range(n):
        setv(i)
        r = show()
        if r not in seen:
            seen.append(r)
        if isinstance(V, str):
            text += V
        else:
            num += V * 3
            signs += math.copysign(1.0, V)
    print("  seen:", seen)
    print("  text length:", len(text), text[:12])
    return num, signs


print("through a callee:", run(600))


def direct(n):
    global V
    out = []
    for i in range(n):
        if i % 4 == 0:
            V = 7
        elif i % 4 == 1:
            V = 7.0
        elif i % 4 == 2:
            V = "7"
        else:
            V = -0.0
        r = V + V
        if i < 8 or i > n - 5:
            out.append(r)
    return out


print("in the loop itself:", direct(500))
