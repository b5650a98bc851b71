# '%' formatting with `*` width and precision taken from the arguments, including negative widths.
for w in [0, 1, 5, 10, -5, -10]:
    print(w, "[%*d]" % (w, 42), "[%*s]" % (w, "ab"), "[%-*s]" % (w, "ab"), "[%0*d]" % (w, -7), "[%*x]" % (w, 255))
for p in [0, 1, 2, 5, -1, -3]:
    print(p, "[%.*f]" % (p, 3.14159), "[%.*s]" % (p, "abcdef"), "[%.*d]" % (p, 42), "[%.*e]" % (p, 1234.5), "[%.*g]" % (p, 1234.5))
for w in [4, 8, -8]:
    for p in [0, 2]:
        print(w, p, "[%*.*f]" % (w, p, 2.71828), "[%*.*s]" % (w, p, "xyz"), "[%-*.*f]" % (w, p, -1.5), "[%+*.*e]" % (w, p, 12.5))
print("[%*d|%*d|%*d]" % (3, 1, 4, 22, 5, 333), "[%*s%*s]" % (2, "a", -2, "b"))
print("[%*c][%-*c]" % (3, "x", 3, "y"), "[%*r]" % (6, "q"), "[%%]" % ())
print("[%*d]" % (True, 7), "[%.*f]" % (False, 9.99), "[%*.*f]" % (10, 3, 1.0 / 7))
# column widths computed from data
names = ["id", "description", "qty"]
rows = [[1, "widget", 12], [20, "sprocket assembly", 3], [300, "gear", 150]]
widths = []
for i in range(len(names)):
    w = len(names[i])
    for r in rows:
        w = max(w, len(str(r[i])))
    widths.append(w)
print(widths)
line = ""
for i in range(len(names)):
    line += "%-*s " % (widths[i], names[i])
print(line + "|")
for r in rows:
    print("%*d %-*s %*d |" % (widths[0], r[0], widths[1], r[1], widths[2], r[2]))
# a triangle of stars using width from a variable
for n in range(1, 6):
    print("%*s%s" % (6 - n, "", "*" * (2 * n - 1)))
# a decimal alignment table with precision from a variable
for digits in range(0, 5):
    print("%*.*f|%-*.*f|" % (10, digits, 1234.56789, 10, digits, -0.5))
