# json_like: a small JSON serializer and parser in pure Python. Builds a deterministic nested
# document (dicts, lists, strings needing escapes, ints, floats, booleans, None), writes it
# out with its own `dumps` and reads it back with its own recursive-descent `loads`, several
# round trips. String building, escaping and unescaping, character scanning by index,
# str.find and slicing, int()/float()/repr(), dict and list construction, recursion.
#
# Usage: json_like.py [--size RECORDS] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 6500

# Round trips per loop: document -> text -> document, the next one starting from the parsed
# document.
ROUND_TRIPS = 3

MASK = 0xFFFFFFFF

# At the default size, the length of the text and its checksum (see `text_checksum`), as
# CPython 3.11 computes them.
DEFAULT_LENGTH = 1384405
DEFAULT_CHECKSUM = 900440451

# Pieces of the document's strings. Most are plain; some need escapes: quotes, backslashes,
# control characters, non-ASCII letters (written as \uXXXX) and a character outside the
# Basic Multilingual Plane (written as a surrogate pair).
WORDS = [
    "alpha", "beta", "gamma", "delta", "widget", "sprocket", "north", "south", "red", "blue",
    "green", "large", "small", "index", "value", "item", "order", "report", "2024", "x",
    "say \"hi\"", "C:\\temp\\file", "two\nlines", "tab\there", "caf\u00e9", "\u20ac 12",
    "na\u00efve", "\u4e2d\u6587", "smile \U0001F600", "bell\x07", "a/b", "cr\r\n", "",
]

# The two-character escapes, both ways.
ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
UNESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "b": "\b",
    "f": "\f",
}

WHITESPACE = " \t\n\r"


# --- the document ---------------------------------------------------------------------------


class Lcg:
    """A linear-congruential generator masked to 32 bits (the classic C-library constants)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & MASK
        return self.state >> 8

    def below(self, n):
        return self.next() % n


def make_text(rng):
    count = 1 + rng.below(3)
    words = []
    for _ in range(count):
        words.append(WORDS[rng.below(len(WORDS))])
    return " ".join(words)


def make_float(rng):
    """Floats of several shapes: short decimals, long fractions, tiny and huge magnitudes."""
    kind = rng.below(4)
    r = rng.next()
    if kind == 0:
        return (r % 2000001 - 1000000) / 1000.0
    if kind == 1:
        return r / 7.0
    if kind == 2:
        return (r % 100000) * 1e-9
    return (r + 1) * 1.5e17


def make_int(rng):
    kind = rng.below(3)
    r = rng.next()
    if kind == 0:
        return r % 100
    if kind == 1:
        return r - (1 << 23)
    return (r << 28) + rng.next()


def make_value(rng, depth):
    """A random JSON value; containers only while `depth` allows."""
    kind = rng.below(10 if depth > 0 else 7)
    if kind < 2:
        return make_text(rng)
    if kind < 4:
        return make_int(rng)
    if kind == 4:
        return make_float(rng)
    if kind == 5:
        return rng.below(2) == 0
    if kind == 6:
        return None
    if kind < 9:
        items = []
        for _ in range(rng.below(5)):
            items.append(make_value(rng, depth - 1))
        return items
    obj = {}
    for _ in range(rng.below(5)):
        obj[WORDS[rng.below(len(WORDS))]] = make_value(rng, depth - 1)
    return obj


def make_record(rng, ident):
    tags = []
    for _ in range(rng.below(4)):
        tags.append(WORDS[rng.below(20)])
    parent = None
    if ident > 0 and rng.below(3) != 0:
        parent = rng.below(ident)
    return {
        "id": ident,
        "name": make_text(rng),
        "score": make_float(rng),
        "weight": make_int(rng),
        "active": rng.below(2) == 0,
        "parent": parent,
        "tags": tags,
        "point": [make_float(rng), make_float(rng)],
        "extra": make_value(rng, 3),
    }


def make_document(n_records):
    rng = Lcg(n_records * 7919 + 17)
    records = []
    for ident in range(n_records):
        records.append(make_record(rng, ident))
    return {
        "title": 'A "round trip" test\n\u00a9 Tracery',
        "version": 3,
        "ratio": 0.1,
        "empty": {"list": [], "dict": {}, "text": ""},
        "records": records,
    }


# --- dumps ----------------------------------------------------------------------------------


def encode_string(s, parts):
    """Appends `s` quoted: the two-character escapes, \\u00XX for other control characters,
    \\uXXXX for non-ASCII (a surrogate pair beyond U+FFFF), so the text is pure ASCII."""
    parts.append('"')
    start = 0
    i = 0
    for ch in s:
        if ch < " " or ch > "~" or ch == '"' or ch == "\\":
            if start < i:
                parts.append(s[start:i])
            if ch in ESCAPES:
                parts.append(ESCAPES[ch])
            else:
                code = ord(ch)
                if code < 0x10000:
                    parts.append("\\u%04x" % code)
                else:
                    code -= 0x10000
                    high = 0xD800 + (code >> 10)
                    low = 0xDC00 + (code & 0x3FF)
                    parts.append("\\u%04x\\u%04x" % (high, low))
            start = i + 1
        i += 1
    if start == 0:
        parts.append(s)
    elif start < i:
        parts.append(s[start:])
    parts.append('"')


def encode(value, parts):
    if isinstance(value, str):
        encode_string(value, parts)
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(str(value))
    elif isinstance(value, float):
        parts.append(repr(value))
    elif isinstance(value, list):
        parts.append("[")
        first = True
        for item in value:
            if not first:
                parts.append(", ")
            first = False
            encode(item, parts)
        parts.append("]")
    elif isinstance(value, dict):
        parts.append("{")
        first = True
        for key in value:
            if not first:
                parts.append(", ")
            first = False
            encode_string(key, parts)
            parts.append(": ")
            encode(value[key], parts)
        parts.append("}")
    else:
        raise TypeError("cannot serialize %r" % (value,))


def dumps(value):
    parts = []
    encode(value, parts)
    return "".join(parts)


# --- loads ----------------------------------------------------------------------------------


def syntax_error(text, i, expected):
    raise ValueError("expected %s at offset %d: %r" % (expected, i, text[i : i + 20]))


def skip_space(text, i):
    n = len(text)
    while i < n and text[i] in WHITESPACE:
        i += 1
    return i


def parse_hex4(text, i):
    digits = text[i : i + 4]
    if len(digits) != 4:
        syntax_error(text, i, "four hex digits")
    return int(digits, 16)


def parse_string(text, i):
    """The string whose opening quote is just before `i`; returns it and the offset after the
    closing quote. Runs without backslashes are sliced out whole."""
    parts = []
    while True:
        end = text.find('"', i)
        if end < 0:
            syntax_error(text, i, "closing quote")
        slash = text.find("\\", i, end)
        if slash < 0:
            parts.append(text[i:end])
            return "".join(parts), end + 1
        parts.append(text[i:slash])
        kind = text[slash + 1 : slash + 2]
        if kind == "u":
            code = parse_hex4(text, slash + 2)
            i = slash + 6
            if 0xD800 <= code < 0xDC00 and text.startswith("\\u", i):
                low = parse_hex4(text, i + 2)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
            parts.append(chr(code))
        elif kind in UNESCAPES:
            parts.append(UNESCAPES[kind])
            i = slash + 2
        else:
            syntax_error(text, slash, "an escape")


def parse_number(text, i):
    n = len(text)
    j = i
    if text[j] == "-":
        j += 1
    digits_from = j
    while j < n and "0" <= text[j] <= "9":
        j += 1
    if j == digits_from:
        syntax_error(text, i, "a digit")
    is_float = False
    if j < n and text[j] == ".":
        is_float = True
        j += 1
        while j < n and "0" <= text[j] <= "9":
            j += 1
    if j < n and (text[j] == "e" or text[j] == "E"):
        is_float = True
        j += 1
        if j < n and (text[j] == "+" or text[j] == "-"):
            j += 1
        while j < n and "0" <= text[j] <= "9":
            j += 1
    if is_float:
        return float(text[i:j]), j
    return int(text[i:j]), j


def parse_array(text, i):
    items = []
    i = skip_space(text, i)
    if text[i : i + 1] == "]":
        return items, i + 1
    while True:
        value, i = parse_value(text, i)
        items.append(value)
        i = skip_space(text, i)
        ch = text[i : i + 1]
        if ch == ",":
            i = skip_space(text, i + 1)
        elif ch == "]":
            return items, i + 1
        else:
            syntax_error(text, i, "',' or ']'")


def parse_object(text, i):
    obj = {}
    i = skip_space(text, i)
    if text[i : i + 1] == "}":
        return obj, i + 1
    while True:
        if text[i : i + 1] != '"':
            syntax_error(text, i, "a key")
        key, i = parse_string(text, i + 1)
        i = skip_space(text, i)
        if text[i : i + 1] != ":":
            syntax_error(text, i, "':'")
        value, i = parse_value(text, skip_space(text, i + 1))
        obj[key] = value
        i = skip_space(text, i)
        ch = text[i : i + 1]
        if ch == ",":
            i = skip_space(text, i + 1)
        elif ch == "}":
            return obj, i + 1
        else:
            syntax_error(text, i, "',' or '}'")


def parse_value(text, i):
    """The value starting at `i` (no leading space); returns it and the offset after it."""
    ch = text[i : i + 1]
    if ch == '"':
        return parse_string(text, i + 1)
    if ch == "{":
        return parse_object(text, i + 1)
    if ch == "[":
        return parse_array(text, i + 1)
    if ch == "-" or "0" <= ch <= "9":
        return parse_number(text, i)
    if ch == "t" and text.startswith("true", i):
        return True, i + 4
    if ch == "f" and text.startswith("false", i):
        return False, i + 5
    if ch == "n" and text.startswith("null", i):
        return None, i + 4
    syntax_error(text, i, "a value")


def loads(text):
    value, i = parse_value(text, skip_space(text, 0))
    if skip_space(text, i) != len(text):
        syntax_error(text, i, "the end")
    return value


# --- the benchmark --------------------------------------------------------------------------


def json_like(n_records):
    """Builds the document and round-trips it; returns it, the texts and the last parse."""
    original = make_document(n_records)
    texts = []
    value = original
    for _ in range(ROUND_TRIPS):
        text = dumps(value)
        texts.append(text)
        value = loads(text)
    return original, texts, value


def same(a, b):
    """Deep equality that also insists on equal types (so True is not 1 and 1 is not 1.0) and
    equal key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        if len(a) != len(b):
            return False
        for i in range(len(a)):
            if not same(a[i], b[i]):
                return False
        return True
    if isinstance(a, dict):
        if list(a) != list(b):
            return False
        for key in a:
            if not same(a[key], b[key]):
                return False
        return True
    return a == b


def text_checksum(text):
    h = 0
    for ch in text:
        h = (h * 33 + ord(ch)) & MASK
    return h


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


# A fixed text with every kind of escape, and what it must parse to.
SAMPLE_TEXT = (
    ' {"a\\u00e9": [1, -0, 2.5e-3, -1E+2, 0.125, "x\\"y\\\\z\\/\\n\\t\\r\\b\\f",'
    ' "\\ud83d\\ude00!\\u4e2d"], "b" :null,"c":{ } , "d":[ ],"e":[true,false]}\n'
)
SAMPLE_VALUE = {
    "a\u00e9": [1, 0, 0.0025, -100.0, 0.125, 'x"y\\z/\n\t\r\b\f', "\U0001F600!\u4e2d"],
    "b": None,
    "c": {},
    "d": [],
    "e": [True, False],
}


def check(n_records, result):
    original, texts, value = result
    if not same(loads(SAMPLE_TEXT), SAMPLE_VALUE):
        fail("the sample text parses to %r" % (loads(SAMPLE_TEXT),))
    if len(original["records"]) != n_records:
        fail("%d records, expected %d" % (len(original["records"]), n_records))
    if value != original or not same(value, original):
        fail("the parsed document differs from the original")
    for text in texts:
        if text != texts[0]:
            fail("round trips wrote different texts")
        if not text.isascii():
            fail("the text is not pure ASCII")
    if n_records == DEFAULT_SIZE:
        length = len(texts[0])
        checksum = text_checksum(texts[0])
        if (length, checksum) != (DEFAULT_LENGTH, DEFAULT_CHECKSUM):
            fail(
                "text of %d characters with checksum %d, expected %d and %d"
                % (length, checksum, DEFAULT_LENGTH, DEFAULT_CHECKSUM)
            )


def read_options(default_size):
    """`--size N` and `--loops K` from the command line."""
    size = default_size
    loops = 1
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--size" and i + 1 < len(args):
            size = int(args[i + 1])
        elif args[i] == "--loops" and i + 1 < len(args):
            loops = int(args[i + 1])
        else:
            sys.exit("usage: %s [--size N] [--loops K]" % sys.argv[0])
        i += 2
    return size, loops


def main():
    size, loops = read_options(DEFAULT_SIZE)
    result = None
    for _ in range(loops):
        start = time.perf_counter()
        result = json_like(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        check(size, result)
    text = result[1][0]
    print("ok %d records, %d characters, checksum %d" % (size, len(text), text_checksum(text)))


if __name__ == "__main__":
    main()
