# repr versus str for every level-1 type.
values = [42, -7, 3.14, 1.0, -0.0, 1e20, "text", "", "it's", 'say "x"', "a\nb", None, True, False,
          [1, "a"], (1,), (), {"k": "v"}, [None, 0.5], range(3), range(1, 9, 2)]
for v in values:
    print(str(v), "|", repr(v))
print(repr("tab\there"), repr("back\\slash"), repr("\x00"), repr("é"))
print(repr([["nested", ("tuple", 1.5)], {"d": [None]}]))
s = "He said \"hi\" and 'bye'"
print(s)
print(repr(s))
print(repr(repr(1)), repr(str(1)), str(repr("a")))
print(repr(1 / 3), repr(2 / 3), str(1e-7), repr(1e16))
