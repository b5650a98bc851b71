# Level 2: default values are evaluated once, at def time; the mutable default trap.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

calls = []
def make_default():
    calls.append("evaluated")
    return len(calls) * 100

def uses_default(x=make_default()):
    return x

print(uses_default(), uses_default(), uses_default(7), calls)

base = 5
def frozen(value=base):
    return value
base = 50
print("default kept the old base:", frozen())

def count_calls(counter={"n": 0}):
    counter["n"] += 1
    return counter["n"]

print(count_calls(), count_calls(), count_calls())
print(count_calls.__defaults__)
print(append_to.__defaults__)

def many(a, b=2, c=3):
    return a + b * 10 + c * 100
print(many(1), many(1, 5), many(1, c=9), many(a=4, b=0, c=0))
print(many.__defaults__)
