# Level 2: args and str of user exceptions whose __init__ skips or changes super().__init__.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

class Renamed(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code, code)
        self.code = code

class Empty(Exception):
    pass

try:
    raise NoSuper(2, 3)
except NoSuper as e:
    print("NoSuper args:", e.args, "str:", str(e), "total:", e.total)

try:
    raise Renamed(404)
except Renamed as e:
    print("Renamed args:", e.args, "str:", str(e), "code:", e.code)
    print("repr:", repr(e))

try:
    raise Empty
except Empty as e:
    print("Empty args:", e.args, "str: %r" % str(e), "repr:", repr(e))

try:
    raise Empty("one")
except Empty as e:
    print("Empty one:", e.args, str(e), repr(e))

try:
    raise Empty("x", "y")
except Empty as e:
    print("Empty two:", e.args, str(e), repr(e))

e = Empty(1, [2, 3])
e.extra = "attached later"
print(e.args[1], e.extra)
e.args = ("replaced",)
print(str(e), repr(e))
