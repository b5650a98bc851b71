# Tier 2: loops inside recursive functions and short loops in functions called from a hot
# loop, so traces return past the frame they started in (early returns from inside loops).
def nest(n):
    return [n] if n == 0 else [n, nest(n - 1), [n * 2, nest(n // 2)]]


def walk(node, level):
    s = 0
    for x in node:
        if isinstance(x, list):
            s += walk(x, level + 1)
        else:
            s += x * level
    return s


tree = nest(12)
print("walk", walk(tree, 1), [walk(nest(k), 1) for k in range(0, 30, 6)])


def triangle(n):
    total = 0
    for i in range(n):
        total += i
    if n > 10:
        total += triangle(n - 30)
    return total


print("loops in recursion", triangle(400), triangle(35))


def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1


items = [5, 8, 13, 21, 34]
found = 0
for i in range(900):
    found += find(items, (i * 7) % 40)
print("short loop returns", found)


def sum_digits(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def digital_root(n):
    return n if n < 10 else digital_root(sum_digits(n))


roots = [0] * 10
for i in range(1, 1500):
    roots[digital_root(i * 13)] += 1
print("digital roots", roots)


def flatten(node, out):
    for x in node:
        if isinstance(x, list):
            flatten(x, out)
        else:
            out.append(x)
    return out


flat = flatten(nest(14), [])
print("flatten", len(flat), sum(flat), flat[:8])
