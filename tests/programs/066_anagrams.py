# Grouping anagrams by a sorted-letter key; checking anagram pairs with letter counts.
def key_of(word):
    letters = sorted(word)
    key = ""
    for ch in letters:
        key += ch
    return key
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    k = key_of(w)
    if k not in groups:
        groups[k] = []
    groups[k].append(w)
for k, members in groups.items():
    print(k, members, len(members))
def counts(word):
    c = {}
    for ch in word:
        c[ch] = c.get(ch, 0) + 1
    return c
def is_anagram(a, b):
    ca = counts(a)
    cb = counts(b)
    if len(ca) != len(cb):
        return False
    for ch in ca:
        if cb.get(ch, 0) != ca[ch]:
            return False
    return True
tests = [("listen", "silent"), ("apple", "papel"), ("rat", "car"), ("aab", "abb"), ("", ""), ("dormitory", "dirtyroom")]
for a, b in tests:
    print(a, b, is_anagram(a, b), key_of(a) == key_of(b))
biggest = []
for members in groups.values():
    if len(members) > len(biggest):
        biggest = members
print("biggest group", biggest)
