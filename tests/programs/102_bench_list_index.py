# Benchmark-like: list indexing and stores in nested loops (prefix sums, bubble passes, histogram).
n = 3000
data = []
seed = 42
for i in range(n):
    seed = (seed * 48271) % 2147483647
    data.append(seed % 1000)
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + data[i]
print("total", prefix[n], "first", data[:8])
best = 0
width = 50
for i in range(n - width):
    s = prefix[i + width] - prefix[i]
    if s > best:
        best = s
print("best window", best)
hist = [0] * 10
for v in data:
    hist[v // 100] += 1
print("histogram", hist)
part = data[:300]
for p in range(len(part)):
    for j in range(len(part) - 1 - p):
        if part[j] > part[j + 1]:
            part[j], part[j + 1] = part[j + 1], part[j]
print("sorted part ok", part == sorted(data[:300]), part[:5], part[-5:])
