# strip/lstrip/rstrip with and without a chars argument: sets of characters, not prefixes.
samples = ["  hello  ", "\t\n hi \r\n", "xxhixx", "xyzhizyx", "", "   ", "xxxx", "hello", "..a.b..",
           "0012300", "--==--", "abcba"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("   ", repr(s.strip("x")), repr(s.strip("xyz")), repr(s.strip(". ")), repr(s.lstrip("0")), repr(s.rstrip("0")))
print(repr("abcba".strip("ab")), repr("abcba".strip("ba")), repr("abcba".strip("abc")), repr("abcba".lstrip("cab")))
print(repr("abc".strip("")), repr("abc".strip(None)), repr(" abc ".lstrip(None)), repr(" abc ".rstrip(None)))
print(repr("<p>text</p>".strip("<>p/")), repr("<p>text</p>".lstrip("<p>")), repr("<p>text</p>".rstrip("</p>")))
print(repr("3.1400".rstrip("0")), repr("3.000".rstrip("0").rstrip(".")), repr("-007".lstrip("-0")))
print(repr("mississippi".strip("mis")), repr("mississippi".strip("ip")), repr("mississippi".rstrip("ips")))
print(repr("\x0b\x0c\x1c\x1d\x1e\x1f x \x85\xa0".strip()), repr(" \u2003x\u3000 ".strip()))
print(repr("aaa".lstrip("a")), repr("aaab".lstrip("a")), repr("baaa".rstrip("a")), repr("a".strip("a")))
# cleaning user input
entries = ["  Alice ", "BOB\n", "\tcarol\t", "  dave smith  ", "", "   "]
names = []
for e in entries:
    clean = e.strip()
    if clean:
        names.append(clean.title())
print(names, len(names))
# stripping a repeated prefix pattern works by characters
for s in ["www.example.com", "example.org", "wow.web", "mww.x"]:
    print(s, s.lstrip("w."), s.rstrip(".comgr"), s.strip("w.cmo"))
# quotes and brackets
for s in ['"quoted"', "'single'", "[list]", "((nested))", "\"'mixed'\""]:
    print(s, s.strip("\"'"), s.strip("[]()"), s.lstrip("(["), s.rstrip(")]"))
# strip is idempotent
s = " .x. "
once = s.strip(" .")
twice = once.strip(" .")
print(repr(once), repr(twice), once == twice)
