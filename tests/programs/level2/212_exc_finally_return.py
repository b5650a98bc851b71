# Level 2: return inside finally overrides the try's return and swallows exceptions.
def override():
    try:
        return "from try"
    finally:
        return "from finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed it"

def swallow_in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("from handler")
    finally:
        return "handler exception swallowed too"

def finally_without_return(x):
    try:
        return x * 2
    finally:
        print("  finally sees x =", x)

print(override())
print(swallow())
print(swallow_in_handler())
print(finally_without_return(21))

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("  n changed in finally to", n)

print("returned", counter())

def nested():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

print(nested())

def which(flag):
    try:
        if flag:
            raise IndexError("ix")
        return "normal"
    except IndexError:
        return "handler"
    finally:
        print("  finally for", flag)

print(which(False), which(True))
