# isinstance with single types and tuples of types; bool is an int.
values = [1, -1.5, "s", True, None, [1], (1,), {"a": 1}, 0, "", 2.0]
for v in values:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str),
          isinstance(v, bool), isinstance(v, list), isinstance(v, tuple), isinstance(v, dict))
print(isinstance(3, (int, float)), isinstance("x", (int, float)), isinstance(2.5, (str, float)))
print(isinstance(True, int), isinstance(1, bool), isinstance(False, (list, bool)))
def describe(v):
    if isinstance(v, bool):
        return "bool"
    elif isinstance(v, int):
        return "int"
    elif isinstance(v, float):
        return "float"
    elif isinstance(v, str):
        return "str of length " + str(len(v))
    elif isinstance(v, (list, tuple)):
        inner = ""
        for item in v:
            inner += describe(item) + ";"
        return "sequence[" + inner + "]"
    elif isinstance(v, dict):
        return "dict with " + str(len(v)) + " keys"
    return "other"
for v in values:
    print(describe(v))
print(describe([1, [2.0, "ab"], (True,)]))
def total_numbers(items):
    total = 0
    for it in items:
        if isinstance(it, (int, float)) and not isinstance(it, bool):
            total += it
    return total
print(total_numbers([1, "2", 3.5, True, None, 4]))
