# Level 2: raise, try/except/else/finally, exception classes and messages.
def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        print("bad input:", e)
        return None
    else:
        print("parsed", n)
        return n
    finally:
        print("done with", repr(s))
for s in ["12", "x1", "-4"]:
    print(parse(s))
def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("custom: cannot divide " + str(a))
    return a / b
for b in [2, 0]:
    try:
        print(divide(10, b))
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup failed:", e)
try:
    {}["k"]
except LookupError as e:
    print("lookup error:", repr(e))
class AppError(Exception):
    pass
try:
    raise AppError("boom")
except Exception as e:
    print(type(e).__name__, e.args)
raise ValueError("finally uncaught")
