# Level 2 error path: finally blocks run while an uncaught exception propagates.
def inner(values):
    try:
        print("inner: summing", values)
        return sum(values)
    finally:
        print("inner: finally")

def middle(values):
    try:
        result = inner(values)
        print("middle: got", result)
        return result
    finally:
        print("middle: finally")

def outer():
    print("outer: first call")
    middle([1, 2, 3])
    print("outer: second call")
    middle([1, "two", 3])
    print("outer: never here")

try:
    outer()
except TypeError as e:
    print("first time caught:", e)
print("now without a handler")
outer()
