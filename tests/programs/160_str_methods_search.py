# find/rfind/index/rindex/count/startswith/endswith with start/end, negatives, unicode indices.
s = "hello world, hello moon"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("zz"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -4), s.find("o", -100, 5))
print(s.rfind("o", 0, 10), s.rfind("l", -12, -1), s.rfind("hello", 1))
print(s.index("world"), s.rindex("o"), s.index("l", 4), s.rindex("l", 0, 5))
print(s.find(""), s.find("", 5), s.find("", 23), s.find("", 24), s.rfind(""), s.rfind("", 3, 7))
print(s.find("o", None, None), s.find("o", 2, None), s.count("o", None, 10))
print(s.count("o"), s.count("l"), s.count("hello"), s.count("xyz"), s.count("l", 3, 10))
print("aaaa".count("aa"), "aaaa".count("a", 1), "aaaa".count("a", 1, -1), "aaaa".count("a", -2))
print("abc".count(""), "abc".count("", 1), "abc".count("", 3), "abc".count("", 4), "".count(""))
u = "naïve café über naïve"
print(u.find("café"), u.find("ü"), u.rfind("naïve"), u.index("é"), u.count("ï"))
print(u.find("ï", 3), u.find("ï", 3, 18), u.rfind("a", 0, 5), u.rindex("v", -3))
print(u.find("e", -5), u.count("e", 6, 12), u.find("", 21), u.find("", 22))
print("日本語テキスト日本".find("日本", 1), "日本語テキスト日本".rfind("語"), "日本語".count("本"))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith("", 23), s.startswith("", 24))
print(s.endswith("moon"), s.endswith("hello", 0, 18), s.endswith("world", 0, -12), s.endswith("", -1))
print(s.startswith(("bye", "hell")), s.startswith(("x", "y")), s.endswith(("noon", "moon")), s.startswith(()))
print(s.startswith(("x", "world"), 6), s.endswith(("h", "hel"), 0, 3), s.startswith("h", -100))
print(u.startswith("café", 6), u.endswith("über", 0, 15), u.endswith("ï", 0, 3), u.startswith("ïve", 2))
print(s.startswith("hello", True), s.find("e", False), s.index("o", True, 100))
count = 0
pos = s.find("l")
while pos != -1:
    count += 1
    pos = s.find("l", pos + 1)
print("l occurs", count, "times; last at", s.rfind("l"))
text = "the cat sat on the mat with the hat"
for word in ["the", "at", "cat", "dog", " "]:
    print(repr(word), text.count(word), text.find(word), text.rfind(word))
