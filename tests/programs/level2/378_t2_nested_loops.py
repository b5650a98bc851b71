# Tier 2: nested loops where the inner loop's trace is entered from the outer loop's trace:
# short and variable inner trip counts (0, 1, many), triple nesting, inner break, while in for.
total = 0
for i in range(400):
    for j in range(i % 6):
        total += i * j
print("variable inner", total)

grid = [[(r * 7 + c * 3) % 10 for c in range(12)] for r in range(40)]
row_max = []
col_sum = [0] * 12
for rep in range(8):
    for row in grid:
        best = -1
        for c, v in enumerate(row):
            col_sum[c] += v
            if v > best:
                best = v
        if rep == 0:
            row_max.append(best)
print("grid", sum(row_max), col_sum)

count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                count += 1
print("triples", count)

hits = 0
for i in range(500):
    j = 0
    while j < 20:
        if (i + j) % 11 == 0:
            break
        j += 1
    hits += j
print("while in for with break", hits)

def matmul(x, y):
    n, m, k = len(x), len(y[0]), len(y)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += x[i][t] * y[t][j]
            row.append(s)
        out.append(row)
    return out

m1 = [[(i + j) % 5 - 2 for j in range(8)] for i in range(8)]
p = m1
for _ in range(4):
    p = matmul(p, m1)
print("matmul", p[0], p[7][7])

outer_runs = 0
inner_runs = 0
i = 0
while i < 300:
    k = i % 4
    while k > 0:
        inner_runs += 1
        k -= 1
    outer_runs += 1
    i += 1
print("while in while", outer_runs, inner_runs)

pairs = 0
for x in range(60):
    for y in range(x):
        if (x ^ y) & 1:
            pairs += 1
        if y > 25:
            break
print("pairs", pairs)
