# Integer arithmetic: the four operations, precedence, unary minus, big-but-64-bit values.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(-a, +a, -(-a))
print(a + b * 2, (a + b) * 2, a - b - 2, a - (b - 2))
print(2 * 3 + 4 * 5, 2 * (3 + 4) * 5)
print(100 - 3 * 7 + 2 ** 4)
x = 0
for i in range(1, 11):
    x = x + i * i
    print("step", i, "sum of squares", x)
big = 3037000499
print(big * big)
print(9223372036854775807 - 1)
print(-9223372036854775807 - 1)
print(4611686018427387904 + 4611686018427387903)
million = 1000000
print(million * million, million * million * 1000)
print(1_000_000 + 2_000, 0x1F, 0o17, 0b1011, 0xff + 0b1)
n = 123456789
digits = 0
while n > 0:
    n = n // 10
    digits = digits + 1
print("digits:", digits)
print(7 * -3, -7 * -3, 0 * -5)
print(abs(-42), abs(42), abs(0))
