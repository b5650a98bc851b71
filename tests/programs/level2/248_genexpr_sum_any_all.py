# Level 2: generator expressions consumed by sum, any, all, list, min, max, sorted, join.
nums = [3, 8, 1, 9, 4, 7]
print(sum(n for n in nums))
print(sum(n * n for n in nums if n % 2))
print(any(n > 8 for n in nums), any(n > 9 for n in nums))
print(all(n > 0 for n in nums), all(n > 1 for n in nums))
print(any(x for x in []), all(x for x in []))
print(list(n // 2 for n in nums))
print(tuple(str(n) for n in nums[:3]))
print(min(n for n in nums if n > 3), max(-n for n in nums))
print(sorted((n % 4, n) for n in nums))
print("-".join(str(n) for n in range(5)))
print(",".join(w.title() for w in "a bb ccc".split()))
g = (n * 10 for n in range(3))
print(type(g).__name__)
print(next(g), list(g), list(g))
seen = []
def check(n):
    seen.append(n)
    return n > 2
print(any(check(n) for n in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(n) for n in [5, 4, 1, 7]), seen)
print(sum(1 for c in "hello world" if c in "aeiou"))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(sum(x * y for x in range(3) for y in range(3)))
total = 0
for v in (i * i for i in range(5)):
    total += v
print(total)
print(max((len(w), w) for w in ["pear", "fig", "banana"]))
