# Conway's Game of Life on a small bounded grid: a blinker and a glider.
def step(grid):
    rows = len(grid)
    cols = len(grid[0])
    out = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr == 0 and dc == 0:
                        continue
                    rr = r + dr
                    cc = c + dc
                    if 0 <= rr < rows and 0 <= cc < cols:
                        n += grid[rr][cc]
            if grid[r][c] == 1 and (n == 2 or n == 3):
                row.append(1)
            elif grid[r][c] == 0 and n == 3:
                row.append(1)
            else:
                row.append(0)
        out.append(row)
    return out
def show(grid, gen):
    print("generation", gen)
    for row in grid:
        line = ""
        for v in row:
            line += "#" if v else "."
        print(line)
def empty(rows, cols):
    g = []
    for r in range(rows):
        g.append([0] * cols)
    return g
g = empty(5, 5)
g[2][1] = g[2][2] = g[2][3] = 1
for gen in range(3):
    show(g, gen)
    g = step(g)
g = empty(8, 8)
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
for gen in range(9):
    if gen % 4 == 0:
        show(g, gen)
    g = step(g)
alive = 0
for row in g:
    alive += sum(row)
print("alive after 9 generations", alive)
