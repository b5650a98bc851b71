# list.copy (shallow), clear (seen through aliases), extend from many iterables, reverse.
a = [1, [2, 3], "x"]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b.append(4)
b[1].append(99)
print(a, b)
c = a
a.clear()
print(a, c, b, len(c))
d = [1, 2, 3]
r = d.extend([4, 5])
print(r, d)
d.extend((6,))
d.extend("ab")
d.extend(range(3))
d.extend({"k": 1, "j": 2})
d.extend({"k": 1}.values())
d.extend([])
d.extend("")
print(d, len(d))
e = [1, 2]
e.extend(e)
print(e)
e.extend(reversed(e))
print(e)
f = [0]
f.extend(enumerate("xy"))
f.extend(zip([1, 2], "ab"))
print(f)
g = list(range(8))
g.reverse()
print(g, g.reverse(), g)
h = []
h.reverse()
print(h, [5].copy(), [].copy(), list(reversed([1, 2, 3])))
# copy of an empty then refill; copies are independent at the top level
template = ["-"] * 3
boards = []
for i in range(3):
    row = template.copy()
    row[i] = "X"
    boards.append(row)
for row in boards:
    print("".join(row))
print(template)
# clear inside a loop and reuse
buf = []
out = []
for ch in "ab,cde,,f":
    if ch == ",":
        out.append("".join(buf))
        buf.clear()
    else:
        buf.append(ch)
out.append("".join(buf))
print(out)
# extend versus append
p = [1]
q = [1]
p.append([2, 3])
q.extend([2, 3])
print(p, q, len(p), len(q))
q += "xy"
print(q)
q[1:3] = []
print(q, q.copy() == q)
