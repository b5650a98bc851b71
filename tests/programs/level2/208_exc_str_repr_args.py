# Level 2: str(), repr() and .args of built-in exceptions.
samples = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 2),
    KeyError("key"),
    KeyError(3),
    KeyError(),
    IndexError("list index out of range"),
    TypeError("t", None),
    ZeroDivisionError("division by zero"),
    RuntimeError(""),
    StopIteration(42),
    AssertionError("check failed"),
    Exception("quote's"),
    NameError("name"),
]
for e in samples:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)

try:
    {}["absent"]
except KeyError as e:
    print("real KeyError str:", str(e), "args:", e.args)

try:
    [][0]
except IndexError as e:
    print("real IndexError:", repr(e))

try:
    1 / 0
except ZeroDivisionError as e:
    print("real ZeroDivisionError:", repr(e), e.args)

print("%s / %r" % (ValueError("pct"), ValueError("pct")))
print(str(KeyError("a", "b")), repr(KeyError("a", "b")))
