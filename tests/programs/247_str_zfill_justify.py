# zfill with signs and non-numbers; center/ljust/rjust with fill characters and odd padding.
for s in ["7", "-7", "+7", "42", "-42", "3.14", "-3.14", "", "-", "+", "abc", "-abc", "1e5", "--3", "+-3", " 5"]:
    print("%-6r" % s, repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))
for n in [0, 5, -5, 123, -123, 99999]:
    print(n, str(n).zfill(5), str(n).zfill(2), str(abs(n)).zfill(4))
print("%r %r %r" % ("5".zfill(-1), "-5".zfill(1), "-5".zfill(2)))
for width in range(0, 9):
    print(width, "[" + "a".center(width) + "]", "[" + "ab".center(width) + "]", "[" + "abc".center(width, "*") + "]", "[" + "abcd".center(width, "-") + "]")
for width in [-1, 0, 2, 3, 6]:
    print(width, repr("ab".ljust(width)), repr("ab".rjust(width)), repr("ab".ljust(width, "."), ), repr("ab".rjust(width, "0")))
print(repr("".center(3)), repr("".center(4, "x")), repr("".ljust(2, "y")), repr("".rjust(1, "z")))
print("-5".rjust(4, "0"), "-5".zfill(4), "x".center(5, " "), "é".center(5, "é"), "ab".center(5, "日"))
# a boxed report
items = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
width = 30
print("+" + "-" * (width - 2) + "+")
print("|" + "INVENTORY".center(width - 2) + "|")
print("|" + "=" * (width - 2) + "|")
for name, qty, price in items:
    line = name.ljust(10, ".") + str(qty).rjust(5) + str(price).rjust(8)
    print("|" + line.ljust(width - 2) + "|")
print("+" + "-" * (width - 2) + "+")
# zero-padded ids and time stamps
for h, m, sec in [(0, 5, 9), (12, 30, 0), (23, 59, 59)]:
    print(str(h).zfill(2) + ":" + str(m).zfill(2) + ":" + str(sec).zfill(2), str(h * 3600 + m * 60 + sec).rjust(6, "0"))
# right aligning numbers in columns
rows = [[1, -20, 300], [-4000, 5, 60], [7, 800, -9]]
for r in rows:
    out = ""
    for v in r:
        out += str(v).rjust(7)
    print(out + " |" + str(sum(r)).center(9, "_") + "|")
