# next() on an exhausted iterator without a default raises a bare StopIteration.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
print(next(it))
