# Bubble sort and insertion sort, counting comparisons and swaps.
def bubble(items):
    a = list(items)
    swaps = 0
    comps = 0
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            comps += 1
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, comps, swaps
def insertion(items):
    a = list(items)
    shifts = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
            shifts += 1
        a[j + 1] = key
    return a, shifts
data = [[5, 2, 9, 1, 5, 6], [1, 2, 3, 4], [4, 3, 2, 1], [], [7], [3, -1, 2.5, 0, -1], ["pear", "fig", "apple"]]
for d in data:
    b, comps, swaps = bubble(d)
    ins, shifts = insertion(d)
    print(d, "->", b, "comparisons", comps, "swaps", swaps, "shifts", shifts, b == ins == sorted(d))
