# Level 2: lambda as sort keys, in map-like code and stored in data structures.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 19, 5.2)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: p[1])[0])

words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
words.sort(key=lambda w: w[-1])
print(words)

def apply(fn, items):
    return [fn(x) for x in items]

print(apply(lambda x: x * x, range(6)))
print(apply(lambda s: s.upper() + "!", ["hi", "yo"]))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": lambda a, b: a if a > b else b,
}
for name in ops:
    print(name, ops[name](7, 3))

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), inc_then_double(-1))

no_args = lambda: "constant"
defaults = lambda a, b=10, *rest: (a, b, rest)
print(no_args(), defaults(1), defaults(1, 2, 3, 4))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print(type(no_args).__name__, no_args.__name__)
