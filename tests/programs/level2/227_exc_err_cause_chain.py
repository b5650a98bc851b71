# Level 2 error path: raise ... from ... shows "The above exception was the direct cause".
class ParseError(Exception):
    pass

def parse_pair(text):
    left, right = text.split("=")
    try:
        return left.strip(), int(right)
    except ValueError as e:
        raise ParseError("line %r has a bad number" % text) from e

config = ["width = 10", "height = 20", "depth = deep"]
for line in config:
    key, value = parse_pair(line)
    print(key, "->", value)
