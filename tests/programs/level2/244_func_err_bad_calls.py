# Level 2 error path: messages for bad calls, then one uncaught TypeError.
def f(a, b, c=3):
    return a + b + c

def g(*, key):
    return key

class K:
    def method(self, x):
        return x

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("ok", lambda: f(1, 2))
attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("too many", lambda: f(1, 2, 3, 4))
attempt("unexpected kw", lambda: f(1, 2, d=4))
attempt("multiple values", lambda: f(1, 2, a=5))
attempt("kw-only positional", lambda: g(1))
attempt("kw-only missing", lambda: g())
attempt("method missing", lambda: K().method())
attempt("method too many", lambda: K().method(1, 2))
attempt("lambda", lambda: (lambda x: x)())
print("now uncaught")
print(f(1, 2, 3, z=0))
