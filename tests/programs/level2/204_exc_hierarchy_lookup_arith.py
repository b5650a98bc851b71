# Level 2: catching built-in exceptions by their base classes.
def lookup(container, key):
    try:
        return container[key]
    except LookupError as e:
        print("  LookupError caught a", type(e).__name__)
        return None

print(lookup([1, 2, 3], 1))
print(lookup([1, 2, 3], 10))
print(lookup({"k": "v"}, "k"))
print(lookup({"k": "v"}, "q"))
print(lookup("abc", 7))

def calc(a, b):
    try:
        return a % b
    except ArithmeticError as e:
        print("  ArithmeticError caught a", type(e).__name__, "-", e)
        return 0

print(calc(7, 3), calc(7, 0), calc(7.5, 0.0))
try:
    raise OverflowError("made up")
except ArithmeticError as e:
    print("OverflowError is arithmetic:", e)

for exc in [ValueError("v"), KeyError("k"), ZeroDivisionError("z"), AssertionError("a")]:
    try:
        raise exc
    except Exception as e:
        print("Exception caught", type(e).__name__)

try:
    raise StopIteration(5)
except Exception as e:
    print("StopIteration is an Exception:", repr(e))

try:
    raise KeyboardInterrupt("ki")
except Exception:
    print("not reached: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

try:
    int("zz")
except (LookupError, ArithmeticError):
    print("not reached")
except ValueError:
    print("ValueError is neither lookup nor arithmetic")
