# Pascal's triangle rows, binomial coefficients, row sums, and a centered drawing.
def next_row(row):
    out = [1]
    for i in range(len(row) - 1):
        out.append(row[i] + row[i + 1])
    out.append(1)
    return out
row = [1]
rows = [row]
for n in range(1, 15):
    row = next_row(row)
    rows.append(row)
for r in rows[:8]:
    print(r)
print("row 14", rows[14], "sum", sum(rows[14]), 2 ** 14)
def binom(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result
for n, k in [(5, 2), (10, 3), (20, 10), (30, 15), (60, 30), (7, 0), (7, 8)]:
    print("C(" + str(n) + "," + str(k) + ") =", binom(n, k))
for i in range(15):
    ok = True
    for k in range(i + 1):
        if rows[i][k] != binom(i, k):
            ok = False
    if not ok:
        print("mismatch in row", i)
width = 40
for r in rows[:6]:
    text = ""
    for v in r:
        text += str(v) + " "
    left = (width - len(text)) // 2
    print(" " * left + text)
odd = 0
for r in rows:
    for v in r:
        if v % 2 == 1:
            odd += 1
print("odd entries in 15 rows", odd)
