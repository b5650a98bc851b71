# is* predicates and case conversions on ASCII characters and short mixed strings.
kinds = ["digit", "alpha", "alnum", "space", "upper", "lower"]
groups = {}
for k in kinds:
    groups[k] = ""
for code in range(32, 127):
    c = chr(code)
    if c.isdigit():
        groups["digit"] += c
    if c.isalpha():
        groups["alpha"] += c
    if c.isalnum():
        groups["alnum"] += c
    if c.isspace():
        groups["space"] += c
    if c.isupper():
        groups["upper"] += c
    if c.islower():
        groups["lower"] += c
for k in kinds:
    print(k, len(groups[k]), repr(groups[k]))
spaces = ""
for code in range(0, 33):
    if chr(code).isspace():
        spaces += str(code) + " "
print("space codes:", spaces)
tests = ["", "a", "A", "1", " ", "aB", "ab1", "AB1", "A B", "a_b", "1.5", "-3", "abc ", "Ab Cd", "ABC!", "abc!", "123", "٣"]
for t in tests:
    print("%-7r d=%d a=%d n=%d s=%d u=%d l=%d" % (t, t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower()))
words = ["hello", "HELLO", "hELLO wORLD", "hello-world", "o'clock", "3rd place", "x1y2z3", "ALL CAPS", "mIxEd CaSe", "a", ""]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()))
print("abc".upper().lower() == "abc", "Abc".upper().isupper(), "Abc".lower().islower(), "123".upper() == "123")
print("hello world".title().istitle(), "Hello world".istitle(), "1st".title(), "we're".title(), "a.b-c_d".title())
print("ABC".capitalize(), "aBC".capitalize(), "  abc".capitalize(), "1abc".capitalize(), "éCOLE".capitalize())
# simple validators
def valid_identifier(s):
    if s == "" or s[0].isdigit():
        return False
    for c in s:
        if not (c.isalnum() or c == "_"):
            return False
    return True
for s in ["name", "_x1", "1abc", "has space", "ok_2", "", "dash-ed"]:
    print(repr(s), valid_identifier(s))
def parse_int(s):
    s = s.strip()
    sign = 1
    if s[:1] == "-":
        sign = -1
        s = s[1:]
    if not s.isdigit():
        return None
    return sign * int(s)
for s in [" 42 ", "-17", "4 2", "", "-", "007", "+5"]:
    print(repr(s), parse_int(s))
