# Level 2: *args collects extra positional arguments into a tuple.
def total(*numbers):
    print("  got", numbers, type(numbers).__name__)
    return sum(numbers)

print(total())
print(total(1))
print(total(1, 2, 3, 4))

def head_and_rest(first, *rest):
    return first, rest

print(head_and_rest(1))
print(head_and_rest(1, 2, 3))

def join_all(sep, *parts):
    return sep.join(str(p) for p in parts)

print(join_all("-", 1, 2, 3))
print(join_all(", ", "a", "b"))
print(repr(join_all("+")))

def mixed(a, b=10, *args):
    return "a=%r b=%r args=%r" % (a, b, args)

print(mixed(1))
print(mixed(1, 2))
print(mixed(1, 2, 3, 4, 5))

def my_max(*values):
    if not values:
        return None
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best

print(my_max(), my_max(3), my_max(3, 9, 2), my_max("pear", "apple"))

def forward(*args):
    return total(*args) * 2

print(forward(5, 6))
nums = [1, 2, 3]
print(total(*nums, 10, *range(3)))
