# Generating permutations and subsets recursively; next-permutation in lexicographic order.
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
perms = permutations([1, 2, 3])
print(len(perms), perms)
print(len(permutations(list("abcd"))), len(permutations(list(range(6)))))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    out = []
    for s in rest:
        out.append(s)
        out.append([items[0]] + s)
    return out
subs = subsets(["x", "y", "z"])
print(len(subs), sorted(subs))
def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True
a = [1, 2, 2, 3]
count = 1
print(a)
while next_perm(a):
    count += 1
    print(a)
print("distinct permutations", count)
total = 0
for s in subsets(list(range(1, 11))):
    if sum(s) == 15:
        total += 1
print("subsets of 1..10 summing to 15:", total)
