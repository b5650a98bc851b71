# find/rfind/index/rindex/count over a grid of start/end arguments, including negative ones.
s = "abracadabra"
print(len(s), s.find("a"), s.rfind("a"), s.find("bra"), s.rfind("bra"), s.count("a"), s.count("bra"))
bounds = [0, 1, 4, 7, -1, -4, -11, 11, 20, -20]
for start in bounds:
    row = [s.find("a", start), s.rfind("a", start), s.find("bra", start), s.rfind("bra", start), s.count("a", start)]
    print("start %3d" % start, row)
for start in [0, 1, 3, -8]:
    for end in [3, 5, 8, -1, -3, 11, 0]:
        print("  [%d:%d]" % (start, end), s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end), s.find("", start, end), s.count("", start, end))
print(s.index("c"), s.rindex("c"), s.index("a", 1), s.rindex("a", 0, -1), s.index("bra", 2), s.rindex("abra", 0, 8))
print(s.index("ra", -3), s.rindex("ab", -4), s.index(""), s.rindex(""), s.index("", 11), s.rindex("", 3, 5))
print(s.find("abracadabraX"), s.find(s), s.rfind(s), s.count(s), s.count(s + s), s.find("a", 5, 5), s.find("", 5, 5))
print("aaa".count("a", 1, 2), "aaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "aaaa".rfind("aa", 0, 3))
# every occurrence, left to right and right to left
text = "one fish two fish red fish blue fish"
pos = text.find("fish")
found = []
while pos >= 0:
    found.append(pos)
    pos = text.find("fish", pos + 1)
print(found, len(found) == text.count("fish"))
back = []
end = len(text)
pos = text.rfind("fish", 0, end)
while pos >= 0:
    back.append(pos)
    pos = text.rfind("fish", 0, pos)
print(back)
# locating a field between delimiters
record = "id=17;name=Ann Lee;city=Oslo;"
for key in ["id", "name", "city", "zip"]:
    i = record.find(key + "=")
    if i < 0:
        print(key, "missing")
    else:
        j = record.index(";", i)
        print(key, repr(record[i + len(key) + 1:j]), i, j)
# count of overlapping-looking patterns is non-overlapping
for pat in ["ana", "an", "a", "nan", "banana", ""]:
    print(repr(pat), "banana".count(pat), "banana".find(pat), "banana".rfind(pat))
