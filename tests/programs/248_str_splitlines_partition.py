# splitlines (keepends, \r\n, \r, trailing breaks) and partition/rpartition with missing separators.
samples = ["one\ntwo\nthree", "one\r\ntwo\r\n", "a\rb\r\rc", "\n", "\r\n", "\n\n", "", "no breaks",
           "trailing\n", "\nleading", "mix\n\r\n\r\nend", "a\r\n\nb", "x\x0by\x0cz", "p\x1cq\x1dr\x1es", "u\x85v\u2028w\u2029"]
for s in samples:
    print(repr(s))
    print("   ", s.splitlines(), s.splitlines(True), len(s.splitlines()), s.split("\n"))
print("a\nb".splitlines(False), "a\nb\n".splitlines(keepends=True), "a\r\n".splitlines(keepends=False))
text = "header\r\nline 1\r\nline 2\r\n\r\nfooter"
lines = text.splitlines()
print(len(lines), lines)
kept = text.splitlines(True)
print("".join(kept) == text, kept[0], repr(kept[-1]))
for i, line in enumerate(lines):
    print(i, repr(line), len(line))
for s in ["key=value", "key=", "=value", "novalue", "", "a=b=c", "==", "="]:
    print(repr(s), s.partition("="), s.rpartition("="))
for s in ["a::b::c", "::", "a:b", "abc::"]:
    print(repr(s), s.partition("::"), s.rpartition("::"), s.partition(":"), s.rpartition("x"))
print("user@host.example.com".partition("@"), "user@host.example.com".rpartition("."))
print("2024-01-15T10:30:00".partition("T"), "archive.tar.gz".rpartition("."), "archive.tar.gz".partition("."))
# parse headers
raw = "Host: example.com\nAccept: */*\nX-Empty:\nBroken line\nKey: a: b"
headers = {}
for line in raw.splitlines():
    name, sep, value = line.partition(":")
    if sep == "":
        print("skip", repr(line))
    else:
        headers[name.strip().lower()] = value.strip()
print(headers)
# directory and file from a path
for path in ["/usr/lib/x.so", "file.txt", "/root", "dir/", ""]:
    head, sep, tail = path.rpartition("/")
    print(repr(path), repr(head), repr(sep), repr(tail))
