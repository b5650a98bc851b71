# getattr (with and without default), setattr, hasattr and delattr on instances, classes and built-in values.
class Robot:
    version = 1
    def __init__(self, name):
        self.name = name
        self.battery = 100
    def status(self):
        return self.name + " at " + str(self.battery)
r = Robot("rob")
print(getattr(r, "name"), getattr(r, "battery"), getattr(r, "version"), getattr(Robot, "version"))
print(getattr(r, "colour", "grey"), getattr(r, "name", "unused"), getattr(Robot, "name", None))
print(hasattr(r, "name"), hasattr(r, "status"), hasattr(r, "colour"), hasattr(Robot, "status"), hasattr(Robot, "battery"))
setattr(r, "colour", "red")
setattr(r, "battery", 42)
print(r.colour, r.battery, r.status(), hasattr(r, "colour"))
# Method values from getattr.
m = getattr(r, "status")
print(m(), getattr(Robot, "status")(r), getattr(r, "missing_method", r.status)())
# Attribute names built at run time.
fields = ["x", "y", "z"]
for i in range(len(fields)):
    setattr(r, fields[i], i * 10)
print(r.x, r.y, r.z, getattr(r, "y"))
total = 0
for f in fields:
    total += getattr(r, f, 0)
print(total, getattr(r, "w", -1))
# delattr removes instance attributes and uncovers class ones.
setattr(r, "version", 99)
print(r.version, Robot.version)
delattr(r, "version")
print(r.version, hasattr(r, "version"))
delattr(r, "colour")
print(hasattr(r, "colour"), getattr(r, "colour", "gone"))
# setattr on the class is seen by all instances.
setattr(Robot, "maker", "acme")
r2 = Robot("two")
print(r.maker, r2.maker, hasattr(r2, "maker"))
def greet(self):
    return "hi from " + self.name
setattr(Robot, "greet", greet)
print(r.greet(), r2.greet())
delattr(Robot, "maker")
print(hasattr(r, "maker"), hasattr(Robot, "greet"))
# Built-in values.
print(getattr("abc", "upper")(), getattr([3, 1], "count")(1), hasattr([], "append"), hasattr(5, "append"))
print(getattr(5, "real", None) is not None, getattr(None, "thing", "none has no thing"), hasattr("s", "nope"))
print(getattr(int, "__name__"), getattr(r, "__class__") is Robot, hasattr(len, "__name__"))
class Settings:
    pass
cfg = Settings()
defaults = [("width", 80), ("height", 24), ("title", "term")]
for key, value in defaults:
    if not hasattr(cfg, key):
        setattr(cfg, key, value)
cfg.width = 120
for key, value in defaults:
    print(key, getattr(cfg, key), getattr(cfg, key) == value)
