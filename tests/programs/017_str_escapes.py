# Escape sequences in string literals and how repr shows them.
s = "tab:\there\nnew line\\backslash \"quoted\" 'single'"
print(s)
print(repr(s))
print(len("\n"), len("\\n"), len("\t\t"), len("\x41"), "\x41\x42", "\101\102")
print(repr("\r"), repr("\0"), repr("\x7f"), repr("\x1b"), repr("a\bb"))
print('it\'s', "say \"hi\"", 'mix "double" and \'single\'')
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print("unicode: \u00e9 \u20ac \u03c0", repr("\u00e9"), len("\u20ac"))
print(repr("caf\u00e9"), ord("\u00e9"), ord("\u20ac"))
print(r"raw \n stays", len(r"\n"), repr(r"a\tb"))
print("line one\
 continued")
print("abc" "def", "x" 'y' "z")
print(repr("\\"), repr("\\\\"), "\\")
lines = "first\nsecond\nthird"
count = 0
for ch in lines:
    if ch == "\n":
        count += 1
print("newlines", count)
print(repr("\a\f\v"))
