# Level 2: subclassing Exception with extra state, __str__, and hierarchy-based handling.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return "%d %s" % (self.status, self.reason)

    def retryable(self):
        return self.status >= 500

class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path

class ServerError(HttpError):
    pass

def fetch(path):
    if path.startswith("/missing"):
        raise NotFound(path)
    if path.startswith("/boom"):
        raise ServerError(503, "Unavailable")
    return "200 OK " + path

for path in ["/home", "/missing/page", "/boom"]:
    try:
        print(fetch(path))
    except NotFound as e:
        print("not found:", e.path, "|", e, "|", e.args, "| retry:", e.retryable())
    except HttpError as e:
        print("http error:", e, "|", repr(e), "| retry:", e.retryable())

e = NotFound("/x")
print(isinstance(e, HttpError), isinstance(e, Exception), issubclass(NotFound, ServerError))
print(str(e), e.status, type(e).__name__)

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)

try:
    raise WithDefault
except WithDefault as err:
    print("class raised:", err, err.args)
try:
    raise WithDefault("custom")
except Exception as err:
    print("instance raised:", err, repr(err))
