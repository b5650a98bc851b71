# Syntax-error program: a parenthesis opened and never closed.
values = [1, 2, 3]
squares = []
for v in values:
    squares.append(v * v)
print(squares)
total = sum(values
print(total)
average = total / len(values)
print(average)
