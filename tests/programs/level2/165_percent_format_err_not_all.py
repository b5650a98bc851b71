# '%' with arguments left over is a TypeError (a single non-tuple value counts too).
print("%s" % ("one",), "%s" % {"a": 1}, "x" % {})
print("value: %d" % (1, 2))
