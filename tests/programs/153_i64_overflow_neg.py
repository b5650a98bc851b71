# Tracery differs from CPython here on purpose: ints are 64-bit, so negating
# the smallest int, -9223372036854775808, raises OverflowError ("integer overflow").
# Expected output: 153_i64_overflow_neg.expect (hand-written).
smallest = -9223372036854775807 - 1
print(smallest, smallest + 1, -(smallest + 1))
print(smallest // 2, smallest % 7, divmod(smallest, 3))
print(abs(smallest + 1), smallest < 0, smallest * 1)
print(~smallest, smallest >> 63, smallest & 255)
print(-smallest)
print("unreachable")
