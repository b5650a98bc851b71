# Level 2: raise ... from ..., __cause__, __context__ and __suppress_context__.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("no port setting") from e
    except ValueError as e:
        raise ConfigError("port is not a number") from e

for settings in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(settings))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)
        print("  context is cause:", e.__context__ is e.__cause__)
        print("  suppress context:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden cause") from None
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("outside any handler") from KeyError("explicit")
except RuntimeError as e:
    print("explicit cause:", repr(e.__cause__), "context:", e.__context__)

fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

try:
    raise TypeError("class cause") from IndexError
except TypeError as e:
    print("cause from a class:", type(e.__cause__).__name__, e.__cause__.args)
