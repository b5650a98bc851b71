# A for loop over a call's generator closes it when the loop is left early (break, return,
# an exception), so the generator's finally runs right there, as CPython's refcounting does.
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("  cleanup", tag)

def first():
    for n in numbers("return"):
        return n

print("first:", first())
for outer in range(2):
    for n in numbers("break %d" % outer):
        if n == 1:
            break
    print("after inner loop", outer)

def failing():
    for n in numbers("raise"):
        raise ValueError(n)

try:
    failing()
except ValueError as e:
    print("caught", e)

g = numbers("shared")
for n in g:
    break
print("a generator held by a name stays open:", next(g))
g.close()

def exits():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  saw GeneratorExit")
        raise

for item in exits():
    print("got", item)
    break
print("done")
