# def with positional, default and keyword arguments.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punct="."))
print(greet(punct="...", name="Ed"))
print(greet("Flo", greeting="Yo", punct="!!"))
def box(width, height=1, fill="#"):
    print("box", width, height, repr(fill))
    for r in range(height):
        print(fill * width)
box(3)
box(4, 2)
box(2, fill="*", height=3)
box(height=2, width=5, fill="=")
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=4, base=2), power(base=5))
def describe(a, b=None, c=0):
    if b is None:
        b = []
    b.append(a + c)
    return b
print(describe(1), describe(2), describe(3, c=10), describe(4, [0], 1))
def area(w, h):
    return w * h
print(area(3, 4), area(h=3, w=4), area(3, h=5))
def clamp(x, lo=0, hi=10):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
for v in [-5, 0, 5, 10, 15]:
    print(v, clamp(v), clamp(v, hi=3), clamp(v, -2, 8), clamp(lo=6, x=v))
