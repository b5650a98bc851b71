# Syntax-error program: a string literal without its closing quote.
names = ["ann", "bob"]
for n in names:
    print("hello", n)
def shout(s):
    out = ""
    for ch in s:
        out += ch
    return out + "!"
greeting = "hello
print(shout(greeting))
