# min() of an empty sequence without default= raises ValueError.
def smallest_positive(values):
    positives = []
    for v in values:
        if v > 0:
            positives.append(v)
    return min(positives)
print(smallest_positive([3, -1, 2]))
print(smallest_positive([5]))
print(smallest_positive([-4, 0, -2]))
