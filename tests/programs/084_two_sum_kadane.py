# Classic array problems: two-sum with a dict, maximum subarray, prefix sums, sliding window.
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        want = target - n
        if want in seen:
            return seen[want], i
        seen[n] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7), two_sum([-3, 4, 3, 90], 0))
def max_subarray(nums):
    best = nums[0]
    cur = 0
    start = 0
    best_range = (0, 0)
    for i, n in enumerate(nums):
        if cur <= 0:
            cur = n
            start = i
        else:
            cur += n
        if cur > best:
            best = cur
            best_range = (start, i)
    return best, best_range
for nums in [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [1], [-3, -1, -2], [5, 4, -1, 7, 8]]:
    best, (s, e) = max_subarray(nums)
    print(nums, best, nums[s:e + 1])
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
prefix = [0]
for v in data:
    prefix.append(prefix[-1] + v)
print("prefix", prefix)
for i, j in [(0, 5), (3, 9), (10, 15), (7, 7)]:
    print("sum", i, j, prefix[j] - prefix[i], sum(data[i:j]))
k = 4
window = sum(data[:k])
best = window
where = 0
for i in range(k, len(data)):
    window += data[i] - data[i - k]
    if window > best:
        best = window
        where = i - k + 1
print("best window of", k, "starts at", where, data[where:where + k], best)
