# template: a tiny text-templating engine. Parses templates with {{ name }}, {{ obj.attr }},
# filters ({{ price|money }}) and {% for %} / {% if %} / {% else %} blocks into node trees
# (str.find, slicing, split, strip), then renders them against nested dict contexts many
# times. Method calls on node classes, dict lookups through a scope stack, "".join of parts,
# % and str.format of numbers, str methods (title, upper, replace, rjust).
#
# Usage: template.py [--size CUSTOMERS] [--loops K]   (the protocol is in README.md)

import sys
import time

DEFAULT_SIZE = 3300

# Every customer's documents are rendered this many times per loop; all renderings must be
# identical.
REPEATS = 3

MASK = 0xFFFFFFFF

# At the default size, the total length of one repeat's output and its checksum (see
# `text_checksum`), as CPython 3.11 computes them.
DEFAULT_LENGTH = 5336140
DEFAULT_CHECKSUM = 1665142237

# An HTML page listing a customer's orders.
PAGE = """<!DOCTYPE html>
<html>
<head><title>{{ shop.name|escape }}: orders of {{ customer.name|title }}</title></head>
<body>
<h1>{{ shop.name|escape }}</h1>
<p class="address">{{ customer.address.street }},
  {{ customer.address.zip }} {{ customer.address.city|upper }}</p>
{% if customer.orders %}<p>{{ customer.orders|count }} orders since {{ customer.since }}.</p>
{% for order in customer.orders %}
<div class="order{% if order.urgent %} urgent{% endif %}" id="o{{ order.id }}">
  <h2>Order #{{ order.id }}{% if loop.first %} (latest){% endif %}</h2>
  <table>{% for item in order.items %}
    <tr class="{% if loop.last %}last{% else %}row{% endif %}">
      <td>{{ loop.index }}</td><td>{{ item.name|escape }}</td><td>{{ item.qty|qty }}</td>
      <td>{{ item.price|money }}</td><td>{{ item.total|money }}</td>
    </tr>{% endfor %}
  </table>
  {% if order.note %}<p class="note">{{ order.note|escape }}</p>
  {% else %}<p class="note">No note.</p>
  {% endif %}<p>Total: {{ order.total|money }} {{ shop.currency }}
    (tax {{ shop.tax|percent }})</p>
</div>
{% endfor %}{% else %}<p>No orders yet.</p>
{% endif %}</body>
</html>
"""

# A plain-text letter to the same customer (a backslash ending a line joins it to the next).
LETTER = """Dear {{ customer.title }} {{ customer.name|title }},

{% if customer.vip %}As one of our best customers you get {{ shop.discount|percent }} off
your next order.
{% endif %}{% if not customer.orders %}We miss you! {% endif %}Your account \
{{ customer.id|account }} shows:
{% for order in customer.orders %}  {{ loop.index|qty }}. order {{ order.id }}: \
{{ order.items|count }} items, {{ order.total|money }} {{ shop.currency }}\
{% if order.urgent %} [urgent]{% endif %}
{% endfor %}
Kind regards,
{{ shop.owner }} at {{ shop.name }}
"""

# Used for the syllables of the generated names and words.
SYLLABLES = [
    "al", "ben", "cor", "da", "el", "fin", "gar", "ho", "is", "jun", "ka", "lim", "mo",
    "nor", "ot", "pel", "qua", "ris", "sam", "tor", "ul", "vin", "wes", "yar", "zed",
]
STREETS = ["High Street", "Mill Lane", "Station Road", "Church Walk", "Kings Way", "The Green"]
CITIES = ["Ashford", "Bexley", "Carlow", "Dunmore", "Elgin", "Fenwick", "Glenrock"]
NOTES = [
    "", "", "", "Leave at the door", "Call before <6pm>", "Gift wrap & card", 'Mark "fragile"',
    "Back entrance",
]


# --- the engine -----------------------------------------------------------------------------


class Scope:
    """Names visible while rendering: a stack of dicts, the innermost last."""

    def __init__(self, context):
        self.frames = [context]

    def lookup(self, path):
        """The value of a dotted path: the first name from the innermost frame that has it,
        then each attribute as a key of the dict before it."""
        name = path[0]
        frames = self.frames
        i = len(frames) - 1
        while i >= 0:
            frame = frames[i]
            if name in frame:
                value = frame[name]
                for attr in path[1:]:
                    value = value[attr]
                return value
            i -= 1
        raise KeyError(name)


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, scope, out):
        out.append(self.text)


class Var:
    """{{ path|filter|... }}"""

    def __init__(self, path, filters):
        self.path = path
        self.filters = filters

    def render(self, scope, out):
        value = scope.lookup(self.path)
        for f in self.filters:
            value = f(value)
        if isinstance(value, str):
            out.append(value)
        else:
            out.append(str(value))


class For:
    """{% for name in path %} body {% endfor %}, with `loop.index`, `loop.first` and
    `loop.last` inside."""

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.body = []

    def render(self, scope, out):
        items = scope.lookup(self.path)
        count = len(items)
        loop = {"index": 0, "first": True, "last": False}
        frame = {"loop": loop}
        scope.frames.append(frame)
        index = 0
        for item in items:
            index += 1
            frame[self.name] = item
            loop["index"] = index
            loop["first"] = index == 1
            loop["last"] = index == count
            for node in self.body:
                node.render(scope, out)
        scope.frames.pop()


class If:
    """{% if [not] path %} body {% else %} other {% endif %}: the path's truth value."""

    def __init__(self, path, negate):
        self.path = path
        self.negate = negate
        self.body = []
        self.other = []

    def render(self, scope, out):
        value = scope.lookup(self.path)
        if (not value) if self.negate else value:
            nodes = self.body
        else:
            nodes = self.other
        for node in nodes:
            node.render(scope, out)


def escape_html(value):
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace('"', "&quot;")


def money(value):
    return "{:,.2f}".format(value)


def percent(value):
    return "%.1f%%" % (value * 100.0)


def quantity(value):
    return "%3d" % value


def account(value):
    return "AC-%06d" % value


def title_case(value):
    return value.title()


def upper_case(value):
    return value.upper()


def count_of(value):
    return len(value)


FILTERS = {
    "escape": escape_html,
    "money": money,
    "percent": percent,
    "qty": quantity,
    "account": account,
    "title": title_case,
    "upper": upper_case,
    "count": count_of,
}


def parse_expression(source):
    parts = source.split("|")
    path = parts[0].strip().split(".")
    filters = []
    for name in parts[1:]:
        name = name.strip()
        if name not in FILTERS:
            raise ValueError("unknown filter %r" % name)
        filters.append(FILTERS[name])
    return Var(path, filters)


def parse_template(source):
    """The template's node list. `current` is the list being filled; each open block is
    kept on a stack with the list to go back to when it closes."""
    top = []
    current = top
    open_blocks = []
    i = 0
    n = len(source)
    while i < n:
        var_at = source.find("{{", i)
        tag_at = source.find("{%", i)
        if var_at < 0 and tag_at < 0:
            current.append(Text(source[i:]))
            break
        if tag_at < 0 or 0 <= var_at < tag_at:
            start = var_at
            end = source.find("}}", start + 2)
        else:
            start = tag_at
            end = source.find("%}", start + 2)
        if end < 0:
            raise ValueError("unclosed tag at offset %d" % start)
        if start > i:
            current.append(Text(source[i:start]))
        inside = source[start + 2 : end]
        i = end + 2
        if start == var_at:
            current.append(parse_expression(inside))
            continue
        words = inside.split()
        keyword = words[0] if words else ""
        if keyword == "for" and len(words) == 4 and words[2] == "in":
            node = For(words[1], words[3].split("."))
        elif keyword == "if" and (len(words) == 2 or len(words) == 3 and words[1] == "not"):
            node = If(words[-1].split("."), len(words) == 3)
        elif keyword == "else" and len(words) == 1:
            if not open_blocks or not isinstance(open_blocks[-1][0], If):
                raise ValueError("else outside an if at offset %d" % start)
            current = open_blocks[-1][0].other
            continue
        elif (keyword == "endfor" or keyword == "endif") and len(words) == 1:
            if not open_blocks:
                raise ValueError("%s outside a block at offset %d" % (keyword, start))
            node, current = open_blocks.pop()
            if isinstance(node, For) != (keyword == "endfor"):
                raise ValueError("%s closes the wrong block at offset %d" % (keyword, start))
            continue
        else:
            raise ValueError("bad tag %r at offset %d" % (inside, start))
        current.append(node)
        open_blocks.append((node, current))
        current = node.body
    if open_blocks:
        raise ValueError("unclosed block")
    return top


def render(nodes, context):
    out = []
    scope = Scope(context)
    for node in nodes:
        node.render(scope, out)
    return "".join(out)


# --- the data -------------------------------------------------------------------------------


class Lcg:
    """A linear-congruential generator masked to 32 bits (the classic C-library constants)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & MASK
        return (self.state >> 8) % n


def make_word(rng, syllables):
    parts = []
    for _ in range(syllables):
        parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
    return "".join(parts)


def make_customer(rng, ident):
    orders = []
    for k in range(rng.below(5)):
        items = []
        total = 0.0
        for _ in range(1 + rng.below(6)):
            qty = 1 + rng.below(12)
            price = rng.below(100000) / 100.0
            line = qty * price
            total += line
            items.append({"name": make_word(rng, 2 + rng.below(2)) + " " + make_word(rng, 1),
                          "qty": qty, "price": price, "total": line})
        orders.append({"id": ident * 10 + k, "urgent": rng.below(4) == 0, "items": items,
                       "note": NOTES[rng.below(len(NOTES))], "total": total})
    return {
        "id": ident,
        "name": make_word(rng, 2) + " " + make_word(rng, 3),
        "title": ["Ms", "Mr", "Dr", "Mx"][rng.below(4)],
        "vip": rng.below(5) == 0,
        "since": 1990 + rng.below(35),
        "address": {"street": "%d %s" % (1 + rng.below(200), STREETS[rng.below(len(STREETS))]),
                    "zip": "%05d" % rng.below(100000),
                    "city": CITIES[rng.below(len(CITIES))]},
        "orders": orders,
    }


SHOP = {"name": "Smith & Sons <Hardware>", "owner": "J. Smith", "currency": "EUR",
        "tax": 0.2, "discount": 0.075}


def template_bench(n_customers):
    """Parses the templates, builds the customers and renders each customer's page and letter
    REPEATS times; returns the customers and, per repeat, the list of rendered texts."""
    page = parse_template(PAGE)
    letter = parse_template(LETTER)
    rng = Lcg(n_customers * 31 + 7)
    customers = []
    for ident in range(n_customers):
        customers.append(make_customer(rng, ident))
    repeats = []
    for _ in range(REPEATS):
        texts = []
        for customer in customers:
            context = {"shop": SHOP, "customer": customer}
            texts.append(render(page, context))
            texts.append(render(letter, context))
        repeats.append(texts)
    return customers, repeats


# --- validation -----------------------------------------------------------------------------


def text_checksum(h, text):
    for ch in text:
        h = (h * 33 + ord(ch)) & MASK
    return h


def fail(message):
    print("FAILED:", message)
    raise AssertionError(message)


# A template using every feature, with a context and the exact rendering.
SAMPLE = (
    "{{a}}|{{ b.c|upper }}|"
    "{% for x in xs %}{{loop.index}}{% if loop.last %}.{% else %},{% endif %}{% endfor %}|"
    "{% if not xs %}none{% else %}{{ xs|count|qty }}{% endif %}|"
    "{% for y in ys %}{{ y }}{% endfor %}|{{ d|money }} {{ e|percent }} {{ f|escape }}"
)
SAMPLE_CONTEXT = {
    "a": 7,
    "b": {"c": "hi"},
    "xs": ["p", "q", "r"],
    "ys": [],
    "d": 1234.5,
    "e": 0.125,
    "f": 'A&"<b>"',
}
SAMPLE_OUTPUT = "7|HI|1,2,3.|  3||1,234.50 12.5% A&amp;&quot;&lt;b&gt;&quot;"


def check(n_customers, result):
    customers, repeats = result
    sample = render(parse_template(SAMPLE), SAMPLE_CONTEXT)
    if sample != SAMPLE_OUTPUT:
        fail("the sample renders as %r" % sample)
    for texts in repeats:
        if texts != repeats[0]:
            fail("the repeats rendered differently")
    texts = repeats[0]
    if len(texts) != 2 * n_customers:
        fail("%d texts for %d customers" % (len(texts), n_customers))
    length = 0
    checksum = 0
    for i in range(n_customers):
        customer = customers[i]
        page = texts[2 * i]
        letter = texts[2 * i + 1]
        items = 0
        urgent = 0
        for order in customer["orders"]:
            items += len(order["items"])
            if order["urgent"]:
                urgent += 1
        if page.count("<tr ") != items or page.count("<td>") != 5 * items:
            fail("customer %d: %d items, page %r" % (i, items, page))
        if page.count('"order urgent"') != urgent or letter.count("[urgent]") != urgent:
            fail("customer %d: %d urgent orders, page %r" % (i, urgent, page))
        if page.count("Total: ") != len(customer["orders"]):
            fail("customer %d: %d orders, page %r" % (i, len(customer["orders"]), page))
        if customer["name"].title() not in letter or "{" in page or "{" in letter:
            fail("customer %d: letter %r" % (i, letter))
        length += len(page) + len(letter)
        checksum = text_checksum(text_checksum(checksum, page), letter)
    if n_customers == DEFAULT_SIZE and (length, checksum) != (DEFAULT_LENGTH, DEFAULT_CHECKSUM):
        fail(
            "rendered %d characters with checksum %d, expected %d and %d"
            % (length, checksum, DEFAULT_LENGTH, DEFAULT_CHECKSUM)
        )
    return length, checksum


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
    summary = None
    for _ in range(loops):
        start = time.perf_counter()
        result = template_bench(size)
        elapsed = time.perf_counter() - start
        print("bench-seconds", repr(elapsed))
        summary = check(size, result)
    print("ok %d customers, %d characters, checksum %d" % (size, summary[0], summary[1]))


if __name__ == "__main__":
    main()
