# ord() of a string that is not exactly one character long.
text = ["a", "b", "cd", "e"]
for t in text:
    print(t, ord(t))
