# Level 2 error path: an uncaught AssertionError with a formatted message.
def normalize(weights):
    total = sum(weights)
    assert total > 0, "weights must sum to a positive number, got %r" % total
    return [w / total for w in weights]

print(normalize([1, 1, 2]))
print(normalize([3, 1]))
try:
    normalize([0, 0])
except AssertionError as e:
    print("caught once:", e)
print(normalize([2, -1, -1]))
