# sum over lists, tuples, ranges, dict values and iterators, with an int, float or list start value.
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([]), sum(()), sum([], 10))
print(sum([1, 2, 3], 10), sum([0.1, 0.2], 1), sum(range(5), -10), sum([1, 2], start=100))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]))
print(sum([True, True, False]), sum([1, 2.5, True]), sum([-1, -2, -3]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2, 3)], ()), sum([[0]], [9]))
d = {"a": 10, "b": 20, "c": 30}
print(sum(d.values()), sum(d.values(), 0.5), sum(iter([4, 5])), sum(reversed([1, 2])))
# sum of generated values.
squares = []
for i in range(1, 11):
    squares.append(i * i)
print(squares, sum(squares), sum(squares, -385))
def mean(values):
    if len(values) == 0:
        return 0.0
    return sum(values) / len(values)
print(mean([1, 2, 3, 4]), mean([]), mean([2.5, 3.5]), mean(range(10)))
rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
row_sums = []
for r in rows:
    row_sums.append(sum(r))
col_sums = []
for c in range(3):
    col = []
    for r in rows:
        col.append(r[c])
    col_sums.append(sum(col))
print(row_sums, col_sums, sum(row_sums) == sum(col_sums))
print(sum(rows, []))
# Large values stay exact.
print(sum([4611686018427387903, 4611686018427387903]), sum(range(1000000)))
print(sum([1, -1] * 50, 7), sum([0.5] * 3, 0.25), type(sum([], 0.0)).__name__)
