# Level 2: chaining generators into a lazy processing pipeline.
LOG = """INFO start
WARN disk 91
INFO tick
ERROR disk full
INFO tick
WARN cpu 85
ERROR net down"""

def lines(text):
    for line in text.split("\n"):
        print("  read:", line)
        yield line

def parse(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield level, message

def only(levels, records):
    for level, message in records:
        if level in levels:
            yield level, message

def numbered(records):
    n = 0
    for r in records:
        n += 1
        yield n, r

pipeline = numbered(only(["WARN", "ERROR"], parse(lines(LOG))))
print("pipeline built, nothing read yet")
for n, (level, message) in pipeline:
    print(n, level, message)
    if level == "ERROR" and "full" in message:
        print("stopping early")
        break

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

def squares(n):
    for i in range(n):
        yield i * i

print(list(running_total(squares(6))))
print(sum(running_total(x for x in range(5))))
words = (w for w in "the quick brown fox jumps over the lazy dog".split())
long_words = (w.upper() for w in words if len(w) > 3)
print(list(long_words))
print(list(long_words))
