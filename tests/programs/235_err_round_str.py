# round() of a str: the type defines no __round__ method.
values = [2.5, 3.5, 7, "4.5"]
for v in values:
    print(repr(v), round(v))
