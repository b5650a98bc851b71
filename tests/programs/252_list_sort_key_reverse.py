# list.sort and sorted with key= and reverse=: functions, builtins and bound methods as keys.
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
a = list(words)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.sort(key=len)
print(a)
a.sort(key=len, reverse=True)
print(a)
def lower(s):
    return s.lower()
a.sort(key=lower)
print(a)
print(sorted(words, key=lower, reverse=True))
def last_char(s):
    return s[-1]
print(sorted(words, key=last_char))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
def neg(x):
    return -x
print(sorted(nums, key=neg), sorted(nums, reverse=True) == sorted(nums, key=neg))
r = nums.sort(key=abs)
print(r, nums)
floats = [2.5, -1.0, 3, 0.5, 2, -1]
floats.sort()
print(floats)
print(sorted("hello world"), sorted("hello world", reverse=True)[:3])
d = {"b": 3, "a": 1, "c": 2}
def by_value(k):
    return d[k]
print(sorted(d), sorted(d, key=by_value), sorted(d.items()), sorted(d.values(), reverse=True))
print(sorted(d.items(), key=last_char), sorted([]), sorted([1]), sorted((3, 1, 2)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
# key called once per element
calls = []
def logged(x):
    calls.append(x)
    return x % 3
e = [7, 3, 5, 9, 1]
e.sort(key=logged)
print(e, calls, len(calls))
# sorting in place keeps aliases in step
f = [3, 1, 2]
g = f
f.sort(reverse=True)
print(g, f is g)
print(sorted([True, False, 0, 1, 0.5]), sorted([[2, 1], [1, 2], [1], []]))
