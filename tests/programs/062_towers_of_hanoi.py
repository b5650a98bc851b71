# Towers of Hanoi, recursively, with the pegs simulated as lists.
moves = []
def hanoi(n, src, dst, spare):
    if n == 0:
        return
    hanoi(n - 1, src, spare, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, spare, dst, src)
hanoi(3, "A", "C", "B")
for m in moves:
    print("move disk", m[0], "from", m[1], "to", m[2])
pegs = {"A": [4, 3, 2, 1], "B": [], "C": []}
moves = []
hanoi(4, "A", "C", "B")
for i, (disk, src, dst) in enumerate(moves):
    top = pegs[src].pop()
    if top != disk:
        print("wrong disk!")
    if pegs[dst] and pegs[dst][-1] < disk:
        print("illegal move!")
    pegs[dst].append(top)
    if i % 5 == 4:
        print(i + 1, pegs)
print("final", pegs, "moves", len(moves))
for n in range(1, 16):
    moves = []
    hanoi(n, "A", "C", "B")
    print(n, "disks need", len(moves), "moves", len(moves) == 2 ** n - 1)
