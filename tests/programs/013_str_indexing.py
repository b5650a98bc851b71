# String indexing with positive and negative indexes, len, iteration.
s = "Hello, World!"
print(len(s), s[0], s[4], s[-1], s[-2], s[len(s) - 1], s[-len(s)])
for i in range(len(s)):
    print(i, repr(s[i]), repr(s[-1 - i]))
word = "racecar"
same = True
for i in range(len(word) // 2):
    if word[i] != word[-1 - i]:
        same = False
print(word, "palindrome:", same)
letters = ""
i = 0
while i < len(s):
    letters = letters + s[i]
    i += 3
print("every third:", letters)
empty = ""
print(len(empty), repr(empty), empty == "")
print("abc"[1], "xyz"[-3], "q"[0])
vowels = 0
for ch in "The quick brown fox jumps over the lazy dog":
    if ch in "aeiouAEIOU":
        vowels += 1
print("vowels", vowels)
