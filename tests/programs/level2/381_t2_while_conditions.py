# Tier 2: while loops with complex conditions (and/or/not chains, chained comparisons, calls and
# subscripts in the test), Collatz-style inner loops, and conditions whose deciding part shifts.
i, j = 0, 1000
while i < j and (i % 7 != 3 or j % 5 != 0):
    i += 1
    j -= 1
print("and/or", i, j)

steps_total = 0
longest = (0, 0)
for start in range(1, 400):
    n = start
    steps = 0
    while n != 1 and steps < 500:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    steps_total += steps
    if steps > longest[0]:
        longest = (steps, start)
print("collatz", steps_total, longest)

data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9] * 40
k = 0
seen_nines = 0
while k < len(data) and not (data[k] == 7 and seen_nines >= 30):
    if data[k] == 9:
        seen_nines += 1
    k += 1
print("subscript condition", k, seen_nines)

def ok(v):
    return v % 13 != 12

x = 0
calls = 0
while 0 <= x < 900 and ok(x) or x < 50:
    x += 1
    calls += 1
print("chained and call", x, calls)

a, b = 1, 0
rounds = 0
while (a < 10000 or b < 5000) and not (a > 20000 and b > 20000):
    if rounds % 2:
        a += 37
    else:
        b += 41
    rounds += 1
print("alternating growth", a, b, rounds)

stack = list(range(50))
queue = []
moves = 0
while stack or (queue and len(queue) % 3 != 0):
    if stack:
        queue.append(stack.pop())
    else:
        queue.pop()
    moves += 1
print("containers as conditions", moves, len(queue))

probes = 0
target = 123456789
for t in range(300):
    lo, hi = 0, 10 ** 9
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * 3 < target + t:
            lo = mid + 1
        else:
            hi = mid
        probes += 1
print("binary search", lo, probes)

n = 0
while True:
    n += 1
    if n % 2 == 0 and n % 3 == 0 and n % 5 == 0 and n > 500:
        break
print("while True", n)
