# Level 2: generator exhaustion, close(), and finally blocks inside generators.
def numbers():
    try:
        for i in range(5):
            print("  yielding", i)
            yield i
    finally:
        print("  generator cleanup")

g = numbers()
print(next(g), next(g))
g.close()
print("after close")
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
g.close()
print("closing twice is fine")

for n in numbers():
    if n == 1:
        print("breaking out of the loop")
        break
print("after break")

def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  saw GeneratorExit")
        raise

c = catches_exit()
print(next(c))
c.close()

unstarted = numbers()
unstarted.close()
print("unstarted close runs no cleanup")

full = numbers()
print(list(full))
print(list(full), next(full, "exhausted"))

def once():
    yield "only"

o = once()
print([x for x in o], [x for x in o])
it = iter([1, 2])
print(list(it), list(it))
