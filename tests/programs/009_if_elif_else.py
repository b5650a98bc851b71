# if / elif / else chains, nested conditions, truthiness of many kinds of values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 100, 12345]:
    print(n, classify(n))
def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    else:
        letter = "F"
    if letter != "F":
        if score % 10 >= 7:
            letter = letter + "+"
        elif score % 10 <= 2:
            letter = letter + "-"
    return letter
for s in [95, 88, 71, 79, 50, 100, 90]:
    print(s, grade(s))
for v in [0, 1, "", "a", [], [0], (), (0,), {}, {"k": 1}, None, 0.0, -0.1]:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if x:
    pass
else:
    print("never")
print("fizz" if x % 3 == 0 else "no", "buzz" if x % 5 == 0 else "no")
