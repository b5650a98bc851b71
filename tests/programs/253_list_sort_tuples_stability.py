# Sorting tuples and lists lexicographically; stability of sort (also with reverse=True and keys).
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c"), (2, "a")]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
def first(p):
    return p[0]
def second(p):
    return p[1]
print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
print(sorted(pairs, key=second))
mixed_len = [(1, 2, 3), (1, 2), (1,), (), (0, 9), (1, 2, 2)]
print(sorted(mixed_len), sorted(mixed_len, key=len))
records = [("alice", 30, "oslo"), ("bob", 25, "lima"), ("carol", 30, "lima"), ("dave", 25, "oslo"),
           ("erin", 35, "rome"), ("frank", 30, "rome")]
def age(r):
    return r[1]
def city(r):
    return r[2]
by_age = sorted(records, key=age)
for r in by_age:
    print("age", r)
# multi-key sort by successive stable sorts: city ascending, then age descending
s = list(records)
s.sort(key=city)
s.sort(key=age, reverse=True)
for r in s:
    print("age desc, city", r)
# the same with a tuple key
def key2(r):
    return (-r[1], r[2])
print(s == sorted(records, key=key2))
# stability check with equal keys under reverse
items = []
for i in range(12):
    items.append((i % 3, i))
items.sort(key=first, reverse=True)
print(items)
items.sort(key=first)
print(items)
# lists of lists and nested tuples
grid = [[3, 1], [1, 3], [2, 2], [1, 2], [3, 0]]
grid.sort()
print(grid)
nested = [((1, 2), "x"), ((1, 1), "y"), ((0, 5), "z"), ((1, 1), "a")]
print(sorted(nested))
print(sorted([("b", 2.5), ("a", 3), ("b", 1), ("a", -1.5)]))
words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
def len_then_alpha(w):
    return (len(w), w)
print(sorted(words, key=len), sorted(words, key=len_then_alpha))
print(sorted(words, key=len, reverse=True), max(words, key=len), min(words, key=len))
