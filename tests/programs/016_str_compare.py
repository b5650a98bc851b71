# String comparison is lexicographic by code point.
words = ["pear", "Apple", "apple", "banana", "Banana", "cherry", "app", "applesauce", "", "zebra", "Zebra"]
for i in range(len(words) - 1):
    a = words[i]
    b = words[i + 1]
    print(repr(a), repr(b), a < b, a == b, a > b, a <= b, a >= b, a != b)
print(sorted(words))
print(min(words), max(words))
print("a" < "b" < "c", "abc" == "ab" + "c", "10" < "9", "abc" < "abcd")
def smallest(items):
    best = items[0]
    for w in items:
        if w < best:
            best = w
    return best
print(smallest(["delta", "charlie", "echo", "bravo", "alpha2", "alpha10"]))
print(ord("A"), ord("a"), "A" < "a", "Z" < "a", "_" < "a", " " < "!")
