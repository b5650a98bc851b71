# Level 2: f-strings with expressions, calls, indexing, conversions and nesting.
name = "Ada"
age = 36
items = [3, 1, 2]
d = {"k": "value", "n": 5}
print(f"{name} is {age} years old")
print(f"next year: {age + 1}, doubled: {age * 2}")
print(f"{name.upper()} {name[0]} {name[::-1]} {len(name)}")
print(f"{items} {items[1]} {sorted(items)} {sum(items)}")
print(f"{d['k']} {d['n'] * 2}")
print(f"{name!r} {name!s} {items!r} {3.5!r}")
print(f"{'yes' if age > 30 else 'no'}")
print(f"{{literal braces}} and {age}")
print(f"{1}{2}{3}", f"", f"{''}")
print(f"multi {name} " f"part {age}")
print(F"capital F {age}")
x = 7
print(f"{x} squared is {x ** 2}; {x} // 2 = {x // 2}; {x / 2}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v + 1)(x)}")
print(f"{None} {True} {False} {0.1 + 0.2}")
print(f"{'nested ' + f'{x}'}")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()} {P()!r} {P()!s}")
print(f"{'tab'}\t{'newline'}\\n")
w = 10
print(f"[{name:>{w}}] [{name:^{w}}] [{age:0{w}d}]")
