# In-place operators: __iadd__ & co. mutate and return self; without them x += y uses __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __repr__(self):
        return "Bag(%r)" % (self.items,)

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + list(other))

    def __isub__(self, item):
        self.items.remove(item)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

bag = Bag([1])
alias = bag
bag += [2, 3]
print(bag, alias is bag)
bag = bag + [4]
print(bag, alias is bag, alias)
alias -= 2
print(alias)
alias *= 2
print(alias)

class Counter:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Counter(%d)" % self.n

    def __add__(self, k):
        return Counter(self.n + k)

    def __sub__(self, k):
        return Counter(self.n - k)

    def __lshift__(self, k):
        return Counter(self.n << k)

    def __or__(self, k):
        return Counter(self.n | k)

c = Counter(1)
keep = c
c += 5
print(c, keep, c is keep)
c -= 2
c <<= 3
c |= 1
print(c)

class Wrong:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "fell back to __add__"

w = Wrong()
w += 1
print(w)

values = [Counter(0), Counter(10)]
values[0] += 7
values[1] -= 3
print(values)
