# format() for str specs, None/list/objects (object.__format__), and user __format__ methods.
for spec in ["", "s", "5", "<5", ">5", "^6", "*^7", "é>5", ".2", "^9.3", "10.1", ">3"]:
    print(repr(spec), repr(format("hi", spec)), repr(format("héllo", spec)), repr(format("日本", spec)))
print(format(None), format(None, ""), format([1, 2]), format((1, "a"), ""), format({"k": 1}))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)
        if spec:
            return format(text, spec)
        return text
    def __str__(self):
        return "Money(" + str(self.cents) + ")"
class Plain:
    def __str__(self):
        return "plain!"
m = Money(12345)
print(format(m), format(m, ">12"), format(m, "*^13"), str(m))
print(f"{m:>10}|{m:<10}|{Plain()!s:>8}|{Plain()!r:.1}")
print("{}|{:>12}|{!s}".format(m, m, m), "%s" % m)
print(format(Plain()), format(Plain(), ""), "{}".format(Plain()), "{:}".format(Plain()))
class Sub(Money):
    pass
print(format(Sub(5), "<8") + "|", "{0:^9}".format(Sub(99)))
