# list.remove (first match), list.index with start/end, list.count with mixed equal values.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(5), a.index(5, 5), a.index(5, 9), a.index(1, 2), a.index(3, 1), a.index(3, -2))
print(a.index(9, 0, 6), a.index(2, -5, -3), a.index(3, -100), a.index(5, 4, 100), a.index(1, True))
print(a.count(5), a.count(1), a.count(7), a.count(3), [].count(0), [[1]].count([1]))
mixed = [1, 1.0, True, "1", [1], (1,), 0, False, 0.0, None, None]
print(mixed.count(1), mixed.count(True), mixed.count(0), mixed.count(None), mixed.count("1"), mixed.count((1,)))
print(mixed.index(True), mixed.index(False), mixed.index(0.0), mixed.index([1]), mixed.index(None, 10))
nested = [[1, 2], [3], [1, 2], [], (1, 2)]
print(nested.count([1, 2]), nested.index([]), nested.index((1, 2)), nested.count((1, 2)), nested.index([1, 2], 1))
b = ["x", "y", "x", "z", "x"]
b.remove("x")
print(b)
b.remove("x")
print(b)
b.remove("z")
print(b)
r = b.remove("y")
print(r, b)
c = [1, 2.0, 3, 2]
c.remove(2)
print(c)
c.remove(True)
print(c)
# remove all occurrences with a while loop
d = [0, 1, 0, 2, 0, 3, 0]
while 0 in d:
    d.remove(0)
print(d)
# find all indexes of a value using index with a start
e = ["a", "b", "a", "c", "a", "b"]
where = []
i = 0
while e.count("a") > len(where):
    i = e.index("a", i)
    where.append(i)
    i += 1
print(where)
# tally via count over unique items in order of first appearance
seen = []
for item in e:
    if item not in seen:
        seen.append(item)
for item in seen:
    print(item, e.count(item), e.index(item))
# remove on a list of floats and strings
f = [0.5, "0.5", 0.25, "x"]
f.remove("0.5")
f.remove(0.25)
print(f, f.index("x"), f.count(0.5))
