# Error program: '%d' with a str argument raises TypeError naming the conversion and the type.
rows = [("widgets", 12), ("gears", 7.9), ("bolts", True)]
for name, qty in rows:
    print("%-8s %4d" % (name, qty))
print("%s %d" % ("count", len(rows)))
print("%d%%" % 50, "%(n)d" % {"n": 3})
fields = ["17", "x"]
for f in fields:
    print("field", repr(f), "as %s" % f)
    print("as int: %d" % f)
print("not reached")
