# Tracery differs from CPython here on purpose: ints are 64-bit, so a left shift whose result
# does not fit raises OverflowError ("integer overflow") instead of growing the int.
# Expected output: 154_i64_overflow_shift.expect (hand-written).
print(1 << 62, -1 << 63, 255 << 55, -255 << 55)
print(12345 >> 64, -12345 >> 64)
x = 1
for i in range(7):
    x = x << 9
    print(i, x)
print("unreachable")
