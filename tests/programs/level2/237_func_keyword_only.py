# Level 2: keyword-only parameters after * or *args, with and without defaults.
def connect(host, *, port=80, secure=False):
    return "%s:%d%s" % (host, port, " (tls)" if secure else "")

print(connect("a"))
print(connect("a", port=443, secure=True))
print(connect(secure=True, host="b"))
try:
    connect("a", 443)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, name, age):
    return name + " is " + str(age)

print(required_kw(name="ann", age=5))
print(required_kw(age=7, name="bob"))
try:
    required_kw(name="x")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)

def log(*messages, level="info", sep=" "):
    return "[" + level + "] " + sep.join(messages)

print(log("a", "b"))
print(log("a", "b", level="warn", sep="|"))
print(log(level="debug"))

def mixed(a, b=1, *, c, d=2):
    return a, b, c, d

print(mixed(0, c=9))
print(mixed(0, 5, c=9, d=8))
print(mixed.__kwdefaults__)
print(mixed.__defaults__)
