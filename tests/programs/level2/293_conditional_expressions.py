# Level 2: conditional expressions: nesting, laziness, in calls, comprehensions and lambdas.
for n in [-5, 0, 5]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)

def classify(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

print([classify(s) for s in [95, 85, 75, 65, 90, 80]])

calls = []
def left():
    calls.append("left")
    return "L"
def right():
    calls.append("right")
    return "R"
print(left() if True else right(), right() if 0 else left(), calls)

x = 7
print("odd" if x % 2 else "even", ("big" if x > 5 else "small").upper())
print(max(x, 10) if x > 3 else min(x, 0))
print([y if y % 3 else -y for y in range(7)])
print([y for y in range(10) if (y > 5 if y % 2 else y < 3)])
absval = lambda v: v if v >= 0 else -v
print(absval(-3), absval(3))
print(1 + (2 if False else 3) * 4)
label = None
print(label if label is not None else "default")
items = []
print(items[0] if items else "empty list")
print("a" if "" else "b", "c" if [0] else "d", "e" if None else "f")
val = (10 if x > 0 else 20) + (1 if x > 100 else 2)
print(val)
print(f"{'many' if x > 1 else 'one'} item{'s' if x != 1 else ''}")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
