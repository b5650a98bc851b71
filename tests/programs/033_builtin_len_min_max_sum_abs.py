# len, min, max, sum and abs on many kinds of arguments.
print(len("hello"), len([1, 2, 3]), len((1,)), len({"a": 1, "b": 2}), len(range(7)), len(""))
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 7]), max((4, -1, 7)), min("hello"), max("hello"))
print(min(2.5, 2), max(-1, -1.5), min([1, 1.0]), max(True, 0))
print(min(["pear", "fig", "apple"]), max(["pear", "fig", "apple"]))
print(min([[2, 1], [1, 9], [1, 2]]), max(range(-5, 3)))
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(101)), sum([1, 2], 10))
print(sum([0.1] * 10), sum([True, True, False]), sum((1, 2.5)))
print(abs(-7), abs(7), abs(-2.5), abs(-0.0), abs(0), abs(True), abs(float("-inf")))
print(abs(-9223372036854775807), min(-9223372036854775807 - 1, 0))
data = [12, -7, 33, 0, -25, 18, 5]
lo = min(data)
hi = max(data)
print("range", lo, hi, hi - lo)
print("sum", sum(data), "mean", sum(data) / len(data))
absolute = []
for v in data:
    absolute.append(abs(v))
print(absolute, max(absolute), min(absolute), sum(absolute))
print(max(len("a"), len("abc"), len("ab")))
print(max([3, 1, 3]), min(["b", "a", "a"]))
def spread(values):
    return max(values) - min(values)
print(spread([5, 5, 5]), spread([1, 100]), spread(range(10)))
