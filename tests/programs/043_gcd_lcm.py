# Euclid's algorithm (iterative and recursive), lcm, extended gcd, fraction reduction.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)
def lcm(a, b):
    return abs(a * b) // gcd(a, b)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (100, 75), (0, 9), (-24, 36), (1071, 462), (2 ** 20, 6 ** 10)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, "gcd", gcd(a, b), gcd_rec(a, b), "lcm", lcm(a, b) if a != 0 else 0, "egcd", g, x, y, a * x + b * y)
def reduce_fraction(num, den):
    g = gcd(num, den)
    num = num // g
    den = den // g
    if den < 0:
        num = -num
        den = -den
    return num, den
for num, den in [(6, 8), (-10, 4), (3, -9), (0, 5), (144, 96)]:
    print(num, "/", den, "=", reduce_fraction(num, den))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm(1..20) =", acc)
