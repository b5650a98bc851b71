# str(), repr() and bool() of built-in values, repr quoting rules, and ord/chr over ASCII and beyond.
for v in [0, -12, 3.0, 1e-5, 1e16, 0.1, None, True, False, "", "a'b", 'a"b', "a'b\"c", "tab\t", "nl\n", "bs\\"]:
    print(str(v), "|", repr(v))
print(repr([1, "two", 3.0, None]), str(["x", ("y",)]), repr({"k": ['v']}), repr(((),)))
print(repr("é"), repr("\x00"), repr("\x7f"), repr("\r"), repr("ü\u00a0x"))
print(str(str("nest")), repr(repr("nest")), repr(repr(repr(1))), len(repr("ab")))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.01), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool({}), bool({"": ""}), bool(None), bool(range(0)), bool(range(1)), bool(bool))
print(str(True) + str(False), repr(True) == "True", str(None) == "None", str(12) + str(3))
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(32)), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
word = "Hello, World"
codes = []
for ch in word:
    codes.append(ord(ch))
print(codes)
back = ""
for c in codes:
    back += chr(c)
print(back, back == word)
shifted = ""
for ch in "abcxyz":
    shifted += chr((ord(ch) - ord("a") + 3) % 26 + ord("a"))
print(shifted)
upper = ""
for ch in "mixed Case 123":
    if ord("a") <= ord(ch) <= ord("z"):
        upper += chr(ord(ch) - 32)
    else:
        upper += ch
print(upper)
print(ord(chr(1114111)) == 1114111, chr(ord("z") - 25), ord(True and "q"))
print(ord(str(7)) - ord("0"), chr(ord("0") + 9), str(ord("A")) + chr(66))
