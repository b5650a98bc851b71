# Word wrapping, justification and centering text by hand.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
def words_of(s):
    out = []
    cur = ""
    for ch in s:
        if ch == " ":
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out
def wrap(words, width):
    lines = []
    line = []
    length = 0
    for w in words:
        extra = len(w) if not line else len(w) + 1
        if length + extra > width and line:
            lines.append(line)
            line = [w]
            length = len(w)
        else:
            line.append(w)
            length += extra
    if line:
        lines.append(line)
    return lines
def join(words, sep):
    out = ""
    for i, w in enumerate(words):
        if i:
            out += sep
        out += w
    return out
def justify(line, width):
    if len(line) == 1:
        return line[0]
    letters = 0
    for w in line:
        letters += len(w)
    gaps = len(line) - 1
    spaces = width - letters
    out = ""
    for i, w in enumerate(line):
        out += w
        if i < gaps:
            n = spaces // gaps + (1 if i < spaces % gaps else 0)
            out += " " * n
    return out
ws = words_of(text)
print(len(ws), "words")
for width in [20, 32]:
    print("=" * width)
    lines = wrap(ws, width)
    for i, line in enumerate(lines):
        if i == len(lines) - 1:
            print(join(line, " ") + "|")
        else:
            print(justify(line, width) + "|")
for title in ["Tracery", "A longer title", "x"]:
    pad = (30 - len(title)) // 2
    print("[" + " " * pad + title + " " * (30 - len(title) - pad) + "]")
