# Syntax-error program: a block header with no indented body.
def first_positive(values):
    for v in values:
        if v > 0:
            return v
    return None
def empty(n):
    if n > 0:
    return n
print(first_positive([-1, 2]), empty(1))
