# Mean, median, mode, variance and standard deviation computed by hand.
def mean(xs):
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    if n % 2 == 1:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2
def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = None
    for x in xs:
        if best is None or counts[x] > counts[best]:
            best = x
    return best, counts[best]
def variance(xs):
    m = mean(xs)
    total = 0.0
    for x in xs:
        total += (x - m) ** 2
    return total / (len(xs) - 1)
def sqrt(x):
    g = x if x > 1 else 1.0
    for i in range(100):
        g = (g + x / g) / 2
    return g
datasets = [
    [2, 4, 4, 4, 5, 5, 7, 9],
    [1.5, 2.5, 2.5, 10.0],
    [100, -100, 50, -50, 0],
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
]
for xs in datasets:
    v = variance(xs)
    print(xs)
    print("  mean", mean(xs), "median", median(xs), "mode", mode(xs))
    print("  variance", v, "stdev", sqrt(v), "range", max(xs) - min(xs))
scores = [88, 92, 79, 93, 85, 91, 77, 95, 89, 84]
m = mean(scores)
above = 0
for s in scores:
    if s > m:
        above += 1
print("mean", m, "above mean", above, "z-scores")
sd = sqrt(variance(scores))
for s in scores:
    print(s, round((s - m) / sd, 3))
