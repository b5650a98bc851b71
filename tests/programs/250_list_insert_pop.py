# list.insert at negative and out-of-range indexes; list.pop with and without an index.
for idx in [-10, -4, -3, -2, -1, 0, 1, 2, 3, 4, 10]:
    a = [1, 2, 3]
    a.insert(idx, "X")
    print("insert", idx, a)
a = []
a.insert(0, "first")
a.insert(-1, "before")
a.insert(100, "end")
a.insert(-100, "start")
print(a, len(a))
b = []
for i in range(6):
    b.insert(0, i)
print("insert at 0 reverses:", b)
c = []
for i in range(6):
    c.insert(len(c) // 2, i)
print("insert in middle:", c)
r = c.insert(0, 99)
print(r, c)
for idx in [0, 1, -1, -2, 2]:
    a = ["a", "b", "c", "d"]
    v = a.pop(idx)
    print("pop", idx, v, a)
a = [10, 20, 30, 40, 50]
print(a.pop(), a.pop(), a, a.pop(0), a, a.pop(-1), a, a.pop(), a)
a = [1, 2, 3]
print(a.pop(True), a, a.pop(False), a)
# a deque-like rotation using insert and pop
ring = ["n", "e", "s", "w"]
for step in range(5):
    ring.insert(0, ring.pop())
    print("rotate right", ring)
for step in range(3):
    ring.append(ring.pop(0))
    print("rotate left", ring)
# keep a sorted list with insert
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    i = 0
    while i < len(sorted_list) and sorted_list[i] <= x:
        i += 1
    sorted_list.insert(i, x)
    print(x, "->", sorted_list)
# pop everything from both ends
d = list(range(7))
out = []
while d:
    out.append(d.pop(0))
    if d:
        out.append(d.pop())
print(out, d)
