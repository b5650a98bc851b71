# Level 2: closures capturing enclosing variables; independent counters.
def make_counter(start, step):
    count = start
    def next_value():
        nonlocal count
        value = count
        count += step
        return value
    return next_value

a = make_counter(0, 1)
b = make_counter(100, 10)
print(a(), a(), a())
print(b(), b())
print(a(), b())

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
adders = [make_adder(i) for i in range(4)]
print([f(100) for f in adders])

def outer():
    msg = "outer value"
    def middle():
        def inner():
            return "inner sees " + msg
        return inner
    return middle()()

print(outer())

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total

add, total = make_accumulator()
for v in [3, 4, 5]:
    print("added", v, "count", add(v))
print("total", total())

def late():
    x = 1
    def show():
        return x
    x = 2
    return show

print("closure sees the latest value:", late()())
