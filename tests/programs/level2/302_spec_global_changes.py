# Specialized global loads survive changes inside hot loops: a global rebound and deleted, a
# builtin shadowed by a global and unshadowed, new globals added while a function runs.
counter = 0
LIMIT = 5


def bump():
    global counter
    counter = counter + 1
    return counter


def read_limit():
    return LIMIT


def add_global():
    global extra_global
    extra_global = "new key"


def measure(items):
    return len(items)


total = 0
for i in range(200):
    total += bump() + read_limit()
    if i == 99:
        LIMIT = 50
    if i == 149:
        add_global()
print("counter", counter, "total", total, extra_global)

missing = 0
for i in range(150):
    try:
        total += read_limit()
    except NameError as exc:
        missing += 1
        if missing == 1:
            print("NameError:", exc)
    if i == 69:
        del LIMIT
    if i == 119:
        LIMIT = 7
print("missing", missing, "total", total)

lengths = []
for i in range(250):
    lengths.append(measure([1, 2, 3]))
    if i == 99:
        def len(x):
            return -1
    if i == 179:
        del len
print(lengths[0], lengths[99], lengths[100], lengths[179], lengths[180], sum(lengths))


def uses_builtins(n):
    out = 0
    for k in range(n):
        out += abs(-k) + min(k, 3)
    return out


print("builtins:", uses_builtins(100))
abs = lambda v: 0
print("shadowed abs:", uses_builtins(100))
del abs
print("restored abs:", uses_builtins(100))
