# len of every container, range forms (negative steps, empty ranges, indexing, len, membership), abs of numbers.
print(len(""), len("hello"), len([1, 2, 3]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(range(10)), len(range(2, 10, 3)), len(range(10, 0, -2)), len(range(5, 5)), len(range(5, 0)))
print(len([[1, 2], [3]]), len("tab\there"), len("é"), len([None] * 7))
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(-5, 5, 2)), list(range(3, -4, -1)), list(range(0)), list(range(1, 0)))
r = range(3, 30, 4)
print(r, r[0], r[2], r[-1], len(r), 7 in r, 8 in r, 31 in r)
print(r[1:3], list(r[::2]), list(reversed(r)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == range(0, 3))
total = 0
for i in range(100, 0, -7):
    total += i
print("sum of range", total, sum(range(100, 0, -7)))
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(2.5), abs(-2.5), abs(True), abs(False))
print(abs(-9223372036854775807), abs(-1e300), abs(float("-inf")))
nums = [-4, 3, -2, 0, 7, -11]
dist = []
for n in nums:
    dist.append(abs(n - 2))
print(dist, max(dist), sorted(nums, key=abs))
words = ["a", "abc", "", "ab"]
lens = []
for w in words:
    lens.append(len(w))
print(lens, sorted(words, key=len))
class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
b = Bag()
print(len(b))
b.items.append(1)
b.items.append(2)
print(len(b), len(b) > 1)
