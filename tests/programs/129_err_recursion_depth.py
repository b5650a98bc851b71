# Error program: unbounded recursion raises RecursionError (CPython's default limit is 1000 frames).
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(10))
print(countdown(500))
def forever(n):
    return forever(n + 1) + 1
print("going deep")
print(forever(0))
