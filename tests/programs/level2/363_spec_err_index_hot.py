# Level 2: an IndexError raised by a list subscript after the site has run (specialized) many times.
def pick(row, col):
    return row[col]

rows = [[r * 10 + c for c in range(4)] for r in range(25)]
total = 0
for r in range(25):
    for c in range(-4, 4):
        total += pick(rows[r], c)
print("total", total)
print("last", pick(rows[-1], -1), pick(rows[0], 3))
print("about to overrun")
print(pick(rows[3], 4))
