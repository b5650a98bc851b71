# Level 2: stacked decorators apply bottom-up; decorator factories with arguments.
def tag(name):
    def decorate(fn):
        def wrapper(*args):
            return "<%s>%s</%s>" % (name, fn(*args), name)
        return wrapper
    return decorate

@tag("b")
@tag("i")
def text(s):
    return s

print(text("hi"))

order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        def wrapper():
            order.append("call " + label)
            return fn()
        return wrapper
    return deco

@mark("outer")
@mark("inner")
def work():
    order.append("work")
    return 42

print(order)
order.clear()
print(work())
print(order)

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(40), len(fib.cache))
def validate(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError("negative input %d" % x)
        return fn(x)
    return wrapper

@validate
@repeat(2)
def halve(x):
    return x // 2

print(halve(9))
try:
    halve(-4)
except ValueError as e:
    print("ValueError:", e)
