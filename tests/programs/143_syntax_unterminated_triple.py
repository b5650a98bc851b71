# Syntax-error program: a triple-quoted string that never ends.
print("start")
def area(w, h):
    """Width times height."""
    return w * h
print(area(2, 3))
doc = """This string starts here
and keeps going
print("end")
x = 1
