# '%' with fewer arguments than conversions is a TypeError.
print("%s-%s" % ("a", "b"))
print("%*d" % (5, 1))
print("%s %s %s" % ("only", "two"))
