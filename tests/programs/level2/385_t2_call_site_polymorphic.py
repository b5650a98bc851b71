# Tier 2: one call site in a hot loop calling different bound methods and different classes
# (alternating, and in phases), so the callee a trace recorded is not the one called next.
class P:
    def __init__(self, k):
        self.k = k

    def up(self, x):
        return x + self.k

    def down(self, x):
        return self.k - x

    def twice(self, x):
        return self.up(x) * 2


p = P(1)
meths = [p.up, p.down]
t = 0
for i in range(300):
    t += meths[i % 2](i)
print("alternating bound methods", t)

callbacks = [p.up, p.down, p.twice, P(5).up]
results = []
for i in range(800):
    results.append(callbacks[(i // 200) % 4](i))
print("bound methods in phases", results[199], results[200], results[400], results[799])

t = 0
for i in range(600):
    t += callbacks[(i // 3) % 4](i) % 7
print("bound methods every 3", t)


class A:
    def __init__(self, x):
        self.v = x + 1


class B:
    def __init__(self, x):
        self.v = 2 - x


class C(A):
    def __init__(self, x):
        super().__init__(x * 10)
        self.v += 1


kinds = [A, B]
t = 0
for i in range(300):
    t += kinds[i % 2](i).v
print("alternating classes", t)

kinds = [A, B, C, A]
vals = []
for i in range(900):
    vals.append(kinds[(i // 5) % 4](i).v)
print("classes every 5", sum(vals), vals[:12])
