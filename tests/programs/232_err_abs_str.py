# abs() of a str: bad operand type.
values = [-3, 2.5, -0.0, True, "-4"]
for v in values:
    print(repr(v), abs(v))
