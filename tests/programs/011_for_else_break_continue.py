# for loops over ranges, lists, strings and tuples, with else, break and continue.
for i in range(5):
    print("i =", i)
for ch in "loop":
    print("char", ch)
for item in (10, "ten", 10.0, None):
    print("item", item)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            print(n, "equals", d, "*", n // d)
            break
    else:
        print(n, "is a prime number", is_prime(n))
total = 0
for k in range(20):
    if k % 3 == 0:
        continue
    if k > 15:
        break
    total += k
print("total", total)
for x in []:
    print("never")
else:
    print("else after an empty loop")
for row in range(1, 4):
    line = ""
    for col in range(1, 4):
        if col == row:
            continue
        line = line + str(row * col) + " "
    print("row", row, ":", line)
