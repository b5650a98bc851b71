# In-place quicksort with Lomuto partition, plus quickselect for the k-th smallest.
def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i
def quicksort(a, lo, hi):
    if lo < hi:
        p = partition(a, lo, hi)
        print("pivot", a[p], "at", p, a[lo:hi + 1])
        quicksort(a, lo, p - 1)
        quicksort(a, p + 1, hi)
def select(a, k):
    lo, hi = 0, len(a) - 1
    while True:
        if lo == hi:
            return a[lo]
        p = partition(a, lo, hi)
        if k == p:
            return a[p]
        elif k < p:
            hi = p - 1
        else:
            lo = p + 1
data = [10, 80, 30, 90, 40, 50, 70]
quicksort(data, 0, len(data) - 1)
print(data)
words = ["kiwi", "apple", "mango", "fig", "banana", "cherry"]
quicksort(words, 0, len(words) - 1)
print(words)
base = [7, 10, 4, 3, 20, 15, 1, 8]
for k in range(len(base)):
    print("k", k, "->", select(list(base), k))
seed = 12345
values = []
for i in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed % 1000)
expected = sorted(values)
copy = list(values)
count = 0
def quiet_sort(a, lo, hi):
    global count
    if lo < hi:
        count += 1
        p = partition(a, lo, hi)
        quiet_sort(a, lo, p - 1)
        quiet_sort(a, p + 1, hi)
quiet_sort(copy, 0, len(copy) - 1)
print(copy == expected, "partitions", count, copy[:10])
