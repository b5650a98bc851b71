# True division always gives a float; mixed int/float arithmetic.
print(6 / 3, 7 / 2, -7 / 2, 1 / 8, 1 / 7)
print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0)
print(isinstance(6 / 3, float), isinstance(6 // 3, int), isinstance(6.0 // 3, float))
print(1 + 2.0, 3 * 1.5, 2 - 0.5, 10 - 10.0)
print(True + True, True * 3.5, False / 1, 7 + False)
total = 0
for i in range(1, 11):
    total = total + 1 / i
    print(i, total)
print(9007199254740993 / 1, 2 ** 53 + 1.0)
print(1 / 3 * 3, 0.1 * 10, 1 / 10 * 3)
print(1e308 + 1e308, -1e308 - 1e308)
avg_items = [3, 4, 4, 5, 9]
print("average", sum(avg_items) / len(avg_items))
celsius = [-40, -10, 0, 12.5, 37, 100]
for c in celsius:
    f = c * 9 / 5 + 32
    print(c, "C =", f, "F")
