# Level 2: infinite generators consumed with break, next and take-style helpers.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50 comes from", n)
        break

def take(n, iterable):
    out = []
    for x in iterable:
        if len(out) == n:
            break
        out.append(x)
    return out

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(10, primes()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(15, fib()))
big = next(x for x in fib() if x > 1000)
print("first fib over 1000:", big)

def cycle(items):
    while True:
        for it in items:
            yield it

c = cycle("abc")
print("".join(next(c) for _ in range(8)))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(6)))
counter = naturals(100)
print(next(counter), next(counter), next(counter))
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens), take(3, evens))
