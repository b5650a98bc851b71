# Level 2 error path: an uncaught exception whose traceback shows a cause and a context.
class StorageError(Exception):
    pass

def load(name):
    table = {"alpha": "1", "beta": "two"}
    return int(table[name])

def fetch(name):
    try:
        return load(name)
    except ValueError as e:
        raise StorageError("bad record " + name) from e

def report(names):
    for n in names:
        try:
            print(n, "=", fetch(n))
        except StorageError:
            print("giving up on", n)
            raise RuntimeError("report aborted")

print("start")
report(["alpha", "beta", "gamma"])
print("never printed")
