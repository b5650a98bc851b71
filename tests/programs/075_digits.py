# Digit manipulations: reverse, sum, Armstrong numbers, perfect numbers, happy numbers.
def reverse_int(n):
    sign = -1 if n < 0 else 1
    n = abs(n)
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return sign * r
for n in [0, 7, 123, -456, 1200, 9223372036854775807 // 10]:
    print(n, reverse_int(n))
def digit_list(n):
    out = []
    for ch in str(n):
        out.append(int(ch))
    return out
armstrong = []
for n in range(1, 10000):
    ds = digit_list(n)
    total = 0
    for d in ds:
        total += d ** len(ds)
    if total == n:
        armstrong.append(n)
print("armstrong", armstrong)
def divisor_sum(n):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d != n // d:
                s += n // d
        d += 1
    return s
perfect = []
for n in range(2, 1000):
    if divisor_sum(n) == n:
        perfect.append(n)
print("perfect", perfect)
for n in [8128, 8129, 33550336, 12, 945]:
    s = divisor_sum(n)
    print(n, "divisor sum", s, "perfect" if s == n else ("abundant" if s > n else "deficient"))
def happy(n):
    seen = {}
    while n != 1 and n not in seen:
        seen[n] = True
        total = 0
        for d in digit_list(n):
            total += d * d
        n = total
    return n == 1
happies = []
for n in range(1, 50):
    if happy(n):
        happies.append(n)
print("happy", happies)
for n in [0, 9, 38, 12345, 999999999999]:
    r = n
    while r >= 10:
        r = sum(digit_list(r))
    print("digital root of", n, "is", r)
