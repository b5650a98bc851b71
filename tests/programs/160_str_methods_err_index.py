# str.index raises ValueError when the substring is missing (searched within start/end).
s = "find the needle in the haystack"
print(s.index("needle"), s.rindex("the"), s.index("h", 10))
print(s.find("needle", 10), s.rfind("the", 0, 5))
print(s.index("needle", 10))
