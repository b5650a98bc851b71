# A method called with one positional argument too many: the count includes self.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)
    def put(self, x, y):
        self.cells[y * self.w + x] = 1
    def count(self):
        return sum(self.cells)
g = Grid(3, 2)
g.put(0, 0)
g.put(2, 1)
print(g.count(), g.cells)
print("putting with a value")
g.put(1, 1, 7)
print("unreachable")
