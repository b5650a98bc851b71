# pass, None as a value and as an implicit return value.
def nothing():
    pass
def implicit():
    x = 1
def explicit():
    return
def maybe(flag):
    if flag:
        return "yes"
print(nothing(), implicit(), explicit(), maybe(True), maybe(False))
print(None, repr(None), str(None), bool(None))
print(None == None, None == 0, None == "", None == False)
for i in range(3):
    pass
print("i after pass loop", i)
if True:
    pass
else:
    pass
value = None
items = [None, 0, None, 3]
count = 0
for v in items:
    if v == None:
        count += 1
print("None count", count)
print(isinstance(None, int), [None] * 3, (None,), {"k": None})
result = maybe(False)
if result is None:
    print("got None")
if result is not None:
    print("not None")
else:
    print("still None")
while False:
    pass
print(items.index(None), len(items))
