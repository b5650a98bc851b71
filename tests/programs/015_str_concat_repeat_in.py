# String concatenation, repetition, membership.
a = "spam"
b = "eggs"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, repr(a * -2), "-" * 20)
print("am" in a, "ma" in a, "" in a, "spam" in a, "Spam" in a, "x" not in a)
line = ""
for i in range(5):
    line = line + str(i) + ","
print(line)
print(("ab" + "cd") * 2, "ab" + "cd" * 2)
row = "+" + "-" * 5
print(row * 3 + "+")
for n in range(1, 6):
    print(" " * (5 - n) + "*" * (2 * n - 1))
words = ["alpha", "beta", "gamma"]
joined = ""
for w in words:
    if joined != "":
        joined += " | "
    joined += w
print(joined, len(joined))
s = "mississippi"
for sub in ["ss", "sip", "pi", "ppi", "issa", "m", "i"]:
    print(sub, sub in s)
acc = "x"
for i in range(4):
    acc = acc + acc
print(len(acc), acc)
