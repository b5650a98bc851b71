# A named field with no such keyword argument is a KeyError.
print("{a}-{b}".format(a=1, b=2))
print("{a}-{missing}".format(a=1))
