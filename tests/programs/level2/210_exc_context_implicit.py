# Level 2: __context__ is set when an exception is raised while handling another.
def cleanup_fails():
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("during handling")

try:
    cleanup_fails()
except ValueError as e:
    print("got", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        try:
            {}[2]
        except KeyError:
            raise RuntimeError("third")
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("chain:", chain)

try:
    try:
        raise ValueError("in try")
    finally:
        print("finally raising")
        raise TypeError("from finally")
except TypeError as e:
    print("finally replaced:", e, "| context:", repr(e.__context__))

try:
    raise ValueError("no handler active")
except ValueError as e:
    print("plain raise has context:", e.__context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise IndexError("after handler finished")
except IndexError as e:
    print("context after handled block:", e.__context__)
