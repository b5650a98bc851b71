# Breadth-first search on a grid maze for shortest paths, with path reconstruction.
maze = [
    "S.#.......",
    ".##.####..",
    ".......#.#",
    ".#...#.#..",
    ".####.##.#",
    "......#..E",
]
rows = len(maze)
cols = len(maze[0])
start = None
end = None
for r in range(rows):
    for c in range(cols):
        if maze[r][c] == "S":
            start = (r, c)
        elif maze[r][c] == "E":
            end = (r, c)
print("start", start, "end", end)
dist = {start: 0}
parent = {start: None}
queue = [start]
head = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            parent[(nr, nc)] = (r, c)
            queue.append((nr, nc))
print("visited", len(dist), "cells; distance to end", dist.get(end))
path = []
node = end
while node is not None:
    path.append(node)
    node = parent[node]
path.reverse()
print(path)
grid = []
for line in maze:
    grid.append(list(line))
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    text = ""
    for ch in row:
        text += ch
    print(text)
far = max(dist.values())
for cell in dist:
    if dist[cell] == far:
        print("farthest cell", cell, far)
