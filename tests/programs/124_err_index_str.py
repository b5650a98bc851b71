# Error program: indexing past the end of a string raises IndexError.
word = "python"
print(word[0], word[5], word[-6], word[-1])
def initials(names):
    out = ""
    for n in names:
        out += n[0]
    return out
print(initials(["guido", "van", "rossum"]))
for i in range(0, 10, 2):
    print(i, word[i])
