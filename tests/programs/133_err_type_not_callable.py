# Error program: calling an int raises TypeError.
def double(x):
    return 2 * x
print(double(21))
values = [1, 2, 3]
total = sum(values)
print(total)
sum = 0
for v in values:
    sum += v
print(sum)
print(sum(values))
