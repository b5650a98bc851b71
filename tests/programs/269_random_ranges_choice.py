# random.randint, randrange with 1, 2 and 3 arguments (negative steps) and choice: CPython's values.
import random
random.seed(0)
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6), random.randint(-5, 5), random.randint(7, 7))
out = []
for i in range(15):
    out.append(random.randint(1, 100))
print(out)
random.seed(1)
print(random.randrange(10), random.randrange(1), random.randrange(1000000), random.randrange(2 ** 40))
print(random.randrange(5, 10), random.randrange(-10, -5), random.randrange(-3, 4), random.randrange(0, 2 ** 62))
print(random.randrange(0, 100, 5), random.randrange(1, 100, 2), random.randrange(10, 0, -1), random.randrange(0, -50, -7))
print(random.randrange(100, 0, -25), random.randrange(3, 4, 10), random.randrange(-1, -10, -3))
random.seed(42)
dice = [0, 0, 0, 0, 0, 0]
for i in range(600):
    k = random.randint(1, 6) - 1
    dice[k] += 1
print(dice, sum(dice))
evens = []
for i in range(10):
    evens.append(random.randrange(0, 20, 2))
print(evens)
big = []
for i in range(4):
    big.append(random.randint(0, 2 ** 62))
print(big)
small = []
for n in [1, 2, 3, 7, 8, 9, 255, 256, 257, 1 << 31, (1 << 32) + 5]:
    small.append(random.randrange(n))
print(small)
random.seed(123)
colors = ["red", "green", "blue", "yellow"]
picks = []
for i in range(10):
    picks.append(random.choice(colors))
print(picks)
print(random.choice("abcdef"), random.choice((1, 2, 3)), random.choice(range(100, 200)), random.choice([None]))
print(random.choice(range(0, 1000, 7)), random.choice("x"), random.choice([[1], [2]]))
# a password from an alphabet
random.seed(2023)
alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
pw = ""
for i in range(16):
    pw += random.choice(alphabet)
print(pw)
# sampling without replacement by popping random indexes
random.seed(8)
pool = list(range(10))
drawn = []
while pool:
    drawn.append(pool.pop(random.randrange(len(pool))))
print(drawn, sorted(drawn) == list(range(10)))
