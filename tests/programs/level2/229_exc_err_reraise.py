# Level 2 error path: a bare `raise` in an outer function re-raises the original error.
def divide(a, b):
    return a // b

def compute(pairs):
    out = []
    for a, b in pairs:
        out.append(divide(a, b))
    return out

def run(pairs):
    try:
        return compute(pairs)
    except ZeroDivisionError:
        print("run: logging the failure and re-raising")
        raise

print(run([(10, 2), (9, 3)]))
print(run([(8, 4), (1, 0), (6, 2)]))
