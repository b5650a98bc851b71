# str.split / rsplit / splitlines / partition / join: separators, maxsplit, keywords, unicode.
line = "alpha,beta,,gamma,"
print(line.split(","))
print(line.split(",", 1), line.split(",", 0), line.split(",", -1))
print(line.rsplit(",", 2), line.rsplit(","))
print(line.split(sep=",", maxsplit=2), line.rsplit(maxsplit=1, sep=","))
print("aaa".split("aa"), "aaa".rsplit("aa"), "abc".split("abc"), "".split(","))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
text = "  the quick\tbrown \n fox  "
print(text.split())
print(text.split(None, 1))
print(text.rsplit(None, 1))
print(text.split(maxsplit=2), text.rsplit(maxsplit=2))
print(text.split(None, 0), text.rsplit(None, 0))
print("".split(), "   ".split(), "   ".rsplit(None, 3))
print("a\x1cb\x1dc\x1ed\x1fe\x85f\u3000g\u2028h".split())
print("héllo wörld ünïcode".split(), "héllo wörld ünïcode".rsplit(None, 1))
print("x—y—z".split("—"), "x—y—z".rsplit("—", 1), "日本語".split("本"))
print("a,b,c".split(",", True), "a,b,c".split(",", False))
doc = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\u2028eighth\n\nlast"
print(doc.splitlines())
print(doc.splitlines(True))
print("one\r\n".splitlines(keepends=True), "one\r\n".splitlines(keepends=False))
print("".splitlines(), "\n".splitlines(), "abc".splitlines(), "\r\r\n\n".splitlines(1))
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("日本=語=!".partition("="), "日本=語=!".rpartition("="))
print("abab".partition("ab"), "abab".rpartition("ab"))
words = ["red", "green", "blue"]
print(",".join(words), " ".join(words), "".join(words))
print("-".join("abc"), "-".join(()), "-".join(("solo",)), "->".join(["x", "y"]))
print("/".join({"k1": 1, "k2": 2}), "+".join(reversed(words)))
print(" | ".join(sorted(["é", "a", "z"])), "—".join(["α", "β", "γ"]))
pieces = []
for i in range(5):
    pieces.append(str(i * i))
print(", ".join(pieces))
csv = "name;age;city\nann;31;oslo\nbob;27;lima"
for row in csv.splitlines():
    cells = row.split(";")
    print(len(cells), cells[0].upper(), " / ".join(cells[1:]))
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1)[1], path.split("/")[1:3], path.rpartition(".")[2])
