# Error program: math.log(0) raises ValueError: math domain error (after some valid logs).
import math
for x in [100, 10, 1, 0.1, 0.001]:
    print(x, "%.12g" % math.log(x), "%.12g" % math.log(x, 10), "%.12g" % math.log2(x))
print(math.log(1e-300) < -690, math.log10(1e-300))
print("%.12g" % math.log(5e-324), math.log(1, 7), math.log2(0.5))
scale = 1.0
while True:
    scale /= 1e100
    print("scale %g log %.6f" % (scale, math.log(scale)))
    if scale == 0.0:
        print("scale underflowed to zero")
