# Converting numbers between bases by hand, including negatives and two's complement.
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % b] + out
        n //= b
    return sign + out
def from_base(s, b):
    sign = 1
    if s[0] == "-":
        sign = -1
        s = s[1:]
    n = 0
    for ch in s:
        n = n * b + DIGITS.index(ch)
    return sign * n
for n in [0, 1, 10, 255, -255, 4096, 123456789, -9223372036854775807]:
    line = [n]
    for b in [2, 3, 8, 16, 36]:
        s = to_base(n, b)
        line.append(s)
        if from_base(s, b) != n:
            print("mismatch", n, b)
    print(line)
def twos_complement(n, bits):
    if n < 0:
        n = (1 << bits) + n
    return pad(to_base(n, 2), bits)
def pad(s, width):
    while len(s) < width:
        s = "0" + s
    return s
for n in [5, -5, 127, -128, -1, 0]:
    print(n, twos_complement(n, 8), int(twos_complement(n, 8), 2))
