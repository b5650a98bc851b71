# Dicts keep insertion order; re-assigning keeps the position, delete then re-insert moves it to the end.
d = {}
for key in ["pear", "apple", "fig", "banana", "cherry"]:
    d[key] = len(key)
print(d)
d["apple"] = 100
print(d)
del d["pear"]
d["pear"] = 4
print(d)
print(list(d), list(d.values()))
for k, v in d.items():
    print(k, v)
counts = {}
text = "the cat and the hat and the bat"
word = ""
for ch in text + " ":
    if ch == " ":
        if word != "":
            counts[word] = counts.get(word, 0) + 1
        word = ""
    else:
        word += ch
print(counts)
by_count = sorted(counts.items())
print(by_count)
first_key = ""
for k in counts:
    first_key = k
    break
print("first key", first_key)
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), list(reversed(list(d2))))
inverted = {}
for k, v in d2.items():
    inverted[v] = k
print(inverted)
print(dict(zip(["x", "y", "z"], [1, 2, 3])))
