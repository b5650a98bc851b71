# Syntax-error program: a line indented deeper than its block raises IndentationError.
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
def f(x):
    y = clamp(x, 0, 10) + 1
        return y
print(f(1))
