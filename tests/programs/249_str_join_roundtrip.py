# str.join over lists, tuples, strings, dict views, ranges mapped to str, and split/join round trips.
print(",".join(["a", "b", "c"]), ",".join(("x", "y")), ",".join("xyz"), ",".join([]), repr(",".join([""])))
print(repr("".join(["a", "", "b", ""])), repr("--".join(["", ""])), repr(" ".join(["only"])), repr("abc".join(["1", "2", "3"])))
d = {"one": 1, "two": 2, "three": 3}
print("+".join(d), "+".join(d.keys()), "|".join(sorted(d)), "|".join(reversed(list(d))))
vals = []
for v in d.values():
    vals.append(str(v))
print("*".join(vals), "/".join(list("hello")), "".join(reversed("stressed")))
nums = []
for i in range(1, 11):
    nums.append(str(i))
print(" + ".join(nums), "=", sum(range(1, 11)))
print("\n".join(["line one", "line two", "line three"]))
print("\t".join(["a", "b"]) == "a\tb", len("::".join(["x"] * 4)), "::".join(["x"] * 4))
print("é".join(["a", "b"]), "日本".join(["<", ">"]), " ".join(("α", "β", "γ")))
# round trips with split
for s in ["a b c", "a  b", " a b ", "", "abc"]:
    parts = s.split(" ")
    print(repr(s), parts, repr(" ".join(parts)), " ".join(parts) == s, repr(" ".join(s.split())))
for s in ["1,2,3", ",", ",,1,", "x"]:
    print(repr(s), s.split(","), ";".join(s.split(",")), "-".join(s.rsplit(",", 1)))
# building output incrementally versus join
words = ["join", "builds", "one", "string", "from", "many"]
acc = ""
for w in words:
    if acc:
        acc += " "
    acc += w
print(acc == " ".join(words), acc)
# a multiplication table with join
for i in range(1, 5):
    row = []
    for j in range(1, 6):
        row.append(str(i * j).rjust(3))
    print("".join(row), "|", ",".join(row).replace(" ", ""))
# joining nested results
groups = [["a", "b"], ["c"], [], ["d", "e", "f"]]
inner = []
for g in groups:
    inner.append("(" + ",".join(g) + ")")
print(" ".join(inner), len(" ".join(inner)))
# swap case of words and re-join with the separators recovered by partition
line = "key1=val1;key2=val2;key3=val3"
out = []
for item in line.split(";"):
    k, eq, v = item.partition("=")
    out.append(v + eq + k)
print(";".join(out))
