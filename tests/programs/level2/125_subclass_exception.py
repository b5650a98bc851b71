# User exception classes: own __init__ calling super().__init__, attributes, str/repr/args.
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line

    def __str__(self):
        return "line %d: %s" % (self.line, self.args[0])


class HttpError(AppError):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason


class Silent(Exception):
    def __init__(self):
        self.detail = "quiet"


e1 = AppError("plain failure")
print(repr(e1), str(e1), e1.args)
e2 = ParseError(7, "unexpected token")
print(repr(e2), str(e2), e2.args, e2.line)
e3 = HttpError(404, "not found")
print(repr(e3), str(e3), e3.args, e3.code, e3.reason)
e4 = HttpError(500)
print(e4.args, e4.reason)
e5 = Silent()
print(repr(e5), "[" + str(e5) + "]", e5.args, e5.detail)
e6 = AppError()
print(repr(e6), "[" + str(e6) + "]", e6.args)
print(repr(AppError("a", 1)), str(AppError("a", 1)))

for e in [e1, e2, e3, e5]:
    print(type(e).__name__, isinstance(e, AppError), isinstance(e, Exception),
          isinstance(e, BaseException), isinstance(e, ValueError))
print(issubclass(ParseError, AppError), issubclass(HttpError, Exception))
print(ParseError.__name__, ParseError.__mro__[1].__name__)


class ValidationError(ValueError):
    def __init__(self, field, value):
        super().__init__("bad value for %s: %r" % (field, value))
        self.field = field


v = ValidationError("age", -3)
print(str(v), v.field, isinstance(v, ValueError), v.args)
e2.line = 9
e2.hint = "check brackets"
print(str(e2), e2.hint)
print(Exception.__str__(e2), BaseException.__repr__(e3))
