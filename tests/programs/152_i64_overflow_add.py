# Tracery differs from CPython here on purpose: ints are 64-bit, so adding past
# 9223372036854775807 raises OverflowError ("integer overflow") in an augmented assignment.
# Expected output: 152_i64_overflow_add.expect (hand-written).
big = 9223372036854775800
print(big + 7, big - -7, -big - 8)
print("headroom:", 9223372036854775807 - big)
for i in range(10):
    print(i, big)
    big += 1
print("unreachable")
