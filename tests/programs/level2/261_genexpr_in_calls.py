# Level 2: generator expressions as sole call arguments and in constructors.
words = ["delta", "alpha", "charlie", "bravo", "echo"]
print(sorted(w.upper() for w in words))
print(list(reversed([w[0] for w in words])))
print(max(len(w) for w in words), min(w for w in words if "a" in w))
print(tuple(i for i in range(5) if i != 2))
print(set(len(w) for w in words) == {5, 7, 4})
print(dict((w, i) for i, w in enumerate(words) if i % 2 == 0))
print(list(zip((c for c in "abc"), (i * i for i in range(10)))))
print(list(enumerate((w[-1] for w in words), start=1)))
print(sum((x for x in range(4)), 100))
print(" ".join(sorted((w for w in words), key=lambda s: s[-1])))
counts = {}
for ch in (c for w in words for c in w if c in "aeiou"):
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(any(w.startswith("e") for w in words), all(len(w) > 3 for w in words))
nested = list((x, list(y for y in range(x))) for x in range(4))
print(nested)
g1 = (x for x in range(3))
g2 = (x * 10 for x in g1)
print(list(g2), list(g1))
print(str(list(str(x) for x in range(3))))
print(list(map(lambda p: p[0] * p[1], ((a, b) for a in range(3) for b in range(2)))))
print(list(filter(None, (x % 3 for x in range(7)))))
