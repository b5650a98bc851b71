# isalpha/isalnum/isdigit/isdecimal/isnumeric/isspace/islower/isupper/istitle/isascii/isprintable.
samples = ["hello", "Hello", "HELLO", "hello1", "12345", "", " ", " \t\n", "Hello World",
           "Hello world", "HELLO World", "héllo", "ÉTÉ", "²³", "٣٤", "①②", "½¼", "一二三",
           "Ⅻ", "Ⓐ", "हिन्दी", "abc def", "a_b", "\x1c\u3000", "ǅungla", "123 Abc", "ab\n",
           "ᾼ", "ﬁ", "MiXeD", "Σίσυφος"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.islower(), s.isupper(), s.istitle(), s.isascii(), s.isprintable()]
    bits = ""
    for f in flags:
        if f:
            bits += "1"
        else:
            bits += "0"
    print(repr(s), bits)
print("abc".isascii(), "".isascii(), "é".isascii(), "".isprintable(), "\x7f".isprintable())
count = 0
for c in "The year 2024 had 366 days!":
    if c.isdigit():
        count += 1
print("digits:", count)
def classify(s):
    if s.isdigit():
        return "number"
    if s.isalpha():
        return "word"
    if s.isspace():
        return "space"
    return "mixed"
for token in ["42", "forty", "   ", "4ty", "", "٤٢"]:
    print(repr(token), classify(token))
