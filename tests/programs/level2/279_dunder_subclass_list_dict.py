# Level 2: subclassing built-in list and dict, overriding and extending methods.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, s + [9], type(s + [9]).__name__)
print(sum(s), sorted(Stack([3, 1, 2])), 2 in s)

class LoggingList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)

ll = LoggingList([5])
ll.append(6)
ll.extend([7])
print(ll, ll[0], ll[-1])

class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1

    def top(self):
        return max(self, key=lambda k: self[k])

c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c, c.top(), len(c), isinstance(c, dict))

class Defaulting(dict):
    def __missing__(self, key):
        print("  missing", key)
        return "default-" + str(key)

d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper()
u["x"] = 1
u["y"] = 2
print(u, list(u.keys()))

class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return self.name + super().__repr__()

n = Named("nums", [1, 2])
n.append(3)
print(n, n.name, len(n))
