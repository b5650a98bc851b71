# Tier 2: a global rebound by Python code the loop runs implicitly (__init__, __add__, __len__,
# __bool__, __eq__, __next__), then read later in the same iteration.
SCALE = 1


def set_scale(v):
    global SCALE
    SCALE = v


class Sneaky:
    def __init__(self, i):
        self.i = i
        if i == 100:
            set_scale(2)

    def __add__(self, other):
        if self.i == 200:
            set_scale(3)
        return self.i + other

    def __len__(self):
        if self.i == 300:
            set_scale(4)
        return 1

    def __bool__(self):
        if self.i == 400:
            set_scale(5)
        return True

    def __eq__(self, other):
        if self.i == 500:
            set_scale(6)
        return False


def run(n):
    t = 0
    last = SCALE
    for i in range(n):
        s = Sneaky(i)
        t += SCALE
        t += (s + 1) * 0 + SCALE * 2
        t += len(s) * SCALE * 3
        if s:
            t += SCALE * 7
        t += (s == 0) * 1000 + SCALE * 5
        t += SCALE * 11
        if SCALE != last:
            print("  ", i, last, "->", SCALE, t)
            last = SCALE
    return t


print("dunders:", run(700), SCALE)


class Countdown:
    n = 600

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        if self.n % 150 == 0:
            set_scale(self.n // 150 + 10)
        return self.n


t = 0
for k in Countdown():
    t += SCALE * k % 97
    if k % 150 == 0:
        print("  next", k, SCALE, t)
print("iterator:", t, SCALE)
