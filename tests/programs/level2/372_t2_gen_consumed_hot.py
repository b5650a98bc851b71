# Tier 2: generators consumed by hot loops: for loops, next() in a while loop, yield from,
# generator expression pipelines, and a generator expression made every iteration.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        yield i * i


def chain(*gens):
    for g in gens:
        yield from g


total = 0
for v in count_up(800):
    total += v
print("count_up", total)
print("squares", sum(squares(900)))
print("chain", sum(chain(count_up(300), squares(400), [1, 2, 3])))

g = count_up(500)
s = 0
while True:
    try:
        s += next(g)
    except StopIteration:
        break
print("next() loop", s)

evens = (x for x in count_up(1000) if x % 2 == 0)
scaled = (x * 3 for x in evens)
print("pipeline", sum(scaled))

acc = 0
for i in range(400):
    acc += sum(x for x in range(i % 5))
print("genexpr per iteration", acc)

pairs = 0
for a, b in zip(count_up(600), squares(10000)):
    if b % 7 == a % 7:
        pairs += 1
print("zip of generators", pairs)

firsts = []
for n in range(300):
    for v in count_up(n + 5):
        if v * v > n:
            firsts.append(v)
            break
print("first over", sum(firsts), firsts[-5:])
