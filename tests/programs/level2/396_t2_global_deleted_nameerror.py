# Tier 2: a global deleted mid-loop by a callee (and by the loop); the loop catches the NameError,
# also raised right after the deleting call in the same iteration, and creates the global again.
value = 1


def drop():
    global value
    del value


def use(i):
    return value * i


def run(n):
    global value
    t = 0
    misses = 0
    for i in range(n):
        try:
            t += use(i)
            if i % 97 == 50:
                drop()
            t += value
        except NameError as e:
            misses += 1
            if misses <= 3 or i > n - 60:
                print("  miss at", i, e)
            value = i % 5 + 1
        if i % 100 == 0:
            print("  ", i, t, misses)
    return t, misses


print("callee deletes:", run(600))


def own(n):
    global fresh_name
    t = 0
    misses = 0
    for i in range(n):
        if i % 50 == 10:
            fresh_name = i
        try:
            t += fresh_name
        except NameError:
            misses += 1
        if i % 50 == 40:
            del fresh_name
    return t, misses


print("loop deletes:", own(400))
try:
    print(fresh_name)
except NameError as e:
    print("at the end:", e)
