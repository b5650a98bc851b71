# Recursive merge sort with a trace of merges, and counting inversions.
depth_log = []
def merge(left, right):
    out = []
    i = 0
    j = 0
    inversions = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            inversions += len(left) - i
            j += 1
    out += left[i:]
    out += right[j:]
    return out, inversions
def merge_sort(a, depth=0):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, inv_l = merge_sort(a[:mid], depth + 1)
    right, inv_r = merge_sort(a[mid:], depth + 1)
    merged, inv_m = merge(left, right)
    print("  " * depth + "merge", left, right, "->", merged)
    return merged, inv_l + inv_r + inv_m
result, inv = merge_sort([38, 27, 43, 3, 9, 82, 10])
print(result, "inversions", inv)
result, inv = merge_sort([5, 4, 3, 2, 1])
print(result, "inversions", inv)
result, inv = merge_sort(["m", "e", "r", "g", "e"])
print(result, "inversions", inv)
