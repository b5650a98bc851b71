# Error program: importing a module that does not exist raises ModuleNotFoundError.
import math
import random as r
print(math.floor(2.5), r.__name__)
from time import monotonic
print(monotonic() >= 0)
import time, math as m2
print(m2 is math, time.__name__)
import nosuchmodule_xyz
print("not reached")
