# Level 2: **kwargs collects extra keyword arguments into a dict (in call order).
def describe(**options):
    print("  type:", type(options).__name__, "len:", len(options))
    for key in options:
        print("  ", key, "=", options[key])
    return sorted(options)

print(describe())
print(describe(color="red", size=3))
print(describe(z=1, a=2, m=3))

def tag(name, *children, **attrs):
    parts = [name]
    for k in attrs:
        parts.append('%s="%s"' % (k, attrs[k]))
    open_tag = "<" + " ".join(parts) + ">"
    return open_tag + "".join(children) + "</" + name + ">"

print(tag("p", "hello"))
print(tag("a", "link", "!", href="x.html", target="top"))
print(tag("br"))

def config(host, port=80, **extra):
    return host, port, extra

print(config("h"))
print(config("h", 8080, debug=True))
print(config(port=1, host="k", retries=3))

def merge(**kw):
    kw["added"] = True
    return kw

d = {"x": 1}
print(merge(**d), d)

def everything(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6, f=7))
