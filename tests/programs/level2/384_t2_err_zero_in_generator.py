# Tier 2: an uncaught ZeroDivisionError raised inside a generator whose loop is hot, consumed by
# a hot loop in a function: the traceback goes through the consumer and the generator frame.
def ratios(values, base):
    for v in values:
        yield base // v


def consume(values):
    total = 0
    count = 0
    for r in ratios(values, 10000):
        total += r
        count += 1
        if count % 250 == 0:
            print("after", count, "ratios:", total)
    return total


values = [(i % 9) + 1 for i in range(800)]
print("all positive", consume(values))
values[640] = 0
print("with a zero", consume(values))
