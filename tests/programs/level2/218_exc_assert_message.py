# Level 2: assert statements with and without a message, caught as AssertionError.
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
try:
    mean([])
except AssertionError as e:
    print("AssertionError:", e, e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args, "str=%r" % str(e))

def check_sorted(items):
    for i in range(len(items) - 1):
        assert items[i] <= items[i + 1], "out of order at %d: %r > %r" % (i, items[i], items[i + 1])
    return True

for items in [[1, 2, 3], [1, 3, 2], ["a", "b"], [5, 5, 4]]:
    try:
        print(items, check_sorted(items))
    except AssertionError as e:
        print(items, "failed:", e)

assert True, "never evaluated"
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert 2 > 1, msg()
print("message evaluated only on failure:", len(calls))
try:
    assert [], msg()
except AssertionError as e:
    print("empty list is false:", e, len(calls))

try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e.args, str(e))
