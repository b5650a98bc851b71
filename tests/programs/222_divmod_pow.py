# divmod on ints and floats with every sign combination; pow with two and three arguments, negative exponents.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (1, 7), (-1, 7)]:
    q, r = divmod(a, b)
    print(a, b, divmod(a, b), q * b + r == a, a // b == q, a % b == r)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 3), (1, 0.3), (-0.0, 1.0), (5, 2.5)]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(9223372036854775807, 10), divmod(-9223372036854775807, 1000000007))
print(divmod(1e300, 1e-300)[1], divmod(2, float("inf")), divmod(-2, float("inf")))
def to_hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return (h, m, s)
print(to_hms(3725), to_hms(0), to_hms(86399), to_hms(59.5))
print(pow(2, 10), pow(-2, 3), pow(2, 0), pow(0, 0), pow(2, -1), pow(2, -3), pow(-2, -2), pow(10, -2))
print(pow(2.0, 3), pow(4, 0.5), pow(2, 0.5), pow(-8.0, 3), pow(1.5, -2), pow(0.0, 0), pow(-1, 63))
print(pow(3, 4, 5), pow(2, 62, 1000000007), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7), pow(5, 0, 1), pow(5, 0, 3))
print(pow(2, -1, 5), pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(7, -1, 1), pow(38, -1, 97), pow(2, -1, -5))
print(pow(123456789, 987654321, 1000000007), pow(9223372036854775807, 2, 9223372036854775783))
print(pow(True, 2), pow(2, True), pow(2, 3, True), pow(base=2, exp=5), pow(2, 5, mod=7))
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 ** 18, 0.5 ** -2)
def modexp_table(base, mod):
    row = []
    for e in range(6):
        row.append(pow(base, e, mod))
    return row
print(modexp_table(3, 7), modexp_table(10, 13), modexp_table(-4, 9))
for a in range(1, 11):
    inv = pow(a, -1, 11)
    print(a, inv, a * inv % 11, end="; ")
print()
