# Level 2: lambda, closures, nonlocal, *args and **kwargs.
def make_counter(start):
    count = start
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = make_counter(10)
print(c(), c(), c(5))
adders = []
for i in range(3):
    adders.append(lambda x, i=i: x + i)
print([f(10) for f in adders])
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=lambda w: (len(w), w.lower())))
def total(*args, **kwargs):
    return sum(args) + sum(kwargs.values()), sorted(kwargs)
print(total(1, 2, 3, x=10, y=20))
nums = [1, 2, 3, 4]
print(list(map(lambda n: n * n, nums)), list(filter(lambda n: n % 2, nums)))
