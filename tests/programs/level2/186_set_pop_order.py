# set.pop walks the table from a finger; clear, pop after removals, pop until empty.
s = {5, 1, 9, 3, 7}
order = []
while s:
    order.append(s.pop())
print(order, s)
s = set(range(0, 80, 8))
print(s)
print(s.pop(), s.pop(), s)
s.add(1000)
s.add(3)
print(s, s.pop(), s.pop(), s)
t = set(range(20))
for i in range(0, 20, 2):
    t.discard(i)
print(t, t.pop(), t.pop())
t.add(0)
t.add(2)
print(t, t.pop(), t)
u = {100, 200, 300, 400, 500, 600}
first = u.pop()
u.clear()
u.update([1, 2, 3, 4, 5, 6, 7])
print(first, u.pop(), u.pop(), u)
v = set()
for i in range(30):
    v.add(i * 37 % 101)
popped = [v.pop() for _ in range(10)]
print(popped, len(v))
print(sorted(v) == sorted(set([i * 37 % 101 for i in range(30)]) - set(popped)))
w = {-1, -2, -3, 1, 2, 3}
print([w.pop() for _ in range(6)], w)
x = {1.5, 2.5, 0.5, 3.0}
print(x, x.pop(), x)
y = {(1, 1), (0, 0), (2, 2)}
print(y, y.pop(), len(y))
