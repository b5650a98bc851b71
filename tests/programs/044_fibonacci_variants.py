# Fibonacci three ways: recursive, iterative, memoized with a dict; plus properties.
def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
for n in range(0, 21, 4):
    print(n, fib_rec(n), fib_iter(n), fib_memo(n))
print(fib_iter(90), fib_memo(90), fib_iter(91))
print("memo size", len(memo))
evens = 0
a, b = 1, 2
while a < 4000000:
    if a % 2 == 0:
        evens += a
    a, b = b, a + b
print("sum of even terms below 4 million", evens)
for n in range(1, 12):
    f0 = fib_iter(n - 1)
    f1 = fib_iter(n)
    f2 = fib_iter(n + 1)
    print(n, "cassini", f0 * f2 - f1 * f1, "ratio", f2 / f1)
