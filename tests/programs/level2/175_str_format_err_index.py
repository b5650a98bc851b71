# A positional field beyond the arguments is an IndexError.
print("{0}/{1}".format("x", "y"))
print("{0}/{1}/{2}".format("x", "y"))
