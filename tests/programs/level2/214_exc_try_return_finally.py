# Level 2: return inside try with finally: value computed first, finally runs before leaving.
trace = []

def value(tag):
    trace.append("value " + tag)
    return tag

def f():
    try:
        trace.append("try")
        return value("try-result")
    finally:
        trace.append("finally")

print(f())
print(trace)

def loop_return(limit):
    for i in range(limit):
        try:
            if i == 2:
                return "returned at %d" % i
        finally:
            print("  cleanup", i)
    return "loop finished"

print(loop_return(5))
print(loop_return(2))

def raise_past_finally():
    try:
        print("  about to raise")
        raise ValueError("passes through")
    finally:
        print("  finally before propagation")

try:
    raise_past_finally()
except ValueError as e:
    print("caught after finally:", e)

def else_return(n):
    try:
        r = 100 // n
    except ZeroDivisionError:
        return "div by zero"
    else:
        return "ok %d" % r
    finally:
        print("  finally n =", n)

print(else_return(4))
print(else_return(0))

def deep(n):
    try:
        if n == 0:
            return 0
        return 1 + deep(n - 1)
    finally:
        print("  unwind", n)

print("depth", deep(3))
