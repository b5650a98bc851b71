# Transpose, rotation, spiral order and diagonal sums of square and rectangular grids.
def make(rows, cols):
    m = []
    n = 1
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(n)
            n += 1
        m.append(row)
    return m
def show(m):
    for row in m:
        print(row)
def transpose(m):
    out = []
    for c in range(len(m[0])):
        row = []
        for r in range(len(m)):
            row.append(m[r][c])
        out.append(row)
    return out
def rotate(m):
    t = transpose(m)
    for row in t:
        row.reverse()
    return t
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(m[r][right])
        if top < bottom and left < right:
            for c in range(right - 1, left - 1, -1):
                out.append(m[bottom][c])
            for r in range(bottom - 1, top, -1):
                out.append(m[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
a = make(3, 4)
show(a)
show(transpose(a))
show(rotate(a))
print(spiral(a))
b = make(4, 4)
print(spiral(b))
print(spiral(make(1, 5)), spiral(make(5, 1)))
main = 0
anti = 0
for i in range(4):
    main += b[i][i]
    anti += b[i][3 - i]
print("diagonals", main, anti)
r = b
for k in range(4):
    r = rotate(r)
    print("rotation", k + 1, r[0])
print(r == b)
