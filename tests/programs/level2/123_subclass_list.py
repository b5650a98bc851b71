# Subclassing list: added methods, super().__init__, overridden __getitem__, len, iteration, repr.
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.is_empty(), Stack().is_empty())
print(s.pop(), s, isinstance(s, list), isinstance(s, Stack), type(s).__name__)
s.extend([7, 8])
s.insert(0, 0)
print(s, s[1:3], s.index(7), s.count(2), 8 in s, 9 in s)
s.sort(reverse=True)
print(s, list(reversed(s)), sorted(s), sum(s), max(s))
print(s == [8, 7, 2, 1, 0], s + [100], [100] + s, s * 2, bool(Stack()))
for item in s:
    print("item", item)


class Scores(list):
    def __init__(self, name, values):
        super().__init__(values)
        self.name = name

    def __getitem__(self, index):
        value = super().__getitem__(index)
        print("  reading", index)
        return value

    def __setitem__(self, index, value):
        super().__setitem__(index, max(0, value))

    def __repr__(self):
        return "Scores(%s, %s)" % (self.name, super().__repr__())

    def average(self):
        return sum(self) / len(self)


sc = Scores("ann", [90, 75, 60])
print(sc, sc.name, sc.average())
print(sc[0], sc[-1])
sc[1] = -5
print(sc, str(sc), [sc])
sc += [10]
print(type(sc).__name__, sc, len(sc))
copy = list(sc)
print(copy, type(copy).__name__)
a, b, c, d = sc
print(a, b, c, d)
del sc[0]
print(sc, sc.average())
