# startswith/endswith: tuples of candidates, start and end arguments, negatives, empty strings.
s = "prefix-body-suffix"
print(s.startswith("prefix"), s.startswith("body"), s.endswith("suffix"), s.endswith("body"))
print(s.startswith(("a", "b", "pre")), s.startswith(("a", "b")), s.endswith(("fix", "x")), s.endswith(()))
for start in [0, 3, 7, -11, -6, 18, 19, 100, -100]:
    print("start", start, s.startswith("body", start), s.startswith("", start), s.endswith("suffix", start))
for end in [0, 6, 11, -7, 18, 100, -100]:
    print("end", end, s.endswith("body", 0, end), s.endswith("", 0, end), s.startswith("prefix", 0, end))
print(s.startswith("body", 7, 11), s.startswith("body", 7, 10), s.endswith("body", 7, 11), s.endswith("body", 8, 11))
print(s.startswith(("x", "body", "y"), 7), s.endswith(("x", "body"), 0, -7), s.endswith(("-",), 0, 7))
print(s.startswith("", 5, 2), s.endswith("", 5, 2), s.startswith("", 18, 18), s.endswith("", 19))
print("".startswith(""), "".endswith(""), "".startswith("a"), "".startswith(("", "a")), "a".endswith(("", "b")))
print(s.startswith("p", None), s.startswith("b", 7, None), s.endswith("y", None, 11), s.endswith("x", None, None))
# classify files by extension
files = ["report.pdf", "photo.JPG", "photo.jpeg", "notes.txt", "archive.tar.gz", "script.py", "README"]
images = (".jpg", ".jpeg", ".png", ".gif")
for f in files:
    kind = "other"
    if f.lower().endswith(images):
        kind = "image"
    elif f.endswith((".tar.gz", ".zip")):
        kind = "archive"
    elif f.endswith(".py") or f.endswith(".txt"):
        kind = "text"
    print(f, kind, f.startswith(("re", "RE")), f.endswith("", len(f)))
# scanning tokens at positions
line = "if x then y else z"
for pos in range(len(line)):
    if line.startswith(("if", "then", "else"), pos):
        print("keyword at", pos, line[pos:pos + 4])
# url schemes
urls = ["http://a.com", "https://b.org", "ftp://c.net", "mailto:d@e", "HTTP://f.io"]
for u in urls:
    print(u, u.startswith(("http://", "https://")), u.lower().startswith("http"), u.startswith("://", 4), u.startswith("://", 5))
