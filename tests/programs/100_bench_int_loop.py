# Benchmark-like: a tight integer loop with arithmetic, comparisons and a checksum.
def run(n):
    acc = 0
    x = 1
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        if x & 1:
            acc += x >> 16
        else:
            acc -= x % 1000
        i += 1
    return acc, x
for n in [10, 1000, 50000]:
    acc, x = run(n)
    print(n, acc, x)
total = 0
for i in range(100000):
    total += i * i % 7
print("sum of squares mod 7", total)
