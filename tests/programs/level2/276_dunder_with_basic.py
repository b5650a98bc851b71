# Level 2: with statements: __enter__'s return value, __exit__ arguments, ordering.
class Resource:
    def __init__(self, name):
        self.name = name
        print("  init", name)

    def __enter__(self):
        print("  enter", self.name)
        return "handle-" + self.name

    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type, exc, tb)
        return False

with Resource("a") as h:
    print("  body with", h)
print("after first with")

with Resource("b"):
    print("  body without as")

with Resource("outer") as o, Resource("inner") as i:
    print("  body with", o, i)

with Resource("x") as hx:
    with Resource("y") as hy:
        print("  nested", hx, hy)

class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self
    def __exit__(self, *args):
        self.log.append("stop")

t = Timer()
with t as same:
    print("  enter returned self:", same is t)
    t.log.append("work")
print(t.log)

def use():
    with Resource("ret"):
        return "returned from inside with"
print(use())

for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("  loop body", i)
print("done")
