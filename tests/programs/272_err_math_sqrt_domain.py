# Error program: math.sqrt of a negative number raises ValueError: math domain error.
import math
def root_mean_square(values):
    total = 0.0
    for v in values:
        total += v
    print("sum", total, "count", len(values))
    return math.sqrt(total / len(values))
print("%.12g" % root_mean_square([1, 4, 9]))
print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e-300))
print("%.12g" % root_mean_square([2, -10, 3]))
print("not reached")
