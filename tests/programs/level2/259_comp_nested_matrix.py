# Level 2: nested comprehensions on matrices: build, transpose, multiply, flatten.
n = 4
identity = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
for row in identity:
    print(row)
grid = [[r * n + c for c in range(n)] for r in range(n)]
print(grid)
transposed = [[row[c] for row in grid] for c in range(n)]
print(transposed)
flat = [x for row in grid for x in row]
print(flat)
print([row[::-1] for row in grid[:2]])
diag = [grid[i][i] for i in range(n)]
anti = [grid[i][n - 1 - i] for i in range(n)]
print(diag, anti)

def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
print(matmul(a, b))
print(matmul(identity, grid) == grid)
col_sums = [sum(row[c] for row in grid) for c in range(n)]
row_sums = [sum(row) for row in grid]
print(col_sums, row_sums)
chunks = [flat[i:i + 3] for i in range(0, len(flat), 3)]
print(chunks)
table = {(r, c): grid[r][c] for r in range(2) for c in range(2)}
print(table)
neighbors = [(r + dr, c + dc) for r, c in [(0, 0)] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
             if (dr or dc) and 0 <= r + dr < n and 0 <= c + dc < n]
print(neighbors)
print(["".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3)])
