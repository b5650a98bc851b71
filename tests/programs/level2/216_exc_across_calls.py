# Level 2: exceptions unwinding through several function calls with cleanup at each level.
class NotFound(Exception):
    pass

def level3(key, data):
    print("    level3 looks for", key)
    if key not in data:
        raise NotFound(key)
    return data[key]

def level2(key, data):
    print("   level2 enter")
    try:
        return level3(key, data) * 2
    finally:
        print("   level2 cleanup")

def level1(key, data):
    print("  level1 enter")
    result = level2(key, data)
    print("  level1 got", result)
    return result + 1

data = {"a": 5, "b": 7}
for key in ["a", "zz", "b"]:
    try:
        print("result", level1(key, data))
    except NotFound as e:
        print("not found:", e)

def apply_all(fn, items):
    results = []
    for it in items:
        results.append(fn(it))
    return results

def invert(x):
    return 1 / x

try:
    print(apply_all(invert, [1, 2, 4]))
    print(apply_all(invert, [1, 0, 4]))
except ZeroDivisionError as e:
    print("apply_all failed:", e)

def safe(fn):
    def wrapper(x):
        try:
            return fn(x)
        except Exception as e:
            return "error: " + type(e).__name__
    return wrapper

print(apply_all(safe(invert), [2, 0, "s"]))
