# Bitwise and, or, xor, invert, shifts on positive and negative ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255, -256 & 255)
print(1 << 0, 1 << 10, 1 << 62, 5 << 3, -5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 7 >> 100)
def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count
for n in [0, 1, 7, 8, 255, 1023, 123456789, 9223372036854775807]:
    print(n, "has", popcount(n), "bits set")
def to_bits(n, width):
    s = ""
    for i in range(width - 1, -1, -1):
        if (n >> i) & 1:
            s += "1"
        else:
            s += "0"
    return s
for n in [5, 12, 200, -3 & 0xFF]:
    print(n, to_bits(n, 8))
flags = 0
READ = 1
WRITE = 2
EXEC = 4
flags |= READ
flags |= EXEC
print("flags", flags, flags & WRITE != 0, flags & EXEC != 0)
flags &= ~EXEC
print("flags", flags)
flags ^= WRITE | READ
print("flags", flags)
print(True & False, True | False, True ^ True, 6 & True)
