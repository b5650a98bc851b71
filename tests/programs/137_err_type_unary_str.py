# Error program: unary minus on a str raises TypeError.
values = [3, -4.5, True, 0, "7"]
for v in values:
    print(repr(v), isinstance(v, str))
def negate_all(items):
    out = []
    for v in items:
        out.append(-v)
        print("negated", out[-1])
    return out
print(negate_all(values[:4]))
print(negate_all(values))
