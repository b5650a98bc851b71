# Level 2: except with a tuple of classes and several handlers tried in order.
def risky(n):
    if n == 0:
        return 10 // n
    if n == 1:
        return [1, 2][n + 5]
    if n == 2:
        return {"a": 1}["zz"]
    if n == 3:
        return int("seven")
    if n == 4:
        return "s" + n
    return n * 100

for n in range(6):
    try:
        print(n, "->", risky(n))
    except (IndexError, KeyError) as e:
        print(n, "lookup:", type(e).__name__)
    except (ValueError, TypeError) as e:
        print(n, "value/type:", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(n, "zero:", e)

kinds = (ValueError, KeyError)
try:
    raise KeyError("dyn")
except kinds as e:
    print("caught via a tuple in a variable:", repr(e))

try:
    raise ValueError("first handler wins")
except Exception as e:
    print("Exception handler:", e)
except ValueError as e:
    print("never: the earlier handler matched")

try:
    try:
        raise TypeError("not in the tuple")
    except (KeyError, IndexError):
        print("not reached")
except TypeError as e:
    print("outer caught", e)
