# Tier 2: recursion called from hot loops: linear recursion hundreds of frames deep, mutual
# recursion, tree recursion (hanoi), and a recursive function with a loop (ackermann).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


t = 0
for i in range(400):
    t += depth(i % 60)
print("depth sum", t, depth(400))

deep = 0
for i in range(20):
    deep += depth(300 + i * 10)
print("deep calls", deep)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


evens = 0
for i in range(300):
    if is_even(i):
        evens += 1
print("mutual", evens, is_odd(301))


def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)


moves = []
hanoi(10, "A", "B", "C", moves)
counts = {}
for m in moves:
    counts[m] = counts.get(m, 0) + 1
print("hanoi", len(moves), sorted(counts.items()))


def ackermann(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ackermann(m, n - 1)
        m -= 1
    return n + 1


print("ackermann", [ackermann(2, k) for k in range(8)], ackermann(3, 3))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fibs = []
for i in range(18):
    fibs.append(fib(i))
print("fib", fibs[-4:], sum(fibs))
