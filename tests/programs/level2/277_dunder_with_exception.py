# Level 2: exceptions passed to __exit__; a true return value suppresses them.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: clean")
        else:
            print("  exit:", exc_type.__name__, repr(exc), tb is not None)
        return self.suppress

with Guard(True):
    print("raising inside suppressing guard")
    raise ValueError("swallowed")
print("continued after suppression")

try:
    with Guard(False):
        raise KeyError("propagates")
except KeyError as e:
    print("caught outside:", repr(e))

with Guard(False):
    print("no exception")

class Only:
    def __init__(self, kind):
        self.kind = kind
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kind)

for exc in [ZeroDivisionError("z"), IndexError("i")]:
    try:
        with Only(ArithmeticError):
            raise exc
        print("suppressed", type(exc).__name__)
    except Exception as e:
        print("escaped", type(e).__name__)

def f():
    with Guard(True):
        return 1 // 0
    return "fell through after suppression"
print(f())

class Failing:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

try:
    with Failing():
        raise ValueError("original")
except RuntimeError as e:
    print("exit error:", e, "| context:", repr(e.__context__))

class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, *a):
        print("not called")
try:
    with BadEnter():
        print("not reached")
except RuntimeError as e:
    print("enter error:", e)
