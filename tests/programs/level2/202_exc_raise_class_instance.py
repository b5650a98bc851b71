# Level 2: raising an exception class versus an instance; args of each.
def thrower(mode):
    if mode == 1:
        raise ValueError
    if mode == 2:
        raise ValueError()
    if mode == 3:
        raise ValueError("with message")
    if mode == 4:
        raise ValueError("two", 2)
    return "no raise"

for mode in range(5):
    try:
        print(thrower(mode))
    except ValueError as e:
        print(mode, type(e).__name__, repr(e), e.args, "str=%r" % str(e))

try:
    raise IndexError
except IndexError as e:
    print("class raised, instance caught:", isinstance(e, IndexError), type(e) is IndexError)

saved = KeyError("stored")
for attempt in range(2):
    try:
        raise saved
    except KeyError as e:
        print("attempt", attempt, e is saved, e)

try:
    raise Exception("plain", "exception", 3)
except Exception as e:
    print(len(e.args), e.args[2], str(e))

err = RuntimeError("built but not raised")
print(type(err).__name__, err.args, isinstance(err, Exception))
