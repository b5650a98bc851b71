# Lists: creation, indexing, append, pop, insert, extend, len, in, concatenation.
nums = [5, 3, 8]
print(nums, len(nums), nums[0], nums[-1])
nums.append(1)
print(nums)
nums.insert(0, 9)
nums.insert(2, 7)
print(nums)
nums.extend([4, 4])
print(nums, len(nums))
last = nums.pop()
print("popped", last, nums)
first = nums.pop(0)
print("popped", first, nums)
print(3 in nums, 10 in nums, 10 not in nums)
print(nums.index(8), nums.count(4), nums.count(42))
nums.remove(7)
print(nums)
nums.reverse()
print(nums)
nums.sort()
print(nums)
both = nums + [100, 200]
print(both, nums)
print([0] * 5, [1, 2] * 3, [] * 10)
nested = [[1, 2], [3], []]
print(nested, len(nested), len(nested[0]), nested[1][0])
copy = list(nums)
copy.append(99)
print(nums, copy)
mixed = [1, "two", 3.0, None, True, [5]]
for item in mixed:
    print(repr(item))
squares = []
for i in range(8):
    squares.append(i * i)
print(squares, sum(squares), max(squares))
print([] == [], [1, 2] == [1, 2], [1, 2] == [2, 1])
