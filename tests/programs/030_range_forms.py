# range with one, two and three arguments, negative steps, empty ranges, len, indexing.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(-1, -6, -1)))
r = range(3, 30, 4)
print(len(r), r[0], r[2], r[-1], 7 in r, 8 in r, list(r))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(1, 1)))
print(r, range(5), range(1, 5), range(5, 1, -1))
total = 0
for i in range(1, 101):
    total += i
print("1..100 =", total)
for i in range(10, 0, -2):
    print("down", i)
print(list(reversed(range(5))), sum(range(1, 11)), max(range(7)), min(range(3, 9)))
evens = list(range(0, 21, 2))
print(evens, len(evens))
print(range(0, 10)[2:5], list(range(0, 10)[::-1]), list(range(0, 10)[1::3]))
n = 0
for a in range(3):
    for b in range(a, 3):
        n += 1
        print("pair", a, b)
print("pairs", n)
