# Recursion: factorial, fibonacci, sum of digits, power, string reversal.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
for n in range(0, 21):
    print(n, factorial(n))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print("fib:", fib(0), fib(1), fib(10), fib(20))
def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)
print(digit_sum(0), digit_sum(9), digit_sum(12345), digit_sum(9999999999))
def reverse(s):
    if len(s) <= 1:
        return s
    return reverse(s[1:]) + s[0]
print(reverse("recursion"), reverse(""), reverse("ab"))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print("depth", depth(500))
def count_down(n):
    if n < 0:
        return
    print("count", n)
    count_down(n - 2)
count_down(9)
