# Syntax-error program: the whole file is rejected before anything runs, so nothing is printed.
def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
print("this line is never executed")
print(mean([1, 2, 3]))
total = 0
for i in range(3):
    total = = total + i
print(total)
