# Validating Sudoku grids: rows, columns and boxes; reporting the first problem found.
solved = [
    "534678912", "672195348", "198342567",
    "859761423", "426853791", "713924856",
    "961537284", "287419635", "345286179",
]
def grid_of(rows):
    g = []
    for r in rows:
        row = []
        for ch in r:
            row.append(ord(ch) - ord("0"))
        g.append(row)
    return g
def valid_group(values):
    seen = [False] * 10
    for v in values:
        if v == 0:
            continue
        if seen[v]:
            return False
        seen[v] = True
    return True
def check(g):
    for r in range(9):
        if not valid_group(g[r]):
            return "row " + str(r)
    for c in range(9):
        col = []
        for r in range(9):
            col.append(g[r][c])
        if not valid_group(col):
            return "column " + str(c)
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = []
            for r in range(br, br + 3):
                box += g[r][bc:bc + 3]
            if not valid_group(box):
                return "box " + str(br) + "," + str(bc)
    return "valid"
g = grid_of(solved)
print(check(g))
g[0][0], g[0][1] = g[0][1], g[0][0]
print(check(g))
g = grid_of(solved)
g[4][4], g[5][4] = g[5][4], g[4][4]
print(check(g))
g = grid_of(solved)
g[2][2] = 0
g[6][6] = 0
print(check(g))
g[8][8] = 1
print(check(g))
total = 0
for row in grid_of(solved):
    total += sum(row)
print("sum of all cells", total)
