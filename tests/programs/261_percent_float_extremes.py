# '%' formatting of huge, tiny, negative and special floats (inf, nan, -0.0) exactly as CPython.
inf = float("inf")
nan = float("nan")
for v in [inf, -inf, nan, -nan]:
    print("%f|%F|%e|%E|%g|%G|%s|%r" % (v, v, v, v, v, v, v, v))
    print("[%8f][%-8F][%08e][%+g][% G][%#g][%.2f][%+08.1f]" % (v, v, v, v, v, v, v, v))
for v in [1e300, -1e300, 1.7976931348623157e308, 1e22, 1e23, 2.0 ** 60, 123456789012345678.0]:
    print("%e|%.3E|%g|%.17g|%G" % (v, v, v, v, v))
print("%f" % 1e22)
print("%.0f" % 1e23)
print("%.2f" % 1.7976931348623157e308 == "%.2f" % 1.7976931348623157e308, len("%f" % 1e300))
for v in [5e-324, 2.2250738585072014e-308, 1e-300, -1e-300, 1e-10, 1.5e-7]:
    print("%e|%.2E|%g|%.17g|%.3f|%f" % (v, v, v, v, v, v))
print("%.20f" % 0.1, "%.25f" % 1e-20, "%.30e" % 0.1)
print("%.16e" % (1.0 / 3), "%.17g" % 0.1, "%.17g" % 0.3, "%.17f" % 2.675)
for v in [-0.0, 0.0]:
    print("%f %e %g %.0f %+.1f %d %s %r" % (v, v, v, v, v, v, v, v))
print("%g" % 100000.0, "%g" % 1000000.0, "%g" % 0.0001, "%g" % 0.00001, "%.0e" % 5e-324)
print("%10.3e|%-10.2g|%+.4G" % (-1e-100, 3.5e200, -6.02214076e23))
big = 1.0
for i in range(5):
    big *= 1e61
    print(i, "%g" % big, "%.3e" % big, "%.2g" % -big)
small = 1.0
for i in range(6):
    small /= 1e63
    print(i, "%g" % small, "%.4e" % small, "%G" % small)
print("%d" % 1e18, "%d" % -1e18, "%i" % 9.223372036854775e18, "%d" % 2.0 ** 62)
