# Sieve of Eratosthenes and a few prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for i in range(limit + 1):
        if is_prime[i]:
            primes.append(i)
    return primes
primes = sieve(200)
print(primes)
print("count", len(primes), "sum", sum(primes), "largest", primes[-1])
twins = []
for i in range(len(primes) - 1):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
print("twin primes", twins)
gaps = {}
for i in range(len(primes) - 1):
    g = primes[i + 1] - primes[i]
    gaps[g] = gaps.get(g, 0) + 1
print("gaps", sorted(gaps.items()))
big = sieve(10000)
print("primes below 10000:", len(big), big[-5:])
for n in [1, 10, 100, 1000, 10000]:
    count = 0
    for p in big:
        if p <= n:
            count += 1
    print("pi(" + str(n) + ") =", count)
