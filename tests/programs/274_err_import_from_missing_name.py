# Error program: `from time import <missing>` raises ImportError naming the module.
from math import sqrt, floor
from time import perf_counter
print(sqrt(49), floor(-0.5), perf_counter() >= 0)
import time
print(isinstance(time.monotonic(), float))
from random import seed, random
seed(3)
print(repr(random()))
from time import time as now
print(now() > 0)
from time import nosuchname_xyz
print("not reached", nosuchname_xyz)
