# Benchmark-like: dict insertion, lookup, update and deletion with int and str keys.
d = {}
for i in range(20000):
    d[i * 7 % 10007] = i
print("size", len(d))
hits = 0
for i in range(30000):
    if i in d:
        hits += d[i] % 3
print("hits", hits)
for i in range(0, 10007, 2):
    if i in d:
        del d[i]
print("after delete", len(d))
words = {}
letters = "etaoinshrdlu"
for i in range(5000):
    w = letters[i % 12] + letters[i * 7 % 12] + letters[i * 5 % 11]
    words[w] = words.get(w, 0) + 1
print("distinct words", len(words))
top = sorted(words.items())[:5]
print(top)
