# Tracery differs from CPython here on purpose: ints are 64-bit, so int() of a finite float
# above 9223372036854775807 raises OverflowError ("integer overflow") instead of giving a big int.
# Expected output: 155_i64_overflow_int_of_float.expect (hand-written).
for f in [1.5, -2.5, 1e15, 1e18, -9.2e18]:
    print(f, int(f), round(f))
print(int(-9223372036854775808.0), round(9.2e18))
biggest = 9.223372036854775e18
print(biggest, int(biggest))
print(int(1e19))
print("unreachable")
