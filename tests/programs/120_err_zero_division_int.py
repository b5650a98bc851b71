# Error program: integer floor division by zero raises ZeroDivisionError.
def average(total, count):
    return total // count
def describe(total, count):
    avg = average(total, count)
    return str(total) + "/" + str(count) + " = " + str(avg)
data = [(10, 2), (9, 3), (7, 7), (-7, 2), (5, 0), (1, 1)]
for total, count in data:
    print("pair", total, count)
for total, count in data:
    print(describe(total, count))
