# str.replace with and without a count: 0, negative, larger than the matches, empty old/new.
s = "one two one two one"
for n in [-5, -1, 0, 1, 2, 3, 4, 100]:
    print(n, repr(s.replace("one", "1", n)), repr(s.replace("o", "", n)), repr(s.replace(" ", "__", n)))
print(s.replace("one", "one one"), s.replace("two", "2").replace("one", "1"))
print(repr("".replace("a", "b")), repr("".replace("", "b")), repr("".replace("", "b", 0)), repr("abc".replace("", "")))
for n in [-1, 0, 1, 2, 3, 4, 5]:
    print(n, repr("abc".replace("", "|", n)), repr("aaa".replace("a", "aa", n)), repr("aaa".replace("aa", "x", n)))
print("banana".replace("ana", "ANA"), "banana".replace("an", ""), "banana".replace("banana", ""))
print("a.b.c".replace(".", "..", 1), "a.b.c".replace("a.b.c", "x"), "a.b.c".replace("a.b.c.", "x"))
print("x" * 5, ("x" * 5).replace("xx", "y"), ("x" * 5).replace("x", "xy", 3))
print("tab\there".replace("\t", "    "), "line\r\nend".replace("\r\n", "\n") == "line\nend")
# replace does not change the original
word = "mississippi"
new = word.replace("ss", "SS", 1)
print(word, new, word.replace("i", "I", 2), word.replace("issi", "-"))
# templating by repeated replace
template = "Dear NAME, your order NUM ships on DAY. Thanks, NAME!"
values = [["NAME", "Ann"], ["NUM", "#42"], ["DAY", "Monday"]]
out = template
for pair in values:
    out = out.replace(pair[0], pair[1])
print(out)
print(template.replace("NAME", "Bob", 1))
# censoring words, counting replacements
text = "bad apple, BAD day, bad bad luck"
n = text.count("bad")
print(n, text.replace("bad", "***"), text.lower().replace("bad", "good", 2))
# normalise whitespace by repeated replacement
messy = "a   b    c  d"
while "  " in messy:
    messy = messy.replace("  ", " ")
print(repr(messy))
