# round: banker's rounding, ndigits positive and negative, ints and floats.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999999999999994]:
    print(x, round(x))
print(round(3.14159, 2), round(3.14159, 0), round(2.675, 2), round(1.005, 2), round(-1.25, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1))
print(round(12345, -1), round(15, -1), round(25, -1), round(99, -2), round(0, -3))
print(round(0.0), round(-0.0), round(1e15 + 0.5), round(123.456, 5), round(5.5, 0))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), isinstance(round(7, 1), int))
prices = [19.995, 5.125, 0.015, 100.0, 3.3333]
for p in prices:
    print(p, round(p, 2), round(p, 1), round(p))
total = 0.0
for p in prices:
    total += p
print("total", total, round(total, 2))
