# Level 2: an IndexError raised by a list item assignment after the site has run (specialized) many times.
def fill(values, n):
    for i in range(n):
        values[i - n if n % 2 else i] = i * i
    return values

for n in range(70):
    out = fill([0] * 5, n % 6)
    if n % 10 == 0:
        print(n, out)
buf = [0] * 8
print(fill(buf, 8))
print("about to overrun")
fill(buf, 9)
