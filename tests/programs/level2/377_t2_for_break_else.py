# Tier 2: hot for loops over ranges, lists, tuples, strings, enumerate and zip,
# with break, continue and else, called often enough that the loops and their exits get traced.
def first_multiple(seq, m):
    for x in seq:
        if x % m == 0 and x > 0:
            break
    else:
        return None
    return x


nums, tup = list(range(1, 40)), tuple(range(3, 90, 4))
found = []
for m in range(1, 300):
    r1 = first_multiple(nums, m)
    r2 = first_multiple(tup, m)
    r3 = first_multiple(range(50, 0, -3), m)
    if m % 37 == 1:
        found.append((m, r1, r2, r3))
print("first multiples", found)

text = "the quick brown fox jumps over the lazy dog " * 20
vowels = 0
skipped = 0
for ch in text:
    if ch == " ":
        skipped += 1
        continue
    if ch in "aeiou":
        vowels += 1
else:
    print("string loop done", vowels, skipped)

for i, ch in enumerate(text):
    if ch == "z" and i > 500:
        print("z found at", i)
        break
else:
    print("no z")

a = list(range(0, 1000, 3))
b = list(range(1000, 0, -2))
same = 0
for x, y in zip(a, b):
    if x > y:
        break
    if (x + y) % 5:
        continue
    same += 1
else:
    print("zip ran out")
print("zip", same, x, y)

primes = []
for n in range(2, 600):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print("primes", len(primes), primes[-3:])

total = 0
for i in range(10, 2000, 7):
    if i % 3 == 0:
        continue
    total += i
    if total > 150000:
        break
else:
    print("range ran out")
print("stepped range", i, total)

for i in range(0):
    print("never")
else:
    print("empty range else")
