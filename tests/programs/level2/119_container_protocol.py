# __getitem__/__setitem__/__delitem__ (ints and slice objects), __contains__, __len__.
class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        return self.cells.get((x, y), ".")

    def __setitem__(self, key, value):
        print("  set", key, "=", value)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

    def row(self, y):
        return "".join([self[x, y] for x in range(self.width)])


g = Grid(4, 2)
g[0, 0] = "#"
g[2, 1] = "@"
g[3, 1] = "*"
print(g.row(0), g.row(1), len(g), (2, 1) in g, (1, 1) in g, (9, 9) not in g)
del g[2, 1]
print(g.row(1), len(g))


class Recorder:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("item", key)

    def __setitem__(self, key, value):
        print("  setitem", type(key).__name__, value)

    def __delitem__(self, key):
        print("  delitem", key if not isinstance(key, slice) else (key.start, key.stop))


r = Recorder()
print(r[3], r["k"], r[1:5], r[::2], r[:-1], r[2:8:3])
r[0] = "zero"
r[1:3] = [1, 2]
del r[4]
del r[1:2]
print(r[1, 2], r[-1])


class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("out of range")
        return i * i


sq = Squares(5)
print(len(sq), sq[0], sq[4], sq[-1], 9 in sq, 10 in sq, list(sq), sum(sq))
