# The look-and-say sequence, and a simple string compression check.
def next_term(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out
term = "1"
for n in range(1, 16):
    if n <= 10:
        print(n, term)
    else:
        print(n, "length", len(term))
    term = next_term(term)
lengths = []
t = "1"
for n in range(30):
    lengths.append(len(t))
    t = next_term(t)
print(lengths[-5:])
ratios = []
for i in range(25, 29):
    ratios.append(round(lengths[i + 1] / lengths[i], 4))
print("growth ratios", ratios)
for seed in ["3", "22", "1211"]:
    s = seed
    seq = []
    for i in range(5):
        seq.append(s)
        s = next_term(s)
    print(seed, seq)
