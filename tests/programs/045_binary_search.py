# Binary search (iterative and recursive), lower bound, and insertion into a sorted list.
def search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def search_rec(items, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return search_rec(items, target, mid + 1, hi)
    return search_rec(items, target, lo, mid - 1)
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = []
for i in range(50):
    data.append(i * 3 + 1)
for t in [1, 4, 76, 148, 0, 2, 150, 73, 100]:
    idx, steps = search(data, t)
    print(t, "->", idx, "in", steps, "steps; recursive", search_rec(data, t, 0, len(data) - 1), "lower bound", lower_bound(data, t))
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    pos = lower_bound(sorted_list, v)
    sorted_list.insert(pos, v)
    print("insert", v, "at", pos, sorted_list)
