# Syntax-error program: an if statement without its colon.
x = 3
values = [1, 2, 3]
while x > 0:
    x -= 1
    values.append(x)
print(values)
if x > 2
    print("big")
print("done")
