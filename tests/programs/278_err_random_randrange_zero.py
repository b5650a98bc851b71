# Error program: random.randrange(0) raises ValueError: empty range for randrange().
import random
random.seed(12)
print(random.randrange(1), random.randrange(2), random.randrange(5, 6), random.randrange(0, 10, 3))
n = 5
while True:
    print("n", n, "pick", random.randrange(n))
    n -= 2
    if n < 0:
        n = 0
        print("clamped to zero")
