# Error program: chr of a negative number raises ValueError.
codes = [72, 105, 33, 0x263A, -1]
text = ""
for c in codes:
    print("code", c, c >= 0)
print(chr(65) + chr(66), ord(chr(0x263A)))
for c in codes:
    text += chr(c)
    print(repr(text), len(text))
print("unreachable")
