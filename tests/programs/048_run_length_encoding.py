# Run-length encoding and decoding of strings.
def encode(s):
    if s == "":
        return []
    runs = []
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current = ch
            count = 1
    runs.append((current, count))
    return runs
def to_text(runs):
    out = ""
    for ch, n in runs:
        out += str(n) + ch
    return out
def decode_text(code):
    out = ""
    n = 0
    for ch in code:
        if "0" <= ch <= "9":
            n = n * 10 + ord(ch) - ord("0")
        else:
            out += ch * n
            n = 0
    return out
samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccdddd", "", "x", "abc", "zzzzzzzzzzzz"]
for s in samples:
    runs = encode(s)
    code = to_text(runs)
    back = decode_text(code)
    print(repr(s))
    print("  runs", runs)
    print("  code", code, "ok", back == s, "ratio", len(code) / len(s) if len(s) > 0 else 0.0)
