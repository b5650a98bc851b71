# str.format field names: attributes, indexes, string keys, chained access, keyword objects.
class Person:
    species = "human"
    def __init__(self, name, langs):
        self.name = name
        self.langs = langs
        self.address = {"city": "Oslo", "zip": "0150"}
ann = Person("Ann", ["python", "rust"])
print("{0.name} speaks {0.langs[0]} and {0.langs[1]}".format(ann))
print("{p.name} lives in {p.address[city]} ({p.address[zip]})".format(p=ann))
print("{0.species} {0.name.upper}".format(ann)[:10], "{.name}".format(ann), "{[1]}".format([8, 9]))
print("{0[0]} {0[1]} {1[a]} {1[b c]}".format([7, 8], {"a": 1, "b c": 2}))
print("{0[1][0]} {0[0][1]}".format([[1, "q"], ["x"]]), "{0[1]}".format("abc"), "{0[-1]}".format({"-1": "neg"}))
print("{0[a:b]} {0[a!b]} {0[{]}".format({"a:b": 3, "a!b": 4, "{": 5}))
print("{0.real} {0.imag} {x.real:03}".format(5, x=7), "{.real}".format(3), "{[0]}".format([9]))
print("{d[key]:>8}|{d[key]!r:>8}|".format(d={"key": "v"}), "{x}{x}".format(x=[1]))
grid = [[1, 2, 3], [4, 5, 6]]
for r in range(2):
    print("row {0}: {1[0]:>3}{1[1]:>3}{1[2]:>3}".format(r, grid[r]))
print("{0[0]}{0[1]}{0[2]}|{1.name:*^9}|".format("xyz", ann))
