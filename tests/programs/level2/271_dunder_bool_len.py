# Level 2: truthiness from __bool__ and __len__; len() on user classes.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  __len__ called")
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class Neither:
    pass

print(len(Box([1, 2, 3])))
print(bool(Box([])), bool(Box([0])))
if Box([]):
    print("not reached")
else:
    print("empty box is falsy")
print(bool(Flag(True)), bool(Flag(False)))
print("and/or:", (Flag(False) and "x").on, Flag(True) and "y")
print(not Flag(True))
print(bool(Both()), len(Both()))
print(bool(Neither()))
n = 0
f = Flag(True)
while f:
    n += 1
    if n == 2:
        f.on = False
print("loop ran", n, "times")
print([x.on for x in [Flag(True), Flag(False)] if x])

class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
