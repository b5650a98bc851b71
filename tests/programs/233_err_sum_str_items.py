# sum() over strings with the default int start fails at the first str item.
print(sum([1, 2, 3]), sum([[1], [2]], []))
words = ["a", "b"]
print(len(words))
print(sum(words))
