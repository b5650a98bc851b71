# Error program: concatenating str and int raises TypeError.
def label(name, count):
    return name + ": " + count
items = {"apples": 3, "pears": 0}
for name in items:
    text = name + " x" + str(items[name])
    print(text)
print("building labels")
print(label("total", str(3)))
print(label("broken", 3))
