# int, float, str, bool, list, tuple, dict conversions.
print(int(3.9), int(-3.9), int("42"), int(" -17 "), int(True), int("0"), int(1e18))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36), int("+5"), int("1_000"))
print(float(3), float("2.5"), float("-1e-3"), float(" 7 "), float(False), float("inf"), float("-nan"))
print(str(42), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str("s"))
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool([[]]), bool(0.0), bool({}))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list())
print(tuple([1, 2]), tuple("hi"), tuple(), tuple(range(2, 5)))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict(), dict({"x": 1}))
print(int(2.5) + float(2) + bool(3), str(1) + str(2), int(str(12) + str(34)) + 1)
nums = ["10", "20", "-5", "7"]
total = 0
for s in nums:
    total += int(s)
print("total", total, str(total) + "!")
print(repr(str(0.1)), repr(float("0.1")), int(float("12.99")), float(int(7.7)))
print(int(-0.0), float(-0), str(-0.0), int("-0"))
print(int("0x1A", 16), int("0b11", 0), int("0o17", 0), int("99", 0))
