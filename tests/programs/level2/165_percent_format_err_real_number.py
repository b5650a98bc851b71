# %d needs a real number; the message names the conversion and the argument's type.
print("%d %d" % (4, 4.9))
print("%5d" % "12")
