# Sets of tuples: grid coordinates, visited cells, symmetric pairs, tuple hashing order.
walls = {(1, 1), (1, 2), (2, 2), (3, 0)}
print(walls, (1, 2) in walls, (2, 1) in walls)
start = (0, 0)
visited = {start}
queue = [start]
while queue:
    x, y = queue.pop(0)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nxt = (x + dx, y + dy)
        if 0 <= nxt[0] < 4 and 0 <= nxt[1] < 4 and nxt not in walls and nxt not in visited:
            visited.add(nxt)
            queue.append(nxt)
print(len(visited), sorted(visited))
print(visited)
for row in range(4):
    line = ""
    for col in range(4):
        if (row, col) in walls:
            line += "#"
        elif (row, col) in visited:
            line += "."
        else:
            line += "?"
    print(line)
pairs = {(a, b) for a in range(4) for b in range(4) if a != b}
sym = {(a, b) for (a, b) in pairs if (b, a) in pairs and a < b}
print(len(pairs), sorted(sym))
print(pairs - {(b, a) for (a, b) in pairs})
points = {(1, 2.0), (1.0, 2), (True, 2), (2, 1)}
print(len(points), points)
nested = {((1, 2), 3), (1, (2, 3)), ((1, 2), 3)}
print(nested, len(nested))
print({(i, i * i) for i in range(6)})
print({(0,), (0, 0), (0, 0, 0), ()})
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
moves = set()
pos = (0, 0)
for step in "RRULLDDR":
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[step]
    pos = (pos[0] + dx, pos[1] + dy)
    moves.add(pos)
print(moves, len(moves), pos in moves)
