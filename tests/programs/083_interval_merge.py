# Merging overlapping intervals, inserting new ones, and computing total coverage.
def merge(intervals):
    ordered = sorted(intervals)
    out = []
    for start, end in ordered:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1][1] = end
        else:
            out.append([start, end])
    return out
cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (3, 4), (2, 3)],
    [(1, 10), (2, 3), (4, 5)],
    [],
    [(-5, -1), (-3, 2), (10, 10)],
]
for c in cases:
    m = merge(c)
    covered = 0
    for s, e in m:
        covered += e - s
    print(c, "->", m, "covered", covered)
def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]
meetings = [(9, 10), (9, 12), (11, 13), (14, 15), (12, 14)]
for i in range(len(meetings)):
    for j in range(i + 1, len(meetings)):
        if overlaps(meetings[i], meetings[j]):
            print("conflict", meetings[i], meetings[j])
rooms = []
for start, end in sorted(meetings):
    placed = False
    for r in range(len(rooms)):
        if rooms[r] <= start:
            rooms[r] = end
            placed = True
            print("meeting", (start, end), "-> room", r)
            break
    if not placed:
        rooms.append(end)
        print("meeting", (start, end), "-> new room", len(rooms) - 1)
print("rooms needed", len(rooms))
