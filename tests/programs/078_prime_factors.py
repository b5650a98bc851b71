# Prime factorization by trial division, divisor counts, and Euler's totient.
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors.append(n)
    return factors
def grouped(factors):
    out = []
    for f in factors:
        if out and out[-1][0] == f:
            out[-1][1] += 1
        else:
            out.append([f, 1])
    return out
def show(n):
    text = ""
    for p, e in grouped(factorize(n)):
        if text:
            text += " * "
        text += str(p)
        if e > 1:
            text += "^" + str(e)
    return text
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 9223372036854775807, 2 ** 31 - 1]:
    print(n, "=", show(n))
def num_divisors(n):
    count = 1
    for p, e in grouped(factorize(n)):
        count *= e + 1
    return count
def totient(n):
    result = n
    for p, e in grouped(factorize(n)):
        result = result // p * (p - 1)
    return result
for n in [1, 6, 28, 36, 100, 720, 5040]:
    print(n, "divisors", num_divisors(n), "phi", totient(n))
best = 0
best_n = 0
for n in range(1, 5000):
    c = num_divisors(n)
    if c > best:
        best, best_n = c, n
print("most divisors below 5000:", best_n, best)
