# Level 2: order of try body, except, else and finally clauses.
def attempt(kind):
    print("--", kind)
    try:
        print("  body start")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "type":
            raise TypeError("bad type")
        print("  body end")
    except ValueError as e:
        print("  except ValueError:", e)
    except TypeError as e:
        print("  except TypeError:", e)
    else:
        print("  else: no exception")
    finally:
        print("  finally always")
    print("  after statement")

for kind in ["none", "value", "type"]:
    attempt(kind)

def only_finally(flag):
    try:
        print("  try", flag)
        if flag:
            raise KeyError("k")
    finally:
        print("  finally", flag)

only_finally(False)
try:
    only_finally(True)
except KeyError as e:
    print("outer caught", repr(e))

log = []
for i in range(4):
    try:
        log.append("t%d" % i)
        if i % 2:
            raise RuntimeError(i)
    except RuntimeError:
        log.append("x%d" % i)
    else:
        log.append("e%d" % i)
    finally:
        log.append("f%d" % i)
print(log)
