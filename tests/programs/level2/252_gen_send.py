# Level 2: generator.send() passes values into a suspended generator.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        print("  received", value)
        total += value
        count += 1
        average = total / count

avg = averager()
print("primed:", next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))

def echo():
    received = "nothing yet"
    while True:
        received = yield "echo: " + str(received)

e = echo()
print(e.send(None))
print(e.send("hello"))
print(next(e))
print(e.send(123))

def accumulate(limit):
    total = 0
    while total < limit:
        x = yield total
        if x is None:
            x = 1
        total += x
    return total

acc = accumulate(10)
print(next(acc), acc.send(4), acc.send(3), next(acc))
try:
    acc.send(5)
except StopIteration as s:
    print("finished with", s.value)

fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)

def relay():
    got = yield from accumulate(5)
    yield "relay done " + str(got)

r = relay()
print(next(r), r.send(2), r.send(2), r.send(2))
