# Level 2: bare `raise` re-raises the exception being handled.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("  parse: logging failure for", repr(text))
        raise

def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            print("  parse_all: skipping;", e)
    return out

print(parse_all(["1", "two", "3", "4x"]))

def check(n):
    try:
        if n < 0:
            raise ValueError("negative %d" % n)
        return n
    except ValueError as e:
        if n < -10:
            print("  re-raising", e)
            raise
        print("  handled", e)
        return 0

for n in [5, -1, -20]:
    try:
        print("check", n, "->", check(n))
    except ValueError as e:
        print("outer got", repr(e))

try:
    try:
        raise KeyError("same object")
    except KeyError as first:
        saved = first
        raise
except KeyError as second:
    print("identity kept:", second is saved)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        try:
            raise ValueError("nested")
        except ValueError:
            pass
        raise
except Exception as e:
    print("bare raise after nested handler re-raises:", repr(e))
