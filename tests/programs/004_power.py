# The ** operator: ints, negative exponents, floats, precedence and associativity.
for base in [2, 3, -2, -3, 10]:
    line = []
    for e in range(0, 7):
        line.append(base ** e)
    print(base, line)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5)
print(2 ** 10, 2 ** 62, 3 ** 39, 7 ** 22)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 10, 2 ** 0.5, 9 ** 0.5, 1.5 ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** 100, (-1) ** 101)
print(10.0 ** 20, 10.0 ** -20, 10 ** 18)
print(isinstance(2 ** 3, int), isinstance(2 ** -3, float))
x = 1
n = 0
while x < 1000000000000:
    x = x * 7
    n += 1
print("7 ** " + str(n) + " =", x, 7 ** n == x)
def ipow(b, e):
    result = 1
    while e > 0:
        if e % 2 == 1:
            result = result * b
        b = b * b if e > 1 else b
        e = e // 2
    return result
for b, e in [(3, 13), (5, 20), (2, 40), (-7, 11)]:
    print(b, e, ipow(b, e), ipow(b, e) == b ** e)
