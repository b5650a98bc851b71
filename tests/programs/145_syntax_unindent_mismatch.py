# Syntax-error program: dedenting to a column that matches no outer block.
counts = {}
for word in ["a", "b", "a"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
for i in range(3):
    if i > 0:
        print(i)
      print("mismatch")
print("end")
