# int() from floats (truncation), bools and strings: bases 2-36, base 0 prefixes, signs, whitespace, underscores.
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e15), int(-2.0), int(True), int(False))
print(int("42"), int("-42"), int("+42"), int("  17  "), int("\t-8\n"), int("007"), int("0"), int("-0"))
print(int("1_000_000"), int("12_3"), int("  +1_2 "))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("0xff", 16), int("0XfF", 16), int("10", 16))
print(int("101", 2), int("0b101", 2), int("-0B11", 2), int("777", 8), int("0o17", 8), int("z", 36), int("Zz", 36))
print(int("0x1f", 0), int("0b101", 0), int("0o17", 0), int("123", 0), int("-0x10", 0), int(" 0 ", 0), int("00", 0))
print(int("10", 2), int("10", 3), int("10", 8), int("10", 10), int("10", 36), int("1_0", 16))
print(int("9223372036854775807"), int("-9223372036854775808"), int("7fffffffffffffff", 16))
print(int(123), int(-7), int(int("5")), int(str(99)))
def parse_all(texts, base):
    out = []
    for t in texts:
        out.append(int(t, base))
    return out
print(parse_all(["1", "10", "11", "100"], 2), parse_all(["a", "b", "c"], 16))
print(parse_all(["0x10", "0o10", "0b10", "10"], 0))
# Round trips through bin-like digit strings built by hand.
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    if neg:
        n = -n
    while n > 0:
        s = digits[n % base] + s
        n //= base
    if neg:
        s = "-" + s
    return s
for n in [0, 5, -37, 255, 123456789]:
    row = []
    for base in [2, 7, 16, 36]:
        text = to_base(n, base)
        row.append(text)
        if int(text, base) != n:
            print("mismatch", n, base)
    print(n, row)
print(int(2.999999), int(-1e-9), int(1.5e3), int(float("12.0")))
print(int("1f", base=16), int("11", base=3))
