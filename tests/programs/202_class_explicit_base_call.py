# Explicit Base.method(self, ...) calls, functions taken from a class, and calling them on subclass instances.
class Counter:
    def __init__(self, start):
        self.count = start
    def step(self, n):
        self.count += n
        return self.count
    def show(self, prefix):
        return prefix + ":" + str(self.count)
class DoubleCounter(Counter):
    def __init__(self, start, factor):
        Counter.__init__(self, start)
        self.factor = factor
    def step(self, n):
        Counter.step(self, n)
        return Counter.step(self, n * (self.factor - 1))
    def show(self, prefix):
        return "[" + Counter.show(self, prefix) + " x" + str(self.factor) + "]"
class LoggedCounter(DoubleCounter):
    def __init__(self, start):
        DoubleCounter.__init__(self, start, 3)
        self.history = []
    def step(self, n):
        before = self.count
        after = DoubleCounter.step(self, n)
        self.history.append((before, after))
        return after
c = Counter(0)
d = DoubleCounter(10, 2)
g = LoggedCounter(100)
for i in range(1, 4):
    print(c.step(i), d.step(i), g.step(i))
print(c.show("c"), d.show("d"), g.show("g"))
print(g.history)
# Calling a base-class function directly on a subclass instance skips the override.
print(Counter.step(d, 1), Counter.show(g, "raw"), DoubleCounter.show(g, "mid"))
# The function stored in the class is a plain function taking self explicitly.
step = Counter.step
print(step(c, 100), c.count)
show = LoggedCounter.show
print(show(g, "via"), show(d, "other"))
# A method can call a sibling method through the class name too.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name
    def greet_twice(self):
        return Greeter.greet(self) + ", " + self.greet()
class LoudGreeter(Greeter):
    def greet(self):
        return Greeter.greet(self).upper()
print(Greeter("ann").greet_twice())
print(LoudGreeter("bob").greet_twice())
print(Greeter.greet(LoudGreeter("cy")), LoudGreeter.greet(Greeter("di")))
