# A call site specialized for one function, then given another with a different signature: CPython's TypeError text.
def two(a, b):
    return a + b


def three(a, b, c):
    return a + b + c


def one_default(a, b, c=1):
    return a * b * c


fn = two
total = 0
for i in range(100):
    total += fn(i, 1)
print("total", total)
for f in [three, one_default]:
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
for i in range(80):
    total += one_default(i, 2)
print("total", total)
try:
    one_default(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
fn = three
print("calling three with two arguments")
fn(1, 2)
