# A generator resumed while it is running raises ValueError; send() before start needs None.
def selfish():
    yield me.send(None)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("after the error it is finished:", next(me, "exhausted"))

def counter():
    total = 0
    while True:
        got = yield total
        total += got

c = counter()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(c), c.send(5), c.send(7))
c.close()
try:
    c.send(1)
except StopIteration:
    print("closed: StopIteration")

def stopper():
    yield 1
    raise StopIteration("inner")

try:
    print(list(stopper()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
