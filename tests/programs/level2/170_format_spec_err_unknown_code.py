# A presentation type the value's type does not support is a ValueError naming both.
print(format(3.5, ".1f"), format("abc", "^7"), format(10, "b"))
print(format(3.5, "d"))
