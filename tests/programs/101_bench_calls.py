# Benchmark-like: many small function calls with positional and keyword arguments.
def add(a, b):
    return a + b
def scale(x, factor=3):
    return x * factor
def step(v, k):
    return add(scale(v, factor=2), k) % 1000003
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
v = 1
for k in range(60000):
    v = step(v, k)
print("chain", v)
print("fib(20)", fib(20))
count = 0
def bump():
    global count
    count += 1
for i in range(30000):
    bump()
print("bumped", count)
