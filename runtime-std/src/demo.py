# Tracery's demo program: a few classic computations, each checked.


def primes_below(limit):
    sieve = [True] * limit
    sieve[0] = sieve[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            for multiple in range(n * n, limit, n):
                sieve[multiple] = False
    found = []
    for n in range(limit):
        if sieve[n]:
            found.append(n)
    return found


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


primes = primes_below(100)
print("primes below 100:", len(primes), "->", primes[:10], "...")
print("fib(90) =", fib(90))
longest = max(range(1, 10000), key=collatz_length)
print("longest Collatz chain below 10000 starts at", longest, "with", collatz_length(longest), "steps")
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1


def by_count(pair):
    return (-pair[1], pair[0])


print("word counts:", sorted(counts.items(), key=by_count)[:3])
assert fib(90) == 2880067194370816120
print("all checks passed")
