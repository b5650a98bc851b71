# random.shuffle, uniform and gauss via `import random as r`, plus interleaving with other calls.
import random as r
r.seed(0)
deck = list(range(10))
res = r.shuffle(deck)
print(res, deck)
r.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
r.shuffle(words)
print(words)
one = [1]
r.shuffle(one)
empty = []
r.shuffle(empty)
print(one, empty)
r.seed(1)
for i in range(5):
    print(repr(r.uniform(0, 1)), repr(r.uniform(-10, 10)), repr(r.uniform(5, 2)), repr(r.uniform(3, 3)))
print(repr(r.uniform(0, 1e10)), "%.12g" % r.uniform(-1e-5, 1e-5), r.uniform(1, 1))
r.seed(2)
for i in range(6):
    print(repr(r.gauss(0, 1)), repr(r.gauss(100, 15)))
print(repr(r.gauss(5, 0)), "%.12g" % r.gauss(-3, 0.5), repr(r.gauss(0.0, 1.0)))
# gauss keeps a spare value: reseeding must drop it
r.seed(10)
g1 = r.gauss(0, 1)
r.seed(10)
g2 = r.gauss(0, 1)
print(g1 == g2, repr(g1))
r.seed(10)
a = r.gauss(0, 1)
b = r.gauss(0, 1)
c = r.random()
print(repr(a), repr(b), repr(c))
# mean and spread of many gauss draws
r.seed(77)
n = 500
total = 0.0
sq = 0.0
for i in range(n):
    x = r.gauss(10, 2)
    total += x
    sq += x * x
mean = total / n
var = sq / n - mean * mean
print("%.12g %.12g" % (mean, var), repr(total))
# shuffle a deck of cards and deal
r.seed(31)
cards = []
for suit in "SHDC":
    for rank in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]:
        cards.append(rank + suit)
r.shuffle(cards)
hands = [cards[0:5], cards[5:10], cards[10:15]]
for h in hands:
    print(" ".join(h))
print(len(cards), sorted(cards)[:5])
# mixing calls keeps the stream exact
r.seed(5)
print(r.randint(1, 10), repr(r.random()), r.choice("xyz"), repr(r.uniform(1, 2)), repr(r.gauss(0, 1)), r.randrange(3, 30, 3))
