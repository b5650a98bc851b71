# Error program: modulo by zero raises ZeroDivisionError.
def is_multiple(n, k):
    return n % k == 0
for k in [1, 2, 3, 4]:
    print(k, is_multiple(12, k), is_multiple(7, k))
print(12 % 5, -12 % 5, 12.5 % 5, 12 % -5)
divisors = []
for k in range(1, 13):
    if is_multiple(12, k):
        divisors.append(k)
print("divisors of 12", divisors)
print(is_multiple(12, 0))
