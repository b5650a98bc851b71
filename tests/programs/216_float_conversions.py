# float() from strings (inf, nan, exponents, whitespace, underscores), ints and bools; inf/nan behaviour.
print(float("1.5"), float("-2"), float("  3.25  "), float("1e3"), float("1E-3"), float("-1.5e2"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("+inf"), float("Infinity"), float("-INF"), float("iNfInItY"))
print(float("nan"), float("-nan"), float("NaN"), float("+NAN"))
print(float("1_000.5"), float("0.000001"), float("1e-7"), float("123456789012345678"), float("1e16"))
print(float(3), float(-7), float(True), float(False), float(2 ** 53), float(9223372036854775807))
print(float("0"), float("-0"), float("-0.0"), float("00.25"), float("\n7\t"))
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf + 1, inf - inf, inf * 0, -inf * 2)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, nan is nan)
print(inf / 1e300, 1 / inf, -1 / inf, max(1.0, inf), min(-inf, 0))
print(repr(float("1e22")), repr(float("1e21")), repr(float("1e16")), repr(float("1.0e-5")), repr(float("0.0001")))
print(float("1.7976931348623157e308"), float("1e309"), float("-1e309"), float("5e-324"), float("1e-400"))
print(str(float("2.50")), repr(float("-0.10")), float("3.141592653589793"), float("0.1") + float("0.2"))
values = ["1", "2.5", "-3e1", "inf", "4_0"]
total = 0.0
for v in values[:3]:
    total += float(v)
print(total, float(values[3]) > total, float(values[4]))
print(int(float("42.99")), round(float("2.5")), float(str(0.1)) == 0.1)
print(type(float("1")).__name__, float(float("1.25")), float(1.5) is not None)
