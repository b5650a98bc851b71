# Slicing strings: bounds, negative indices, steps including negative ones.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[5::-1], s[:5:-1])
print(repr(s[5:2]), repr(s[20:]), repr(s[-20:3]), s[3:100], s[-100:100])
print(s[0:10:4], s[9:0:-4], s[10:0:-1], s[None:None:-1], s[None:3], s[7:None])
for start in range(-3, 4):
    for stop in (2, -2):
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:-1]))
t = "0123456789"
for step in (1, 2, 3, -1, -2, -3, 11, -11):
    print("step", step, t[::step])
name = "Ada Lovelace"
first = name[:3]
last = name[4:]
print(last + ", " + first, name[-len(last):] == last)
