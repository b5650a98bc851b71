# Level 2: the `as` name is deleted at the end of the except clause.
e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("after handler:", err)

def inside_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        kept = exc
    try:
        print(exc)
    except UnboundLocalError as err:
        print("in function:", err)
    return kept

print("kept copy:", repr(inside_function()))

def handler_not_run():
    try:
        pass
    except ValueError as never:
        pass
    try:
        return never
    except UnboundLocalError as err:
        return "never bound: " + str(err)

print(handler_not_run())

for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print("last saved:", repr(last))
try:
    print(loop_err)
except NameError as err:
    print("loop name gone:", err)
