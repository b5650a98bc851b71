# A mutable default value is created once and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
print(a)
b = append_to(2)
print(b, a is b)
c = append_to(3, [])
print(c, a)
def counter(counts={}):
    key = "n"
    counts[key] = counts.get(key, 0) + 1
    return counts[key]
print(counter(), counter(), counter())
DEFAULT = 10
def uses_default(x=DEFAULT):
    return x
DEFAULT = 20
print(uses_default(), DEFAULT)
def fresh(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(fresh(1), fresh(2), fresh(3, [9]))
def history(value, log=[]):
    log.append(value)
    print("log now", log, "length", len(log))
for v in ["a", "b", "c"]:
    history(v)
