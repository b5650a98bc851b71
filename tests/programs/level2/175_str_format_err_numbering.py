# Mixing automatic ({}) and manual ({0}) field numbering is a ValueError.
print("{} {}".format("a", "b"), "{0} {1} {0}".format("a", "b"))
print("{} and {1}".format("a", "b"))
