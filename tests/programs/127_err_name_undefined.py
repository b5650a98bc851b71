# Error program: using a name that was never assigned raises NameError.
def compute(values):
    result = 0
    for v in values:
        result += v
    return result
print(compute([1, 2, 3]))
print(compute([]))
count = 10
print(count * 2)
print(undefined_grand_total_xyz + count)
