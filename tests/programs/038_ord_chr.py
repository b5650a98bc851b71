# ord and chr: code points, ASCII arithmetic, non-ASCII characters.
for ch in "AZaz09 ~":
    print(repr(ch), ord(ch))
print(chr(65), chr(97), chr(48), chr(32), repr(chr(10)), repr(chr(0)), chr(126))
print(chr(233), chr(8364), chr(960), ord("\u00e9"), ord("\u03c0"))
alphabet = ""
for code in range(ord("a"), ord("z") + 1):
    alphabet += chr(code)
print(alphabet, len(alphabet))
def upper(s):
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr(ord(ch) - 32)
        else:
            out += ch
    return out
print(upper("hello, world 123"))
def digit_value(ch):
    return ord(ch) - ord("0")
total = 0
for ch in "9402":
    total = total * 10 + digit_value(ch)
print(total, total + 1)
print(chr(ord("A") + 25), ord(chr(1000)), chr(0x41) + chr(0x42))
print(sorted("hello"), max("hello"), min("Hello"))
