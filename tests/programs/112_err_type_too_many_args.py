# Error program: calling a function with too many positional arguments raises TypeError.
def area(width, height):
    return width * height
print(area(3, 4))
print(area(height=2, width=5))
shapes = [(1, 2), (3, 4), (5, 6, 7)]
for s in shapes:
    print("shape", s)
for s in shapes:
    if len(s) == 2:
        print(area(s[0], s[1]))
    else:
        print(area(s[0], s[1], s[2]))
