# Level 2 error path: an error inside a list comprehension called from a function.
def inverses(values):
    return [round(1 / v, 3) for v in values]

def report(groups):
    for name in groups:
        print(name, inverses(groups[name]))

report({"a": [1, 2, 4], "b": [5, 8]})
print({k: sum(v) for k, v in {"x": [1, 2], "y": [3]}.items()})
report({"c": [10], "d": [3, 0, 2]})
