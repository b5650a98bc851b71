# str.split/rsplit with an explicit separator: maxsplit from -1 up, empty pieces, edge cases.
samples = ["a,b,c,d", ",a,,b,", ",,,", "", ",", "abc", "a,b", "x,,y,,z"]
for s in samples:
    print(repr(s), "->", s.split(","), len(s.split(",")))
    for n in [-1, 0, 1, 2, 3, 10]:
        left = s.split(",", n)
        right = s.rsplit(",", n)
        print("   max", n, left, right, left == right)
print("a::b::c".split("::"), "a::b::c".split(":"), "a:::b".split("::"), "a:::b".rsplit("::"))
print("abcabcabc".split("abc"), "abcabcabc".split("bc", 1), "abcabcabc".rsplit("ca", 1))
print("aaaa".split("a"), "aaaa".split("aa"), "aaaaa".split("aa"), "aaaaa".rsplit("aa"))
print("1 2  3   4".split(" "), "1 2  3   4".rsplit(" ", 2), " x ".split(" "))
print("tab\tsep\t\tend".split("\t"), "line\nbreak\n".split("\n"), "a\r\nb".split("\r\n"))
print("k=v".split("=", maxsplit=5), "k=v=w".rsplit("=", maxsplit=1), "k=v=w".split(sep="=", maxsplit=0))
# parse a small config-like text
config = "name = demo\npath=/usr/bin:/bin::/opt\nflags = -a -b  -c\nempty =\n"
for line in config.split("\n"):
    if line == "":
        print("(blank line)")
        continue
    key, value = line.split("=", 1)
    key = key.strip()
    value = value.strip()
    print(repr(key), repr(value), value.split(":"), value.split(" "), value.split())
# split then rejoin recovers the original when no maxsplit is given
for s in ["a-b-c", "--", "-a-", "", "no dashes"]:
    parts = s.split("-")
    print(repr(s), parts, "-".join(parts) == s, len(parts) - 1 == s.count("-"))
# field extraction with rsplit
for path in ["dir/sub/file.tar.gz", "file", ".hidden", "archive.", "a.b/c"]:
    print(path, path.rsplit(".", 1), path.rsplit("/", 1)[-1], path.split(".", 1)[0])
