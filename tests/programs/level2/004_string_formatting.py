# Level 2: f-strings, str.format and %-formatting.
name = "Ada"
n = 42
pi = 3.14159265
print(f"{name} has {n} items; pi is about {pi:.3f}; {n:>6}|{n:<6}|{n:^6}|{n:06d}")
print("{} + {} = {}".format(2, 3, 2 + 3), "{0}{1}{0}".format("ab", "cd"), "{x:.2e}".format(x=12345.678))
print("%d items at %.2f each: %s" % (3, 1.5, "ok"), "%5s|%-5s|%x|%o|%e" % ("a", "b", 255, 8, 0.00012))
print(f"{'nested'!r} {n * 2 = }")
print(f"{1e16} {1/3} {-0.0} {float('inf')}", "%r %s" % ("q", None))
print("%%", "100%", "%3d%%" % 7)
