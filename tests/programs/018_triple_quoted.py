# Triple-quoted strings keep newlines and indentation literally.
poem = """Roses are red,
  Violets are blue,
Triple quotes keep "quotes" and 'quotes' too."""
print(poem)
print(repr(poem))
print(len(poem))
empty = """"""
print(repr(empty))
single = '''one 'line' "with" quotes'''
print(single)
block = """
    indented line
\ttab line
last"""
print(repr(block))
lines = 0
longest = 0
current = 0
for ch in poem:
    if ch == "\n":
        lines += 1
        if current > longest:
            longest = current
        current = 0
    else:
        current += 1
if current > longest:
    longest = current
print("lines", lines + 1, "longest", longest)
def doc():
    """A docstring is just a string expression."""
    return 42
print(doc())
print("""a""" + '''b''' + """c\
d""")
