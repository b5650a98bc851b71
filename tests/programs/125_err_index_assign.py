# Error program: assigning past the end of a list raises IndexError.
slots = [None] * 4
for i in range(4):
    slots[i] = i * i
    print(slots)
slots[-1] = "last"
slots[-4] = "first"
print(slots, len(slots))
def put(index, value):
    slots[index] = value
    print("put", index, slots)
put(1, "one")
put(4, 16)
