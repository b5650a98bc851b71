# Tier 2: errors raised by specialized operations after their loops were traced:
# IndexError, ZeroDivisionError (int and float), KeyError, caught inside and outside the loop.
def fill_until_error(n):
    data = list(range(n))
    i = 0
    try:
        while True:
            data[i] += 1
            i += 1
    except IndexError as e:
        return i, str(e), data[-1]


print("index error outside loop:", fill_until_error(300))

divs = [5, 4, 3, 2, 1, 0] * 100
q = 0
errs = 0
last = None
for d in divs:
    try:
        q += 1000 // d + 1000 % (d or 7)
    except ZeroDivisionError as e:
        errs += 1
        last = str(e)
print("int division:", q, errs, last)

fq = 0.0
for i in range(500):
    try:
        fq += 1.0 / (i % 5)
    except ZeroDivisionError as e:
        fq -= 1
        if i == 0:
            print("float:", e)
print("float division:", fq)

squares = {k: k * k for k in range(0, 400, 2)}
missing = []
s = 0
for k in range(400):
    try:
        s += squares[k]
    except KeyError as e:
        if len(missing) < 3:
            missing.append(e.args[0])
print("dict lookups:", s, missing)


def deep(n, i):
    if n == 0:
        return [1, 2, 3][i]
    return deep(n - 1, i)


def scan():
    total = 0
    for i in range(800):
        total += deep(4, i % 3)
        if i == 700:
            total += deep(4, 5)
    return total


try:
    print(scan())
except IndexError as e:
    print("scan failed after traced calls:", e)

t = (1, 2, 3)
hits = 0
for i in range(400):
    try:
        hits += t[i % 5 - 1]
    except IndexError:
        hits -= 10
print("tuple index", hits)
