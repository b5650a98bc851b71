# Level 2: try/except with one class, `as name`, and code after the handler.
def to_int(text):
    try:
        value = int(text)
        print("converted", repr(text))
    except ValueError as err:
        print("ValueError for", repr(text), "->", err)
        value = -1
    print("after try, value =", value)
    return value

total = 0
for item in ["4", "x", "15", "", "-3"]:
    total += to_int(item)
print("total", total)

try:
    print("before the error")
    n = 10 // 0
    print("never printed", n)
except ZeroDivisionError:
    print("caught ZeroDivisionError without a name")

try:
    d = {"a": 1}
    print(d["a"])
    print(d["b"])
except KeyError as k:
    print("missing key", k, type(k).__name__)

try:
    items = [1, 2, 3]
    print(items[5])
except IndexError as e:
    print("index problem:", e)

print("no exception case:")
try:
    x = 5 + 6
except TypeError:
    print("not reached")
print("x =", x)
