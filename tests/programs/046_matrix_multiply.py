# Matrix multiplication, identity, transpose, power and determinant.
def zeros(n, m):
    rows = []
    for i in range(n):
        rows.append([0] * m)
    return rows
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            c[i][j] = s
    return c
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def transpose(a):
    t = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            t[j][i] = a[i][j]
    return t
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for col in range(len(m)):
        minor = []
        for row in m[1:]:
            minor.append(row[:col] + row[col + 1:])
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * det(minor)
    return total
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a))
print(matmul(identity(3), b) == b)
fibm = [[1, 1], [1, 0]]
p = identity(2)
for i in range(1, 11):
    p = matmul(p, fibm)
    print("F^" + str(i), p)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m), det(identity(4)), det([[1, 2], [2, 4]]))
fm = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(fm, fm))
