# random.seed with various ints (0, negative, large) then random(): bit-exact with CPython.
import random
for s in [0, 1, 2, 42, -1, -42, 12345, 2 ** 31 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 40 + 7, 9223372036854775807, -9223372036854775807]:
    random.seed(s)
    a = random.random()
    b = random.random()
    c = random.random()
    print(s, repr(a), repr(b), repr(c))
random.seed(7)
first = []
for i in range(5):
    first.append(random.random())
random.seed(7)
second = []
for i in range(5):
    second.append(random.random())
print(first == second, first)
random.seed(5)
x = random.random()
random.seed(-5)
y = random.random()
print("seed 5 and -5 agree:", x == y, repr(x))
random.seed(True)
t = random.random()
random.seed(1)
print("seed True and 1 agree:", t == random.random())
# the stream continues across many draws
random.seed(2024)
total = 0.0
lo = 1.0
hi = 0.0
for i in range(1000):
    v = random.random()
    total += v
    lo = min(lo, v)
    hi = max(hi, v)
print(repr(total), repr(lo), repr(hi), 0.0 <= lo < hi < 1.0)
print(repr(random.random()), "%.12g" % random.random())
# reseeding in the middle restarts the sequence
random.seed(99)
a1 = random.random()
random.random()
random.seed(99)
print(a1 == random.random())
# histogram of 200 draws into 5 buckets
random.seed(3)
buckets = [0, 0, 0, 0, 0]
for i in range(200):
    k = int(random.random() * 5)
    buckets[k] += 1
print(buckets, sum(buckets))
# a random walk
random.seed(11)
pos = 0
path = []
for i in range(20):
    if random.random() < 0.5:
        pos -= 1
    else:
        pos += 1
    path.append(pos)
print(path)
