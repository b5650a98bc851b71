# An unknown conversion character is a ValueError naming it, its code and its index.
print("%d%%" % 50, "%5.1f%%" % 99.5)
print("rate: %d %y" % (50, 1))
