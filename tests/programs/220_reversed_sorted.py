# reversed over sequences and ranges; sorted with key=, reverse= and stability (also with reverse=True).
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed(range(10, 0, -3))), list(reversed([])), tuple(reversed((1, "b", None))))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed(list({"k": 0}.items()))))
print(sorted([3, 1, 2]), sorted("cba"), sorted((2.5, 1, -1)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -2)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted([True, 0, -1, 0.5]))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
def last(w):
    return w[-1]
print(sorted(words, key=last), sorted(words, key=last, reverse=True))
# Stability: equal keys keep their original order, also with reverse=True.
records = [("bob", 2), ("ann", 1), ("cy", 2), ("dee", 1), ("eve", 3), ("fay", 2)]
def grade(r):
    return r[1]
print(sorted(records, key=grade))
print(sorted(records, key=grade, reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=grade))
# Multi-key sort by two stable passes.
step1 = sorted(records, key=None)
step2 = sorted(step1, key=grade, reverse=True)
print(step2)
def neg_grade_then_name(r):
    return (-r[1], r[0])
print(sorted(records, key=neg_grade_then_name) == step2)
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 2, -1, 3], key=abs, reverse=True))
print(sorted("dcba", key=ord), sorted(["b", "C", "a"], key=str.lower))
data = [5, 3, 8]
out = sorted(data)
out.append(0)
print(data, out, sorted(data) is data)
print(sorted([], key=len), sorted([1], reverse=True), sorted([2, 1], key=None, reverse=False))
class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio
    def __repr__(self):
        return self.name + ":" + str(self.prio)
def prio_of(j):
    return j.prio
jobs = [Job("a", 2), Job("b", 1), Job("c", 2), Job("d", 0)]
print(sorted(jobs, key=prio_of), sorted(jobs, key=prio_of, reverse=True))
