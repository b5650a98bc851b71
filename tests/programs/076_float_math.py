# Floating-point algorithms: Newton's square root, series for pi and e, bisection.
def sqrt(x):
    if x == 0:
        return 0.0
    guess = x / 2.0 if x > 1 else 1.0
    for i in range(60):
        nxt = (guess + x / guess) / 2
        if nxt == guess:
            break
        guess = nxt
    return guess
for x in [2, 9, 0.25, 1e10, 1e-10, 12345.678, 0]:
    r = sqrt(x)
    print(x, r, r * r)
pi = 0.0
sign = 1.0
for k in range(100000):
    pi += sign * 4.0 / (2 * k + 1)
    sign = -sign
print("leibniz pi", pi)
e = 0.0
term = 1.0
for n in range(1, 20):
    e += term
    term /= n
print("e", e)
def f(x):
    return x * x * x - 2 * x - 5
lo, hi = 2.0, 3.0
for i in range(60):
    mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0:
        hi = mid
    else:
        lo = mid
    if i % 10 == 9:
        print("bisection step", i + 1, lo, hi)
print("root", lo, f(lo))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
harmonic = 0.0
for n in range(1, 1001):
    harmonic += 1 / n
print("H(1000)", harmonic)
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, 0.1 * 3 - 0.3)
