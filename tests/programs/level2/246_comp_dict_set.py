# Level 2: dict and set comprehensions (sets of ints only) with filters and nesting.
squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if v > 3})
words = ["red", "green", "blue", "grey", "black"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
by_first = {c: [w for w in words if w[0] == c] for c in "rgb"}
print(by_first)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print({ch: n for ch, n in counts.items() if n > 1})
print(sorted({len(w) for w in words}))
evens = {n for n in range(20) if n % 2 == 0}
print(evens, len(evens))
mods = {n % 5 for n in range(100)}
print(mods)
print({x * y for x in range(4) for y in range(4)})
print(type({x for x in range(3)}).__name__, type({x: x for x in range(3)}).__name__)
print({x for x in []}, {k: 1 for k in []})
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
print(7 in {n * 7 for n in range(5)}, 8 in {n * 7 for n in range(5)})
print(sum({n % 3 for n in range(30)}))
