# Tracery differs from CPython here on purpose: ints are 64-bit, so 2 ** 63 raises
# OverflowError ("integer overflow") instead of giving a big int.
# Expected output: 150_i64_overflow_pow.expect (hand-written).
for e in [10, 32, 62]:
    print("2 **", e, "=", 2 ** e)
print("largest:", 2 ** 62 - 1 + 2 ** 62)
print("smallest:", -2 ** 62 - 2 ** 62)
print("3 ** 39 =", 3 ** 39, "(-2) ** 63 =", (-2) ** 63)
print("negative exponent:", 2 ** -63)
print("one more:", 2 ** 63)
