# Level 2: generator bodies run lazily: prints interleave with the consumer.
def noisy(n):
    print("  gen: started")
    for i in range(n):
        print("  gen: before yield", i)
        yield i
        print("  gen: after yield", i)
    print("  gen: finished")

print("creating")
g = noisy(2)
print("created, calling next")
print("main got", next(g))
print("main got", next(g))
print("main asks again")
print("main got", next(g, "nothing"))

print("for loop:")
for x in noisy(2):
    print("main body", x)

def source():
    for c in "abc":
        print("  source", c)
        yield c

def upper(it):
    for c in it:
        print("  upper", c)
        yield c.upper()

print("chain:")
for c in upper(source()):
    print("main", c)

print("genexpr:")
ge = (print("  genexpr computes", i) or i for i in range(2))
print("genexpr created")
print(list(ge))

print("zip stops early:")
print(list(zip(noisy(5), "ab")))
