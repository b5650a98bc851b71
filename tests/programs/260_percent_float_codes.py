# '%' formatting of floats: f F e E g G with flags, widths and precisions, positive and negative.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 0.1, 100.0, 1234.5678, -0.000123456, 1e-5, 123456789.0]
for v in values:
    print("%f|%F|%e|%E|%g|%G" % (v, v, v, v, v, v))
    print("   %.2f|%.0f|%.3e|%.0e|%.3g|%.10g|%#g|%#.3g" % (v, v, v, v, v, v, v, v))
for v in [3.14159, -2.71828, 0.5]:
    print("[%10.3f][%-10.3f][%010.3f][%+.3f][% .3f][%+010.2f][%-+10.2f][% 010.1f]" % (v, v, v, v, v, v, v, v))
    print("[%12.4e][%-12.3E][%012.2e][%+e][% .1e][%#.0e][%#.0f][%#.0E]" % (v, v, v, v, v, v, v, v))
    print("[%10.4g][%-10g][%010g][%+g][% g][%#10.3g][%.0g][%#.0g]" % (v, v, v, v, v, v, v, v))
for p in range(0, 8):
    print(p, "%.*f" % (p, 2.0 / 3), "%.*e" % (p, 2.0 / 3), "%.*g" % (p, 2.0 / 3), "%.*g" % (p, 123456.789))
for v in [0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 2.675, 1.005, -0.5, -1.5]:
    print(v, "%.0f" % v, "%.2f" % v, "%.1f" % v, "%.0e" % v, "%.1g" % v)
print("%f" % 5, "%e" % -3, "%g" % 10, "%G" % True, "%.2f" % 7, "%F" % 1)
for v in [1e-4, 1e-5, 0.00012345, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 12345678901234567.0]:
    print("%g %G %.3g %#.3g %.17g" % (v, v, v, v, v))
print("%e" % 0.0, "%g" % 0.0, "%#g" % 0.0, "%.3e" % 9.9995, "%.3e" % 9.9994, "%.2g" % 9.96)
# a tidy price table
items = [("tea", 3, 2.5), ("coffee", 2, 3.75), ("cake", 1, 4.2), ("water", 10, 0.6)]
total = 0.0
for name, qty, price in items:
    cost = qty * price
    total += cost
    print("%-8s %3d @ %5.2f = %7.2f" % (name, qty, price, cost))
print("%-8s %17s %7.2f" % ("total", "", total))
print("%.1f%% of %d is %.3f" % (12.5, 80, 0.125 * 80), "mean %.4g sd %.2e" % (3.14159265, 0.000271828))
