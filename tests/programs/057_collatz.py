# Collatz sequences: lengths, peaks, and the longest chain below a bound.
def collatz(n):
    steps = [n]
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps.append(n)
    return steps
for start in [1, 6, 7, 27]:
    seq = collatz(start)
    print(start, "length", len(seq), "peak", max(seq))
print(collatz(6))
print(collatz(11))
cache = {1: 1}
def chain_length(n):
    path = []
    while n not in cache:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
    length = cache[n]
    while path:
        length += 1
        cache[path.pop()] = length
    return length
best = 1
best_len = 1
for n in range(1, 10000):
    L = chain_length(n)
    if L > best_len:
        best, best_len = n, L
        print("new record", n, L)
print("longest below 10000:", best, best_len)
print("cache size over 10000:", len(cache) > 10000)
