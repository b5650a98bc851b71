# Error program: int() of a string that is not a number raises ValueError.
inputs = ["12", " 7 ", "-3", "0", "+8", "12a", "5"]
total = 0
count = 0
for s in inputs:
    n = int(s)
    total += n
    count += 1
    print("parsed", repr(s), "->", n, "total", total, "count", count)
print("never reached")
