# '%' formatting with user objects: __str__, __repr__, __index__, __int__, __float__, mappings.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
class Code:
    def __index__(self):
        return 65
class Count:
    def __int__(self):
        return 7
class Half:
    def __float__(self):
        return 0.5
class Table:
    def __getitem__(self, key):
        return key.upper() * 2
p = Point(3, -4)
print("%s | %r | %10s | %-12r|" % (p, p, p, p))
print("%s" % (p,), "%s" % [p], "%a" % p)
print("%c %x %o %d %f" % (Code(), Code(), Code(), Code(), Code()))
print("%d %5d %.2d" % (Count(), Count(), Count()))
print("%f %.1e %g" % (Half(), Half(), Half()))
print("%(ab)s %(c)s" % Table(), "plain" % Table())
print("%s/%s" % (Point(1, 2), Point(-1, -2)))
