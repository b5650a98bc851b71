# Error program: len() of an int raises TypeError.
def total_length(items):
    n = 0
    for it in items:
        print("measuring", repr(it))
        n += len(it)
    return n
print(total_length(["ab", [1, 2, 3], (), {"k": 1}]))
print(total_length([]))
print(total_length(["abc", 42, "de"]))
