# upper/lower/title/capitalize/swapcase/casefold, including Unicode special casings.
samples = ["hello world", "Hello World", "HELLO WORLD", "hELLO wORLD", "they're bill's friends",
           "a1b2 c3d4", "123abc", "", "  spaced  out  ", "ÉCOLE été", "ßtraße", "İstanbul"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()))
    print("   ", repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print("ΣΑΣ ΟΔΟΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "ΑΣ'Α".lower(), "ΑΣΑ".lower())
print("ΌΣΟΣ".capitalize(), "ΣA".swapcase(), "aΣ".swapcase(), "ΟΔΟΣ ΟΔΟΣ".title())
print("ǆungla ǅ ǈ".title(), "ǆungla".capitalize(), "Ǆ".lower(), "ǅ".upper(), "ǆ".swapcase())
print("ﬁre ﬂy ﬀ".title(), "ﬁre".upper(), "ﬁre".capitalize(), "ﬁ".casefold(), "ﬁ".lower())
print("ᾳ ᾀ ᾲ ᾷ".title(), "ᾀ".upper(), "ᾳ".upper(), "ᾼ".lower())
print("ß".upper(), "ß".title(), "ß".casefold(), "ẞ".casefold(), "ẞ".lower(), "ß".swapcase())
print("µ ſ ς".casefold(), "Ꮳ ꮳ".casefold(), "ᏸ".casefold(), "ŉ".upper(), "ǰ".upper())
print("Straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
print("ǅemal".istitle(), "ǅemal".title(), "Dž".swapcase())
print("ა ბ".upper(), "ა ბ".title(), "Ⴀ".lower())
words = "the QUICK bRoWn fox".split()
out = []
for w in words:
    out.append(w.capitalize())
print(" ".join(out), "|", "the QUICK bRoWn fox".title())
print("o'neil mc-donald 3rd".title(), "x.y_z".title(), "über-öl".title())
