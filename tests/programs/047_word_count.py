# Splitting text into words by hand, counting frequencies, finding the most common.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
def lower_char(ch):
    if "A" <= ch <= "Z":
        return chr(ord(ch) + 32)
    return ch
words = []
current = ""
for ch in text:
    c = lower_char(ch)
    if "a" <= c <= "z":
        current += c
    elif current != "":
        words.append(current)
        current = ""
if current != "":
    words.append(current)
print(len(words), "words")
print(words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
best_word = ""
best_count = 0
for w, c in freq.items():
    if c > best_count:
        best_word, best_count = w, c
print("most common:", best_word, best_count)
by_count = []
for w, c in freq.items():
    by_count.append((-c, w))
by_count.sort()
for neg, w in by_count[:5]:
    print(w, -neg)
lengths = {}
for w in words:
    n = len(w)
    if n not in lengths:
        lengths[n] = []
    if w not in lengths[n]:
        lengths[n].append(w)
for n in sorted(lengths):
    print(n, lengths[n])
