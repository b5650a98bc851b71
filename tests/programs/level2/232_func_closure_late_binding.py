# Level 2: closures in loops bind late; default arguments capture early.
funcs = []
for i in range(4):
    def f():
        return i
    funcs.append(f)
print("late binding:", [f() for f in funcs])

funcs2 = []
for i in range(4):
    def g(i=i):
        return i
    funcs2.append(g)
print("default capture:", [g() for g in funcs2])

lambdas = [lambda: k * 10 for k in range(3)]
print("lambdas in comprehension:", [f() for f in lambdas])
lambdas2 = [lambda k=k: k * 10 for k in range(3)]
print("with defaults:", [f() for f in lambdas2])

def make_all(n):
    return [(lambda m: lambda: m * m)(j) for j in range(n)]

print("factory call per item:", [f() for f in make_all(5)])

def counter_pair():
    state = [0]
    def inc():
        state[0] += 1
        return state[0]
    def get():
        return state[0]
    return inc, get

inc, get = counter_pair()
inc()
inc()
print("shared mutable cell:", get())
print("override default:", funcs2[0](99))
