# Level 2: plain function decorators: wrapping, counting, replacing, registering.
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name, punct=""):
    return "hello " + name + punct

print(greet("ann"))
print(greet("bob", punct="?"))

def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    return x * x

print([square(i) for i in range(4)], square.calls)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def add(a, b):
    return a + b

@register
def mul(a, b):
    return a * b

print(sorted(registry), registry["add"](2, 3), registry["mul"](2, 3))
print(add is registry["add"])

def trace(fn):
    def wrapper(n):
        print("  ->", fn.__name__, n)
        r = fn(n)
        print("  <-", fn.__name__, r)
        return r
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(3))

def replace(fn):
    return "not a function any more"

@replace
def gone():
    pass

print(gone)
print(greet.__name__, fact.__name__)
