# Level 2: list, dict and set comprehensions (sets of ints only, so order is deterministic).
squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
print(squares, evens, pairs)
lengths = {w: len(w) for w in ["apple", "fig", "banana"]}
print(lengths)
residues = {n % 7 for n in range(100)}
print(sorted(residues), len(residues))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print(sum(x for x in range(101)), any(x > 8 for x in range(10)), all([]))
s = {3, 1, 2}
s.add(2)
s |= {10}
print(sorted(s), 3 in s, len(s & {1, 10, 99}))
