# Error program: str.center with a str width raises TypeError about interpreting it as an integer.
title = "menu"
for w in [2, 6, 9]:
    print("[" + title.center(w) + "]", "[" + title.center(w, "*") + "]")
print(title.ljust(True, "-"), title.rjust(False))
widths = {"narrow": 5, "wide": "12"}
for key in widths:
    width = widths[key]
    print(key, repr(width))
    print("[" + title.center(width) + "]")
print("not reached")
