# str.split()/rsplit() without a separator: runs of whitespace, maxsplit, leading/trailing space.
samples = ["one two three", "  lead", "trail  ", "  both  ends  ", "", "   ", "single",
           "tabs\tand\nnewlines\r\nmixed", "a \t\n\r\x0b\x0c b", "x  y  z  "]
for s in samples:
    print(repr(s), s.split(), s.rsplit(), len(s.split()))
    for n in [-1, 0, 1, 2]:
        print("   max", n, s.split(None, n), s.rsplit(None, n))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(None, maxsplit=0))
print(" a b ".split(maxsplit=0), " a b ".rsplit(maxsplit=0), "  ".split(maxsplit=0))
print(" a  b ".split(None, 1), " a  b ".rsplit(None, 1))
# whitespace split versus single-space split
s = " two  spaces "
print(s.split(), s.split(" "), s.rsplit(" ", 1), s.strip().split(" "))
# word statistics
text = """The   quick brown
fox jumps over\tthe lazy dog.
  The dog sleeps; the fox runs!  """
words = text.split()
print(len(words), words[0], words[-1], words[3:6])
counts = {}
for w in words:
    key = w.lower().strip(".;!")
    counts[key] = counts.get(key, 0) + 1
for key in sorted(counts):
    if counts[key] > 1:
        print(key, counts[key])
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest:", longest, len(longest))
# first word and rest; last word and rest
for line in text.splitlines():
    head = line.split(None, 1)
    tail = line.rsplit(None, 1)
    print(head, tail)
