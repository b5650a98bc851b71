# strip family, removeprefix/suffix, replace, zfill, center/ljust/rjust, expandtabs.
s = "  \t padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print("xxhixx".strip("x"), "xyhiyx".strip("yx"), "xyhiyx".lstrip("yx"), "xyhiyx".rstrip("yx"))
print(repr("abc".strip("")), repr("aaa".strip("a")), "ééaéé".strip("é"), "\x1c\x1fab\x85".strip())
print("www.example.com".strip("cmowz."), "  x  ".strip(" x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"))
print("TestCase".removesuffix(""), "aaa".removeprefix("a"), "".removeprefix("x"), "日本語".removesuffix("語"))
print("hello world".replace("o", "0"), "hello world".replace("o", "0", 1), "hello".replace("l", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("", "-", 0), "".replace("", "x"))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("x", "y"), "aXbXc".replace("X", "--", -1))
print("héllo wörld".replace("ö", "oe"), "日本".replace("日", "月"), "a.b.c".replace(".", "", True))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "-".zfill(3))
print("é".zfill(3), "abc".zfill(-2), "+".zfill(2), "--1".zfill(5), "3.14".zfill(7))
for width in [0, 2, 5, 6, 7, 8]:
    print(width, repr("ab".center(width)), repr("abc".center(width, "*")), repr("ab".ljust(width, "-")), repr("ab".rjust(width, ".")))
print("日本".center(6, "*"), "x".center(4, "é"), "title".center(11, "="), "ab".ljust(1), "ab".rjust(-3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("a\r\tb".expandtabs(4)), repr("\t".expandtabs(2)))
print(repr("日\t本".expandtabs(tabsize=4)), repr("abc".expandtabs()), repr("1234\t5\t".expandtabs(4)))
table = [["name", "qty", "price"], ["apple", "3", "1.25"], ["kiwi", "12", "0.5"]]
for row in table:
    print(row[0].ljust(8) + row[1].rjust(5) + row[2].rjust(8) + "|")
print("-" * 22)
print("total".center(22, "~"))
