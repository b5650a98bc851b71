# Level 2: del of names, attributes, list items and slices, and dict entries.
x = 10
y = 20
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)

a, b, c = 1, 2, 3
del a, b
print(c)

items = [0, 1, 2, 3, 4, 5, 6, 7]
del items[0]
print(items)
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
del items[:]
print(items)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    pass

o = Obj()
o.first = 1
o.second = 2
del o.first
print(hasattr(o, "first"), o.second)
try:
    del o.first
except AttributeError as e:
    print("AttributeError:", e)

def local_del():
    v = "value"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_del())
nested = {"k": [1, 2, {"inner": 3, "keep": 4}]}
del nested["k"][2]["inner"]
del nested["k"][0]
print(nested)
try:
    del items[5]
except IndexError as e:
    print("IndexError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
