# Tier 2: hot loops inside generators (traced loops that yield now and then), send() in a hot
# loop, generators closed by break (their finally runs), an infinite generator.
def chunks(n, size):
    acc = 0
    for i in range(n):
        acc += i
        if i % size == size - 1:
            yield acc
            acc = 0
    if acc:
        yield acc


print("chunks", list(chunks(1000, 300)))


def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v


rm = running_max()
next(rm)
peaks = []
for i in range(600):
    m = rm.send((i * 37) % 101 + i // 10)
    if i % 100 == 0:
        peaks.append(m)
print("send", peaks)


def numbers(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  closed", tag, i)


for v in numbers("outer", 1000):
    if v == 600:
        break
for k in range(3):
    for v in numbers(k, 1000):
        if v == 300 + k:
            break


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fibs = []
for i, f in enumerate(fib_gen()):
    if i >= 80:
        break
    fibs.append(f)
print("fib", fibs[::20], len(fibs))


def primes():
    found = []
    n = 2
    while True:
        for p in found:
            if n % p == 0:
                break
        else:
            found.append(n)
            yield n
        n += 1


print("primes", [p for p, _ in zip(primes(), range(100))][-4:])
