# Level 2: an iterable class whose __iter__ returns a fresh iterator (or a generator).
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)

class Range2Iter:
    def __init__(self, lo, hi):
        self.pos = lo
        self.hi = hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= self.hi:
            raise StopIteration
        self.pos += 1
        return self.pos - 1

r = Range2(3, 6)
print(list(r), list(r))
print([(a, b) for a in r for b in r if a < b])
it = iter(r)
print(type(it).__name__, next(it), list(it))

class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for c in self.cards:
            yield c.upper()

    def __len__(self):
        return len(self.cards)

d = Deck(["a", "k", "q"])
print(list(d), len(d), sorted(d))
g = iter(d)
print(type(g).__name__, next(g))
for card in d:
    print("card", card)

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
