# Floor division and modulo follow the sign rules of Python, not C.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, "->", q, r, "check", q * b + r == a)
print("divmod")
for a, b in pairs:
    print(a, b, divmod(a, b))
print("floats")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.0 % 3, -5.0 % 3, 5 % -3.0, -5.0 % -3.0)
print(-0.0 % 5, 0.0 % -5)
print(9223372036854775807 // 2, 9223372036854775807 % 10)
print(-9223372036854775807 // 10, -9223372036854775807 % 10)
n = -37
while n != 0:
    print("n", n, "n // 4", n // 4, "n % 4", n % 4)
    n = n // 4
    if n == -1:
        print("reached -1, floor stays there")
        break
