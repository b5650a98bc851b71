# Error program: sorting a list that mixes str and int raises TypeError.
numbers = [5, 3, 9, 1]
print(sorted(numbers))
words = ["pear", "apple"]
print(sorted(words))
mixed = numbers + words
print(mixed, len(mixed))
print(max(numbers), min(words))
print(1 == "1", 1 != "1")
print(sorted(mixed))
