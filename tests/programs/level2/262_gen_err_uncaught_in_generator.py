# Level 2 error path: an exception raised inside a generator propagates through the loop.
def parse_numbers(tokens):
    for tok in tokens:
        print("parsing", repr(tok))
        yield int(tok)

def doubled(numbers):
    for n in numbers:
        yield n * 2

def consume(tokens):
    total = 0
    for v in doubled(parse_numbers(tokens)):
        total += v
        print("running total", total)
    return total

print("total", consume(["1", "2", "3"]))
print("total", consume(["4", "five", "6"]))
