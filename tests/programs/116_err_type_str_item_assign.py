# Error program: strings are immutable, so item assignment raises TypeError.
word = "hello"
letters = list(word)
letters[0] = "j"
print(letters)
new_word = ""
for ch in letters:
    new_word += ch
print(new_word, word)
word[0] = "j"
print("unreachable")
