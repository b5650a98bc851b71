# Level 2: chained assignment: aliasing, evaluation order, mixing targets.
a = b = c = 0
print(a, b, c)
a += 1
print(a, b, c)

x = y = []
x.append(1)
print(x, y, x is y)

p = q = [0, 0]
p[0] = 5
print(q)

d = {}
d["a"] = d["b"] = "shared"
print(d)

lst = [0, 0, 0]
i = lst[0] = 2
print(i, lst)
i = 0
i = lst[i] = 1
print(i, lst)

m, n = o = (1, 2)
print(m, n, o)

class Obj:
    pass
obj = Obj()
obj.v = count = 7
print(obj.v, count)

log = []
class Tracked:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, key, value):
        log.append("%s[%r] = %r" % (self.name, key, value))

t1, t2 = Tracked("t1"), Tracked("t2")
t1["k"] = t2["k"] = "v"
print(log)

def value():
    log.append("value computed")
    return 9
log.clear()
first = second = value()
print(first, second, log)
s = t = "text"
s += "!"
print(s, t)
