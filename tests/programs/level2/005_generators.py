# Level 2: generators, yield, iteration protocol and a with-statement.
def count_up(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
print(list(count_up(5)), sum(count_up(101)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(12)])
def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]
for chunk in chunks(list(range(10)), 4):
    print(chunk)
class Tracker:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, kind, value, tb):
        print("exit", kind is None)
        return False
with Tracker() as t:
    print("inside", isinstance(t, Tracker))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
