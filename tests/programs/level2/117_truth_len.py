# Truth testing: __bool__ first, then __len__, else always true; len() with __len__.
class Empty:
    def __len__(self):
        return 0


class Three:
    def __len__(self):
        return 3


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__ called")
        return self.on

    def __len__(self):
        print("  __len__ never called")
        return 1


class Nothing:
    pass


for obj in [Empty(), Three(), Flag(True), Flag(False), Nothing()]:
    name = type(obj).__name__
    if obj:
        print(name, "is true")
    else:
        print(name, "is false")

print(bool(Empty()), bool(Three()), not Three(), len(Three()), len(Empty()))
print(Empty() or "fallback", Three() and "second")
count = 0
f = Flag(True)
while f:
    count += 1
    if count == 3:
        f.on = False
print("loops:", count)
print(len([x for x in [Empty(), Three(), Nothing()] if x]))
print(any([Empty(), Empty()]), all([Three(), Nothing()]))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


s = Stack()
for v in "abc":
    s.push(v)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
