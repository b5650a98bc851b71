# center/ljust/rjust need a fill character of exactly one character.
print("ab".center(6, "*"), "ab".ljust(4, "é"), "ab".rjust(4, "-"))
print("title".center(11, "=="))
