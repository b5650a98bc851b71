# A user function called with a keyword argument it does not declare.
def scale(value, factor=2, offset=0):
    return value * factor + offset
print(scale(3), scale(3, 10), scale(3, offset=1), scale(value=4, factor=3))
print("calling with a bad keyword")
print(scale(3, multiplier=5))
