# Level 2: __getitem__, __setitem__, __delitem__ on a user container.
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def _check(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index %d out of range" % i)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._check(i), 0)

    def __setitem__(self, i, value):
        i = self._check(i)
        print("  set", i, "=", value)
        if value == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = value

    def __delitem__(self, i):
        print("  del", i)
        self.data.pop(self._check(i), None)

    def __len__(self):
        return self.size

s = Sparse(6)
s[1] = 10
s[-1] = 60
s[3] = 30
print(s[0], s[1], s[5], s[-3])
print(s[1:4], s[::2], s[:])
del s[1]
s[3] = 0
print(s.data, s[1])
s[2] += 7
print(s[2])
try:
    s[6] = 1
except IndexError as e:
    print("IndexError:", e)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, value):
        self.cells[key] = value

g = Grid()
g[0, 1] = "#"
g[(2, 2)] = "@"
print("".join(g[0, c] for c in range(3)), g[2, 2], g[1, 1])

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()), 9 in Seq(), [x for x in Seq()])
try:
    Seq()[0] = 1
except TypeError as e:
    print("TypeError:", e)
