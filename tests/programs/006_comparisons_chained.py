# Comparison operators, chained comparisons, mixed int/float/bool comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2.5, 2 == 2.0, 2.0 == 2, True == 1, False == 0, True < 2)
x = 5
print(0 <= x < 10, 0 <= x < 5, x > 3 == True, (x > 3) == True)
def noisy(v, name):
    print("  evaluating", name)
    return v
print("chain short-circuits:")
r = noisy(3, "a") < noisy(1, "b") < noisy(2, "c")
print("result", r)
r = noisy(1, "a") < noisy(2, "b") < noisy(3, "c")
print("result", r)
print("strings", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "b" > "abc")
print("lists", [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] == [])
print("tuples", (1, 2) == (1, 2), (1, "a") < (1, "b"), (3,) > (2, 99))
print(None == None, None != 0, 0 == 0.0, -0.0 == 0.0)
a = [3, 1, 4, 1, 5, 9, 2, 6]
inside = 0
for v in a:
    if 2 <= v <= 5:
        inside += 1
        print(v, "in [2, 5]")
print("inside", inside)
print(float("nan") < 1, float("nan") > 1, float("inf") > 9223372036854775807)
