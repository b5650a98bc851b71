# print with sep= and end= (including empty strings and None), several values, objects with __str__.
print("a", "b", "c", sep="")
print("a", "b", "c", sep="--")
print("a", "b", "c", sep=None)
print("a", "b", "c", end=None)
print("x", end="")
print("y", end="")
print()
print(1, 2, 3, sep=", ", end=".\n")
print(sep="-")
print(end="[nothing]\n")
print("only", sep="|")
print("multi", "line", sep="\n", end="\n---\n")
print(3.5, None, True, [1, "a"], (2,), {"k": "v"}, sep=" | ")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100 // 10) + str(self.cents % 10)
print(Money(1234), Money(5), sep=" and ", end="!\n")
row = ["id", "name", "score"]
for i in range(len(row)):
    if i < len(row) - 1:
        print(row[i], end=",")
    else:
        print(row[i])
for n in range(1, 6):
    print(n, n * n, n ** 3, sep="\t")
sep = "::"
end = " <end>\n"
print("vars", "work", sep=sep, end=end)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("", "", sep="x")
print("tab\tinside", "new\\nline", sep="|")
print("final", "line", sep="", end="")
print()
