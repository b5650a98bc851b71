# reversed and sorted, with reverse=True, on lists, strings, tuples, dicts and ranges.
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
print(list(reversed(nums)), nums)
print(sorted("banana"), list(reversed("abc")), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2, "c": 0}), list(reversed(range(4))))
print(sorted([2.5, -1, 0, 3, -1.5, 2]))
print(sorted(["Banana", "apple", "Cherry", "apple"]), sorted([], reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(sorted([[3], [1, 2], [1], []]))
s = ""
for ch in reversed("stressed"):
    s += ch
print(s)
for i in reversed(range(1, 6)):
    print("countdown", i)
words = ["delta", "alpha", "charlie", "bravo"]
ordered = sorted(words)
words.sort(reverse=True)
print(ordered, words)
nums.sort()
print(nums)
print(sorted(nums) == nums, list(reversed(sorted(nums))) == sorted(nums, reverse=True))
print(sorted([True, False, True, 0, 1]))
