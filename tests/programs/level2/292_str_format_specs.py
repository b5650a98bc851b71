# Level 2: str.format with specs, positional/keyword/indexed/attribute fields, nesting.
print("{} + {} = {}".format(2, 3, 5))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=4))
print("{0[1]} {0[0]} {d[key]}".format(["x", "y"], d={"key": "val"}))

class Pt:
    def __init__(self):
        self.x = 3
        self.y = 4

print("({p.x}, {p.y})".format(p=Pt()))
print("[{:>8}] [{:<8}] [{:^8}] [{:.>8}]".format("r", "l", "c", "dot"))
print("[{:8.3f}] [{:+08.2f}] [{:,}] [{:#o}]".format(3.14159, -2.5, 9876543, 8))
print("[{0:{1}}] [{0:>{1}}] [{2:{3}.{4}f}]".format("ab", 6, 2.71828, 9, 2))
print("{!r} {!s} {!r:>8}".format("q", "q", "q"))
print("{{}} {{{}}}".format("in braces"))
print("{0}{0}{0}".format("ha"), "{:%}".format(0.5), "{:.0%}".format(0.333))
table = [("id", "name", "score"), (1, "ann", 91.5), (22, "bob", 78.25)]
for row in table:
    print("{:<4}|{:^7}|{:>7}".format(*row))
data = {"city": "Oslo", "temp": -3.5}
print("{city}: {temp:+.1f}C".format(**data))
print("{:x} {:X} {:b} {:c}".format(255, 255, 5, 97))
print("{:_} {:08_}".format(1000000, 12345))
print(format("text", "^10"), format("text", "*<7"), format("long text", ".4"))
print(repr("{:>3}".format("toolong")), "{:3}".format(7), "{:3}".format("s"))
