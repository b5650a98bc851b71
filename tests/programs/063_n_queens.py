# N-queens by backtracking: count all solutions for small n and show the first one.
def solve(n):
    cols = [-1] * n
    solutions = []
    place(0, n, cols, solutions)
    return solutions
def safe(cols, row, col):
    for r in range(row):
        c = cols[r]
        if c == col or abs(c - col) == row - r:
            return False
    return True
def place(row, n, cols, solutions):
    if row == n:
        solutions.append(list(cols))
        return
    for col in range(n):
        if safe(cols, row, col):
            cols[row] = col
            place(row + 1, n, cols, solutions)
            cols[row] = -1
for n in range(1, 8):
    sols = solve(n)
    print(n, "queens:", len(sols), "solutions")
sols = solve(6)
for s in sols:
    print(s)
first = solve(8)[0]
for r in range(8):
    line = ""
    for c in range(8):
        line += "Q " if first[r] == c else ". "
    print(line)
