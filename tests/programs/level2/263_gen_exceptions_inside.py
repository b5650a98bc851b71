# Level 2: exceptions inside generators: try/except in the body, errors ending the generator.
def safe_ints(tokens):
    for tok in tokens:
        try:
            yield int(tok)
        except ValueError:
            print("  skipping", repr(tok))

print(list(safe_ints(["1", "x", "3", "", "5"])))

def fragile():
    yield 1
    raise KeyError("inside generator")
    yield 2

g = fragile()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("caught", repr(e))
print("after error:", next(g, "generator is finished"))

def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("  guarded finally")

try:
    for x in guarded():
        print("got", x)
        raise RuntimeError("consumer failed on " + x)
except RuntimeError as e:
    print("caught", e)

def with_handler():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled %s" % e

print(list(with_handler()))

def raises_stop():
    yield 1
    raise StopIteration("explicit")

try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
