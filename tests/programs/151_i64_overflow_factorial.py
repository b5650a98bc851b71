# Tracery differs from CPython here on purpose: ints are 64-bit, so 21! (which needs 66 bits)
# raises OverflowError ("integer overflow") inside the multiplication.
# Expected output: 151_i64_overflow_factorial.expect (hand-written).
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result = result * k
    return result
print("0! =", factorial(0))
for n in range(15, 22):
    print(n, factorial(n))
