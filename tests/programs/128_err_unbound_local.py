# Error program: assigning to a name anywhere in a function makes it local, so reading it first raises UnboundLocalError.
total = 100
def report():
    print("total is", total)
def add(n):
    print("adding", n)
    total = total + n
    return total
report()
print(total)
print(add(5))
