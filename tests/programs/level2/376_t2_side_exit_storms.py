# Tier 2: side-exit storms: branches that flip every iteration, types that change every k
# iterations, chains of branches with different periods, lists that shrink while iterated.
a = b = 0
for i in range(1000):
    if i % 2:
        a += i
    else:
        b -= i
print("flip", a, b)

counts = [0, 0, 0, 0]
for i in range(1200):
    if i % 3 == 0:
        counts[0] += 1
    elif i % 5 == 0:
        counts[1] += 1
    elif i % 7 == 0:
        counts[2] += 1
    else:
        counts[3] += 1
print("periods", counts)

for k in (1, 2, 3, 7, 50):
    total = 0
    for i in range(700):
        v = i if (i // k) % 2 == 0 else i + 0.5
        total = total + v * 2
    print("type period", k, total)

mixed = 0
for i in range(900):
    x = [i, str(i), i * 1.0, (i,)][i % 4]
    if type(x) is int:
        mixed += x
    elif type(x) is str:
        mixed += len(x)
    elif type(x) is float:
        mixed += int(x) // 2
    else:
        mixed += x[0] % 3
print("type switch", mixed)

lst = list(range(600))
seen = 0
for x in lst:
    seen += 1
    if x % 3 == 0:
        lst.pop()
print("shrink by pop", seen, len(lst), lst[-1])

lst = list(range(500))
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print("remove while iterating", len(lst), lst[:4], lst[-3:])

lst = [1]
for x in lst:
    if len(lst) < 700:
        lst.append(x + 1)
print("grow while iterating", len(lst), sum(lst))

lst = list(range(400))
steps = 0
while lst:
    v = lst.pop(0 if steps % 2 else -1)
    steps += 1
    if steps % 97 == 0:
        print("  popped", v)
print("pops", steps)

word = ""
for i in range(600):
    c = "ab"[i % 2] if i % 5 else "c"
    if c == "a":
        word += "A"
    elif c == "c" and len(word) % 2:
        word = word[:-1]
print("string flips", len(word), word[:10])
