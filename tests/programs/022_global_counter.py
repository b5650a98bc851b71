# The global statement: rebinding module-level names from inside functions.
counter = 0
log = []
def increment(step=1):
    global counter
    counter += step
    log.append(counter)
def reset():
    global counter
    old = counter
    counter = 0
    return old
def read_only():
    return counter * 2
increment()
increment(5)
print(counter, read_only(), log)
print("reset returned", reset(), "counter now", counter)
for i in range(4):
    increment(i)
print(counter, log)
def make_total():
    global total
    total = 0
    for v in log:
        total += v
make_total()
print("total", total)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
calls = 0
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(15), "calls", calls)
calls = 0
print(fib(10), "calls", calls)
