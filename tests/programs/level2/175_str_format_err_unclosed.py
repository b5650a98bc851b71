# A field that runs to the end of the string is a ValueError.
print("{0:>4}|".format(1))
print("value: {0".format(1))
