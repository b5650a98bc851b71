# Level 2: nested try statements; inner misses go outward, handler errors go outward.
def run(step):
    try:
        print(" outer try", step)
        try:
            print("  inner try", step)
            if step == 1:
                raise KeyError("inner key")
            if step == 2:
                raise ValueError("inner value")
            if step == 3:
                raise IndexError("inner index")
        except KeyError as e:
            print("  inner handled", repr(e))
        except ValueError as e:
            print("  inner handler raising TypeError")
            raise TypeError("from inner handler")
        finally:
            print("  inner finally", step)
        print(" between", step)
    except TypeError as e:
        print(" outer handled", e, "| context", repr(e.__context__))
    except IndexError as e:
        print(" outer handled missed", repr(e))
    else:
        print(" outer else", step)
    finally:
        print(" outer finally", step)

for step in range(4):
    print("step", step)
    run(step)

depth = 0
def recurse(n):
    global depth
    try:
        if n == 0:
            raise RuntimeError("bottom")
        recurse(n - 1)
    except RuntimeError as e:
        depth += 1
        if depth < 3:
            print("level", n, "re-raises", e)
            raise
        print("level", n, "stops it")

recurse(5)
print("depth counter", depth)

try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as inner:
            print("inner context:", repr(inner.__context__))
        print("still handling ValueError")
except Exception:
    print("not reached")
print("done")
